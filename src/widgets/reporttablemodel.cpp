#include "reporttablemodel.h"

#include "dashboardformat.h"

#include <QDate>

#include <cmath>

namespace sd::widgets {

namespace {

std::optional<double> optional(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

} // namespace

ReportTableModel::ReportTableModel(QList<Column> columns, QObject *parent)
    : QAbstractTableModel(parent), m_columns(std::move(columns))
{}

void ReportTableModel::setRows(const QList<QVariantList> &rows)
{
    const int before = int(m_rows.size());
    const int after = int(rows.size());
    if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_rows.resize(after);
        endRemoveRows();
    }
    const int kept = std::min(before, after);
    bool changed = false;
    for (int row = 0; row < kept; ++row) {
        changed = changed || m_rows[row] != rows[row];
        m_rows[row] = rows[row];
    }
    if (changed)
        emit dataChanged(index(0, 0), index(kept - 1, columnCount() - 1));
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_rows.append(rows.mid(before));
        endInsertRows();
    }
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant value = m_rows[index.row()].value(index.column());
    const Kind kind = m_columns[index.column()].kind;
    switch (role) {
    case Qt::DisplayRole:
        return display(value, kind);
    case ExportRole:
        return exported(value, kind);
    case Qt::TextAlignmentRole:
        return kind == Kind::Text ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column &column = m_columns[section];
    if (role == Qt::DisplayRole)
        return column.title;
    if (role != ExportRole)
        return {};
    if (column.kind == Kind::Minutes)
        return tr("%1 (min)").arg(column.title);
    if (column.kind == Kind::Percent)
        return tr("%1 (%)").arg(column.title);
    return column.title;
}

QString ReportTableModel::display(const QVariant &value, Kind kind) const
{
    switch (kind) {
    case Kind::Text:
        return value.toString();
    case Kind::Count:
        return value.isNull() ? DashboardFormat::none() : DashboardFormat::count(value.toInt());
    case Kind::Minutes:
        return DashboardFormat::minutes(optional(value));
    case Kind::Percent:
        return DashboardFormat::percent(optional(value));
    case Kind::Decimal:
        return DashboardFormat::decimal(optional(value), 2);
    case Kind::Date:
        return DashboardFormat::date(value.toDate());
    }
    return {};
}

QVariant ReportTableModel::exported(const QVariant &value, Kind kind) const
{
    if (value.isNull())
        return {};
    switch (kind) {
    case Kind::Minutes:
        return qint64(std::llround(value.toDouble()));
    case Kind::Percent:
        return std::round(value.toDouble() * 1000.0) / 10.0;
    case Kind::Count:
        return value.toInt();
    case Kind::Decimal:
        return value.toDouble();
    case Kind::Date:
        return value.toDate();
    case Kind::Text:
        break;
    }
    return value.toString();
}

} // namespace sd::widgets
