#pragma once

#include "core/user.h"
#include "storage/result.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace sd::client {

class Outbox;
class OutboxSender;
class Replica;
class ServerApi;
class SyncEngine;

// Everything one signed-in user works with on one server, wired together: the replica in the
// profile's own folder, the SyncEngine that keeps it current, and the Outbox with its sender.
// A write is sent as soon as it is queued and the server is reachable; the sender is woken
// when the sync comes back online; an acknowledged write pulls the feed at once; waiting
// edits are laid over each sync. The GUI talks to this, never to HTTP or SQL.
class ClientSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientSession)

public:
    ~ClientSession() override;

    // Opens (or creates) the profile of `user` on `api`'s server under `dataDirectory`
    // (normally AppLocalDataLocation). `api` is not owned and must outlive the session.
    static storage::Result<std::unique_ptr<ClientSession>>
    open(ServerApi *api, const core::User &user, const QString &dataDirectory);
    // The folder of one server + login inside `dataDirectory`.
    static QString profileDirectory(const QString &dataDirectory, const QUrl &server,
                                    const QString &login);

    void start();
    void stop();
    // Call after queueing something into outbox(): sends it now when possible.
    void sendQueued();

    Replica &replica() { return *m_replica; }
    SyncEngine &sync() { return *m_sync; }
    Outbox &outbox() { return *m_outbox; }
    OutboxSender &sender() { return *m_sender; }
    const core::User &user() const { return m_user; }
    ServerApi *api() const;
    // The profile's own folder (replica, outbox files, staged pictures of drafts).
    const QString &directory() const { return m_directory; }

signals:
    // The server no longer accepts the token (sync or sender got 401): sign in again.
    void signInRequired();
    // Waiting edits could not be laid over synced data (the replica is unwritable).
    void storageFailed(const QString &message);

private:
    ClientSession(ServerApi *api, const core::User &user);
    void wire();

    QPointer<ServerApi> m_api;
    core::User m_user;
    QString m_directory;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<OutboxSender> m_sender;
};

} // namespace sd::client
