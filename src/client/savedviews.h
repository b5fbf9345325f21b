#pragma once

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
// next refresh(). Pending changes live in memory only: quitting while offline loses them.
class SavedViews final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedViews)

public:
    // `api` is not owned.
    explicit SavedViews(ServerApi *api, QObject *parent = nullptr);

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
    // Bumped by each local change, so an answer to an older request does not undo a newer one.
    QHash<QString, int> m_revision;
    QHash<QString, QPointer<ApiJob>> m_inFlight;
    QSet<QString> m_pendingRemovals;
    QSet<QString> m_waiting;
};

} // namespace sd::client
