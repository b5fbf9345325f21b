#include "clientsession.h"

#include "credentialprofile.h"
#include "outbox.h"
#include "outboxsender.h"
#include "replica.h"
#include "serverapi.h"
#include "syncengine.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonObject>

namespace sd::client {

ClientSession::ClientSession(ServerApi *api, const core::User &user) : m_api(api), m_user(user) {}

ClientSession::~ClientSession()
{
    // The sender and the engine use the outbox and the replica: they go first.
    m_sender.reset();
    m_sync.reset();
}

QString ClientSession::profileDirectory(const QString &dataDirectory, const QUrl &server,
                                        const QString &login)
{
    // A hash, not the URL or the login: those may hold characters no file system takes.
    const QByteArray key = CredentialProfile{server, login}.key().toUtf8();
    const QString name = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
    return QDir(dataDirectory).filePath(QStringLiteral("profiles/") + name);
}

ServerApi *ClientSession::api() const
{
    return m_api;
}

storage::Result<std::unique_ptr<ClientSession>>
ClientSession::open(ServerApi *api, const core::User &user, const QString &dataDirectory)
{
    const QString folder = profileDirectory(dataDirectory, api->baseUrl(), user.login);
    if (!QDir().mkpath(folder))
        return storage::StorageError{storage::StorageError::Kind::Unavailable,
                                     tr("Cannot create the folder %1 for this account's data.")
                                         .arg(QDir::toNativeSeparators(folder))};
    auto replica = Replica::open(QDir(folder).filePath(QStringLiteral("replica.db")));
    if (!replica)
        return replica.error();
    std::unique_ptr<ClientSession> session(new ClientSession(api, user));
    session->m_replica = std::move(replica).value();
    session->m_directory = folder;
    const QJsonObject author{
        {QStringLiteral("id"), user.id},
        {QStringLiteral("name"), user.name.isEmpty() ? user.login : user.name}};
    session->m_outbox = std::make_unique<Outbox>(*session->m_replica, author,
                                                 QDir(folder).filePath(QStringLiteral("outbox")));
    // Edits queued before a crash that left them off the ticket columns show again.
    if (auto shown = session->m_outbox->refreshOverlay(); !shown)
        return shown.error();
    session->m_sync = std::make_unique<SyncEngine>(api, session->m_replica.get());
    session->m_sender = std::make_unique<OutboxSender>(api, session->m_outbox.get());
    session->wire();
    return session;
}

void ClientSession::wire()
{
    connect(m_sync.get(), &SyncEngine::synced, this, [this] {
        if (auto shown = m_outbox->refreshOverlay(); !shown)
            emit storageFailed(shown.error().message);
    });
    connect(m_sync.get(), &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        if (state == SyncEngine::State::Online)
            m_sender->kick();
    });
    connect(m_sender.get(), &OutboxSender::acknowledged, m_sync.get(), &SyncEngine::pullNow);
    connect(m_sender.get(), &OutboxSender::unauthorized, this, [this] {
        m_sync->stop();
        emit signInRequired();
    });
    connect(m_sync.get(), &SyncEngine::unauthorized, this, [this] {
        m_sender->stop();
        emit signInRequired();
    });
}

void ClientSession::start()
{
    m_sync->start();
    m_sender->start();
}

void ClientSession::stop()
{
    m_sender->stop();
    m_sync->stop();
}

void ClientSession::sendQueued()
{
    m_sender->kick();
}

} // namespace sd::client
