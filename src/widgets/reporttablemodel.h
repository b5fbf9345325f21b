#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QVariant>

namespace sd::widgets {

// One table of report figures behind a dashboard chart: typed columns, raw values (an int, a
// double, a QDate or a QString; null where the server measured nothing) shown in the user's
// locale. setRows() updates in place: rows that stay only report dataChanged, so a view keeps
// its scroll position and selection across refreshes.
class ReportTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTableModel)

public:
    enum class Kind { Text, Count, Minutes, Percent, Decimal, Date };
    struct Column
    {
        QString title;
        Kind kind = Kind::Text;
    };
    enum Role {
        // What sorting and CSV use: the raw value, minutes as minutes, shares as percentages.
        ExportRole = Qt::UserRole + 1,
    };

    explicit ReportTableModel(QList<Column> columns, QObject *parent = nullptr);

    void setRows(const QList<QVariantList> &rows);
    const QList<QVariantList> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // ExportRole names the unit of minutes and percentage columns ("… (min)").
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString display(const QVariant &value, Kind kind) const;
    QVariant exported(const QVariant &value, Kind kind) const;

    QList<Column> m_columns;
    QList<QVariantList> m_rows;
};

} // namespace sd::widgets
