#pragma once

#include "client/myrequestslist.h"

#include <QAbstractTableModel>
#include <QList>

namespace sd::storage {
class Database;
}

namespace sd::widgets {

// The rows of "My requests": the customer's tickets from the replica, the newest first, kept
// current row by row as the sync or the outbox changes tickets (ticketsChanged), so the
// selection stays where it was.
class MyRequestsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyRequestsModel)

public:
    enum Column {
        NumberColumn,
        SubjectColumn,
        StatusColumn,
        LastUpdateColumn,
        NextResponseColumn,
        ColumnCount
    };
    enum Role { TicketIdRole = Qt::UserRole + 1, PendingRole };

    // `replica` is the replica's connection; it must outlive the model.
    explicit MyRequestsModel(storage::Database &replica, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Reads every ticket again.
    void reload();
    // Reads these tickets again: new ones are inserted in place, gone ones removed.
    void ticketsChanged(const QList<qint64> &ticketIds);
    // The clock moved: "late" may now apply to the next-response column.
    void tick();

    int rowOf(qint64 ticketId) const;
    qint64 ticketIdAt(int row) const;
    // Why the replica could not be read, empty when it could.
    QString problem() const { return m_problem; }

signals:
    void problemChanged(const QString &problem);

private:
    QString text(const client::MyRequestsList::Item &item, int column) const;
    void place(const client::MyRequestsList::Item &item);
    void setProblem(const QString &problem);

    client::MyRequestsList m_list;
    QList<client::MyRequestsList::Item> m_rows;
    QString m_problem;
};

} // namespace sd::widgets
