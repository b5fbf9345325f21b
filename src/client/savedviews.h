#pragma once

#include "pendingsavedviews.h"
#include "savedview.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace sd::client {

class ApiJob;
class ServerApi;
struct ApiResult;

// The signed-in agent's saved ticket views, kept on the server so that each of their
// workstations shows the same list. Changes show in items() at once; saving is a PUT by the
// view's own UUID, so it is safe to send again. A save or removal that failed for want of the
// server stays pending (the view marked unsaved) and goes out again on retryPending() or the
// next refresh(), in the order the changes were made.
//
// Pending changes are also kept in the replica (PendingSavedViews): after quitting while
// offline, the next start shows them at once and sends them once the server answers. Before
// sending, the server's list tells whether a change got there already (its answer was lost,
// or the workstation quit before hearing it); such a change is not sent again.
class SavedViews final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedViews)

public:
    // `api` is not owned. `replica` is the replica's connection (Replica::database()), used on
    // its thread; it must outlive this object.
    SavedViews(ServerApi *api, storage::Database &replica, QObject *parent = nullptr);

    static constexpr qsizetype NameLength = 100; // what the server accepts

    // Asks the server for the list (pending local changes stay on top of it), then sends
    // what is pending. A refresh already under way is not started twice.
    void refresh();
    bool isRefreshing() const { return !m_listJob.isNull(); }
    // Creates (an empty id gets a new UUID) or replaces a view; returns its id.
    QString save(SavedView view);
    void remove(const QString &id);
    void retryPending();

    QList<SavedView> items() const { return m_items; }
    std::optional<SavedView> find(const QString &id) const;
    bool hasPending() const;

signals:
    // The list changed: it arrived from the server, or a local save or removal changed it.
    void loaded(const QList<sd::client::SavedView> &items);
    // The server confirmed a save.
    void saved(const sd::client::SavedView &view);
    // A request failed; `message` says why (for people). Pending changes stay pending.
    void failed(const QString &message);

private:
    void listed(const ApiResult &result);
    // Drops the pending changes the server's list shows as done; `onServer` is every id in it.
    void dropArrived(const QSet<QString> &onServer);
    void keep(const storage::Result<void> &kept);
    void forgetKept(const QString &id);
    void send(const QString &id);
    // Requests for one view go out one after another: over separate connections a later one
    // could overtake an earlier one, and the server would keep the older state. True when a
    // request is on its way; the latest change is sent once it has been answered.
    bool waitForInFlight(const QString &id);
    void sendRemoval(const QString &id);
    void answered(const QString &id, int revision, const ApiResult &result);
    void putLocal(const SavedView &view);
    qsizetype indexOf(const QString &id) const;
    static bool isTransient(const ApiResult &result);

    QPointer<ServerApi> m_api;
    QPointer<ApiJob> m_listJob;
    QList<SavedView> m_items;
    // The last version the server confirmed, to return to when it refuses a change.
    QHash<QString, SavedView> m_confirmed;
    PendingSavedViews m_pending;
    // Set from a counter bumped by each local change: an answer to an older request does not
    // undo a newer one, and pending changes are sent in the order they were made.
    QHash<QString, int> m_revision;
    int m_lastRevision = 0;
    QHash<QString, QPointer<ApiJob>> m_inFlight;
    QSet<QString> m_pendingRemovals;
    QSet<QString> m_waiting;
};

} // namespace sd::client
