#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace sd::client {
class ClientSession;
class ReplicaWatcher;
} // namespace sd::client

namespace sd::widgets {

class MyRequestsModel;
class RequestThread;

// The customer's "My requests": the organisation's tickets (number, subject, status in the
// customer's words, last update, next expected response), newest first, and the selected
// ticket's conversation with a reply box and, once resolved, the rating. Reads the replica
// (the server already limits it to the customer's organisation); writes go through the outbox.
class MyRequestsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyRequestsPane)

public:
    // The session is not owned and outlives the pane.
    explicit MyRequestsPane(client::ClientSession &session, QWidget *parent = nullptr);
    void showTicket(qint64 ticketId); // selects it and opens its conversation

    MyRequestsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    RequestThread *thread() const { return m_thread; }
    // The pane's watcher of the session's replica. SQLite has one update hook per connection,
    // so a window that needs to hear of replica changes too connects here instead of making a
    // second watcher (which would silence this one).
    client::ReplicaWatcher *watcher() const { return m_watcher; }

private:
    void wire();
    void ticketsChanged(const QList<qint64> &ticketIds);
    void currentRowChanged();
    void reselect();
    void updateEmptyText();

    client::ClientSession &m_session;
    client::ReplicaWatcher *m_watcher;
    MyRequestsModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    RequestThread *m_thread;
};

} // namespace sd::widgets
