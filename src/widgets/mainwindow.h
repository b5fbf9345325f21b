#pragma once

#include "attachmentfile.h"
#include <QJsonObject>

#include <QMainWindow>

class QLabel;
class QSplitter;
class QTabWidget;
class QTimer;

namespace sd::client {
class AttachmentLimit;
class CannedResponses;
class ClientSession;
class KbSearch;
class Presence;
class ReplicaWatcher;
class SavedViews;
} // namespace sd::client

namespace sd::widgets {

class Dashboard;
class DesktopNotifier;
class SavedViewController;
class SyncStatus;
class TicketTableModel;
class TicketTablePane;
class TicketView;
class ViewList;

// The agent's working window: views with live counts on the left, the ticket table in the
// centre, the open ticket on the right, the connection and the outbox in the status bar.
// Everything it shows comes from the session's replica; everything it changes goes through
// the session's outbox.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(client::ClientSession &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    TicketTableModel *ticketModel() const { return m_model; }
    TicketTablePane *ticketPane() const { return m_table; }
    ViewList *viewList() const { return m_views; }
    SyncStatus *syncStatus() const { return m_status; }
    TicketView *ticketView() const { return m_ticket; }
    SavedViewController *savedViewController() const { return m_savedViewControl; }
    client::AttachmentLimit *attachmentLimit() const { return m_attachmentLimit; }
    // Shown in the status bar until the ticket table has read every ticket.
    QLabel *loadingLabel() const { return m_loadingLabel; }
    // Supervisors and admins only; null for agents.
    Dashboard *dashboard() const { return m_dashboard; }

    // The bulk actions of the table's context menu. Queues the same change (PATCH wire names)
    // for each ticket and says what could not be queued.
    void changeTickets(const QList<qint64> &ids, const QJsonObject &changes);
    // What the reply editor's Send does: first shows what arrived since the agent began
    // writing (and asks), then queues the message with its files in the outbox.
    void sendReply(const QString &kind, const QString &html, const QString &text,
                   const QList<sd::widgets::AttachmentFile> &files);

signals:
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void showShortcuts();
    void refreshCounts();
    void refreshOutbox();
    void openTicket(qint64 id);
    void showTicketMenu(const QPoint &at);
    void mergeTickets(const QList<qint64> &ids, qint64 into);
    void splitMessage(qint64 ticketId, qint64 messageId, const QString &subject);
    void wireEditor();
    void wireLoadingStatus();
    void addDashboard(QMenu *go);
    void showOthers(qint64 ticketId);
    void restoreLayout();
    void saveLayout() const;

    client::ClientSession &m_session;
    client::ReplicaWatcher *m_watcher;
    TicketTableModel *m_model;
    ViewList *m_views;
    TicketTablePane *m_table;
    TicketView *m_ticket;
    SyncStatus *m_status;
    QSplitter *m_splitter;
    QTimer *m_clock;
    QTimer *m_countsLater;
    DesktopNotifier *m_notifier;
    client::KbSearch *m_kb;
    client::CannedResponses *m_canned;
    client::Presence *m_presence;
    client::SavedViews *m_savedViews;
    SavedViewController *m_savedViewControl;
    client::AttachmentLimit *m_attachmentLimit;
    QLabel *m_loadingLabel;
    QTabWidget *m_tabs = nullptr;
    Dashboard *m_dashboard = nullptr;
};

} // namespace sd::widgets
