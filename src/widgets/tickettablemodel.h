#pragma once

#include "client/ticketselection.h"
#include "client/ticketsla.h"
#include "client/ticketstore.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

#include <array>
#include <memory>
#include <optional>

namespace sd::client {
class Replica;
}

namespace sd::widgets {

// The ticket table over the replica: a TicketStore of every ticket and a TicketSelection
// that sorts and filters it, instead of QSortFilterProxyModel (minutes at a million rows,
// see PLATFORM.md). load() shows the newest tickets at once and reads the rest on a worker
// thread. Changes (sync, local writes) update rows in place: filters, sorting and the
// view's selection and current row survive them (layout changes with persistent indexes).
class TicketTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketTableModel)

public:
    enum Role {
        TicketIdRole = Qt::UserRole + 1,
        SlaStateRole, // client::TicketSla::State as int
        SlaDueRole,   // Unix seconds, 0 = none
        UnreadRole,
        PendingRole, // waiting in the outbox
    };
    static constexpr int FirstScreenRows = 200;

    // `replica` must outlive the model.
    explicit TicketTableModel(client::Replica &replica, QObject *parent = nullptr);
    ~TicketTableModel() override;

    void load();
    bool isLoaded() const { return m_loaded; }
    void setUser(qint64 userId);
    // Unix seconds for SLA states and time-based views; tick() uses the clock.
    void setNow(qint64 now);
    void tick();

    void setFilter(const client::TicketFilter &filter);
    const client::TicketFilter &filter() const { return m_data->selection.filter(); }
    // Clicking a header sorts by it first and keeps the previous keys behind it (up to three).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void setSortKeys(const QList<client::TicketSortKey> &keys);
    const QList<client::TicketSortKey> &sortKeys() const { return m_data->selection.order(); }
    std::array<std::size_t, client::TicketFilter::ViewCount> viewCounts() const;

    void ticketsChanged(const QList<qint64> &ids);
    // Queues and agents the replica's tickets name, for choosers (id, name; by name).
    QList<std::pair<qint64, QString>> knownQueues() const;
    QList<std::pair<qint64, QString>> knownAgents() const;
    qint64 ticketId(int row) const;
    // The assignee the table shows for a ticket (0: none or unknown).
    qint64 assigneeOf(qint64 ticketId) const;
    // Whether the ticket shows a local change still waiting in the outbox.
    bool isPending(qint64 ticketId) const;
    // Number and subject as the table shows them.
    QString describe(qint64 ticketId) const;
    // The open tickets assigned to `userId` with their SLA as of the model's clock.
    QList<std::pair<qint64, client::TicketSla>> slaOfAssignee(qint64 userId) const;
    std::optional<int> rowOfTicket(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void loadFailed(const QString &message);
    // Rows moved between views (or the clock moved them): the view list's counts are stale.
    void viewCountsChanged();

private:
    struct Data
    {
        client::TicketStore store;
        client::TicketSelection selection{store};
    };
    struct Loaded
    {
        std::shared_ptr<Data> data;
        QString error;
    };

    static Loaded loadInBackground(QString url, client::TicketFilter filter,
                                   QList<client::TicketSortKey> order, qint64 userId, qint64 now);
    void backgroundLoadFinished();
    template <typename Change> void changeLayout(Change &&change);
    QVariant display(client::TicketStore::Row row, int column) const;

    client::Replica &m_replica;
    std::shared_ptr<Data> m_data;
    QFutureWatcher<Loaded> m_loading;
    bool m_loaded = false;
    QList<qint64> m_changedWhileLoading;
    qint64 m_userId = 0;
    qint64 m_now = 0;
};

} // namespace sd::widgets
