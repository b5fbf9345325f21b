#include "myrequestsmodel.h"

#include "myrequestsvalues.h"
#include "ticketvalues.h"

#include <QDateTime>
#include <QFont>
#include <QSet>

#include <algorithm>

namespace sd::widgets {

using Item = client::MyRequestsList::Item;

MyRequestsModel::MyRequestsModel(storage::Database &replica, QObject *parent)
    : QAbstractTableModel(parent), m_list(replica)
{}

int MyRequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MyRequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MyRequestsModel::text(const Item &item, int column) const
{
    switch (column) {
    case NumberColumn:
        return item.number.isEmpty() ? tr("not sent yet") : item.number;
    case SubjectColumn:
        return item.subject;
    case StatusColumn:
        return item.pending
                   ? tr("%1 · waiting to be sent").arg(MyRequestsValues::status(item.status))
                   : MyRequestsValues::status(item.status);
    case LastUpdateColumn:
        return item.lastUpdate != 0 ? TicketValues::when(item.lastUpdate) : QString();
    case NextResponseColumn:
        return MyRequestsValues::nextResponse(item.status, item.slaTargets,
                                              QDateTime::currentSecsSinceEpoch());
    }
    return {};
}

QVariant MyRequestsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(item, index.column());
    case TicketIdRole:
        return item.id;
    case PendingRole:
        return item.pending;
    case Qt::FontRole:
        if (item.pending) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    default:
        return {};
    }
}

QVariant MyRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case SubjectColumn:
        return tr("Subject");
    case StatusColumn:
        return tr("Status");
    case LastUpdateColumn:
        return tr("Last update");
    case NextResponseColumn:
        return tr("Next answer expected");
    }
    return {};
}

void MyRequestsModel::reload()
{
    auto items = m_list.all();
    if (!items)
        return setProblem(items.error().message);
    beginResetModel();
    m_rows = items.value();
    endResetModel();
    setProblem({});
}

void MyRequestsModel::ticketsChanged(const QList<qint64> &ticketIds)
{
    auto items = m_list.some(ticketIds);
    if (!items)
        return setProblem(items.error().message);
    QSet<qint64> present;
    for (const Item &item : std::as_const(items.value())) {
        present.insert(item.id);
        place(item);
    }
    for (const qint64 id : ticketIds) {
        if (present.contains(id))
            continue;
        if (const int row = rowOf(id); row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    setProblem({});
}

void MyRequestsModel::place(const Item &item)
{
    const int row = rowOf(item.id);
    if (row >= 0) {
        m_rows[row] = item;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const auto at =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), item, &client::MyRequestsList::isBefore);
    const int insertAt = int(at - m_rows.cbegin());
    beginInsertRows({}, insertAt, insertAt);
    m_rows.insert(insertAt, item);
    endInsertRows();
}

void MyRequestsModel::tick()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, NextResponseColumn), index(rowCount() - 1, NextResponseColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

int MyRequestsModel::rowOf(qint64 ticketId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == ticketId)
            return row;
    return -1;
}

qint64 MyRequestsModel::ticketIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

void MyRequestsModel::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit problemChanged(problem);
}

} // namespace sd::widgets
