#include "syncengine.h"

#include "apijob.h"
#include "protocol/changeentry.h"
#include "replica.h"
#include "retrypolicy.h"
#include "serverapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrlQuery>

namespace sd::client {

namespace {

Q_LOGGING_CATEGORY(lcSync, "sd.client.sync")

} // namespace

SyncEngine::SyncEngine(ServerApi *api, Replica *replica, QObject *parent)
    : QObject(parent), m_api(api), m_replica(replica)
{
    m_fallbackPull.setInterval(FallbackPullMs);
    connect(&m_fallbackPull, &QTimer::timeout, this, &SyncEngine::pull);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &SyncEngine::start);
    connect(&m_events, &QWebSocket::textMessageReceived, this, &SyncEngine::eventArrived);
    connect(&m_events, &QWebSocket::sslErrors, this, &SyncEngine::eventsSslErrors);
    connect(&m_events, &QWebSocket::disconnected, this, [this] {
        if (m_state != State::Stopped)
            scheduleReconnect();
    });
}

SyncEngine::~SyncEngine()
{
    // Before the socket goes: its disconnected() must not schedule a reconnect.
    m_state = State::Stopped;
    m_events.abort();
}

void SyncEngine::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    qCInfo(lcSync) << "state" << state;
    emit stateChanged(state);
}

void SyncEngine::start()
{
    if (!m_api)
        return;
    m_reconnect.stop();
    setState(State::Syncing);
    const auto cursor = m_replica->cursor();
    if (!cursor) {
        m_lastError = cursor.error().message;
        setState(State::Stopped);
        return;
    }
    m_fallbackPull.start();
    if (m_events.state() == QAbstractSocket::UnconnectedState)
        openEvents();
    if (cursor.value() == 0) {
        // Restarted from the beginning after an interruption: applying is idempotent.
        m_inFirstSync = true;
        m_snapshotSeq = std::numeric_limits<qint64>::max();
        m_done = 0;
        m_total = 0;
        fetchSnapshot(QString());
    } else {
        pull();
    }
}

void SyncEngine::stop()
{
    // Stopped first: aborting the socket emits disconnected(), which reconnects otherwise.
    setState(State::Stopped);
    m_events.abort();
    m_fallbackPull.stop();
    m_reconnect.stop();
    m_pulling = false;
}

void SyncEngine::pullNow()
{
    if (m_state != State::Stopped && !m_inFirstSync)
        pull();
}

void SyncEngine::fetchSnapshot(const QString &after)
{
    QUrlQuery query{{QStringLiteral("limit"), QString::number(SnapshotPage)}};
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), after);
    ApiJob *job = m_api->send(ApiCall::get(QStringLiteral("/api/v1/sync/tickets"), query));
    connect(job, &ApiJob::finished, this, &SyncEngine::snapshotPageArrived);
}

void SyncEngine::snapshotPageArrived(const ApiResult &result)
{
    if (m_state == State::Stopped)
        return;
    if (!result.ok())
        return failed(result);
    const QJsonObject page = result.object();
    const QJsonArray items = page.value(QStringLiteral("items")).toArray();
    if (auto applied = m_replica->applyTickets(items); !applied) {
        m_lastError = applied.error().message;
        setState(State::Stopped);
        return;
    }
    if (page.contains(QStringLiteral("total")))
        m_total = page.value(QStringLiteral("total")).toInteger();
    m_snapshotSeq = qMin(m_snapshotSeq, page.value(QStringLiteral("seq")).toInteger());
    m_done += items.size();
    emit progress(m_done, qMax(m_total, m_done));
    const QString next = page.value(QStringLiteral("next")).toString();
    if (!next.isEmpty())
        return fetchSnapshot(next);
    // Whatever changed while the pages were read comes again from the feed.
    if (auto moved = m_replica->setCursor(qMax<qint64>(1, m_snapshotSeq)); !moved) {
        m_lastError = moved.error().message;
        setState(State::Stopped);
        return;
    }
    m_inFirstSync = false;
    emit firstSyncFinished();
    pull();
}

void SyncEngine::pull()
{
    if (m_inFirstSync || m_state == State::Stopped || !m_api)
        return;
    if (m_pulling) {
        m_pullAgain = true;
        return;
    }
    const auto cursor = m_replica->cursor();
    if (!cursor) {
        m_lastError = cursor.error().message;
        return;
    }
    m_pulling = true;
    m_pullAgain = false;
    setState(State::Syncing);
    const QUrlQuery query{{QStringLiteral("since"), QString::number(cursor.value())},
                          {QStringLiteral("limit"), QString::number(ChangePage)},
                          {QStringLiteral("include"), QStringLiteral("data")}};
    ApiJob *job = m_api->send(ApiCall::get(QStringLiteral("/api/v1/changes"), query));
    connect(job, &ApiJob::finished, this, &SyncEngine::changesArrived);
}

void SyncEngine::changesArrived(const ApiResult &result)
{
    m_pulling = false;
    if (m_state == State::Stopped)
        return;
    if (!result.ok())
        return failed(result);
    const QJsonObject page = result.object();
    const QJsonArray items = page.value(QStringLiteral("items")).toArray();
    QJsonArray tickets;
    QJsonArray messages;
    QList<qint64> gone;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QJsonObject data = item.value(QStringLiteral("data")).toObject();
        const QString entity = item.value(QStringLiteral("entity")).toString();
        const bool isGone =
            item.value(QStringLiteral("op")).toString() == protocol::ChangeEntry::GoneOp;
        if (entity == u"ticket" && isGone)
            gone.append(item.value(QStringLiteral("id")).toInteger());
        else if (entity == u"ticket" && !data.isEmpty())
            tickets.append(data);
        else if (entity == u"message" && !data.isEmpty())
            messages.append(data);
    }
    const qint64 lastSeq = page.value(QStringLiteral("last_seq")).toInteger();
    if (auto applied = m_replica->applyChanges(tickets, messages, gone, lastSeq); !applied) {
        m_lastError = applied.error().message;
        setState(State::Stopped);
        return;
    }
    m_reconnectAttempts = 0;
    emit synced(lastSeq);
    if (items.size() >= ChangePage || m_pullAgain || m_announced > lastSeq)
        return pull();
    setState(State::Online);
}

void SyncEngine::failed(const ApiResult &result)
{
    m_lastError = result.userMessage;
    qCInfo(lcSync) << "request failed:" << result.userMessage;
    if (result.failure == ApiResult::Failure::Http && result.httpStatus == 401) {
        // The token was revoked or expired: retrying cannot help; the UI asks to sign in.
        stop();
        emit unauthorized();
        return;
    }
    scheduleReconnect();
}

void SyncEngine::scheduleReconnect()
{
    m_pulling = false;
    m_fallbackPull.stop();
    setState(State::Offline);
    if (m_reconnect.isActive())
        return;
    RetryPolicy::Settings settings;
    settings.baseDelayMs = 500;
    settings.maxDelayMs = MaxReconnectDelayMs;
    m_reconnect.start(RetryPolicy(settings).randomDelayMs(++m_reconnectAttempts));
}

void SyncEngine::openEvents()
{
    QUrl url = m_api->baseUrl();
    url.setScheme(url.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/v1/events"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_api->token().toUtf8());
    // QWebSocket keeps ignored errors for later connections; each handshake is decided anew,
    // so a certificate the user withdrew meanwhile is refused.
    m_events.ignoreSslErrors(QList<QSslError>());
    m_events.open(request);
}

void SyncEngine::eventsSslErrors(const QList<QSslError> &errors)
{
    QSslCertificate peer = m_events.sslConfiguration().peerCertificate();
    if (peer.isNull() && !errors.isEmpty())
        peer = errors.constFirst().certificate();
    const QString host = m_events.requestUrl().host();
    if (m_api && m_api->admitCertificate(host, peer, errors)) {
        m_events.ignoreSslErrors(errors);
        return;
    }
    // Not ignored, the handshake fails when this returns and the socket closes by itself.
    qCInfo(lcSync) << "event socket: certificate of" << host << "refused";
    m_lastError = tr("The certificate of %1 is not trusted, so SupportDesk did not connect to "
                     "it for updates. Compare its SHA-256 fingerprint with the one your "
                     "administrator gives you before you accept it.")
                      .arg(host);
    scheduleReconnect();
}

bool SyncEngine::sendPresence(qint64 ticketId, const QString &state)
{
    if (!eventsConnected() || ticketId <= 0)
        return false;
    const QJsonObject message{{QStringLiteral("type"), QStringLiteral("presence")},
                              {QStringLiteral("ticket_id"), ticketId},
                              {QStringLiteral("state"), state}};
    m_events.sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    return true;
}

void SyncEngine::eventArrived(const QString &text)
{
    const QJsonObject event = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = event.value(QStringLiteral("type")).toString();
    const qint64 ticketId = event.value(QStringLiteral("ticket_id")).toInteger();
    if (type == u"presence") {
        emit presenceChanged(ticketId, event.value(QStringLiteral("user_id")).toInteger(),
                             event.value(QStringLiteral("name")).toString(),
                             event.value(QStringLiteral("state")).toString());
        return;
    }
    if (type == u"presence_list") {
        emit presenceListed(ticketId, event.value(QStringLiteral("viewers")).toArray());
        return;
    }
    if (type != u"hello" && type != u"seq")
        return;
    m_announced = qMax(m_announced, event.value(QStringLiteral("seq")).toInteger());
    const auto cursor = m_replica->cursor();
    if (cursor && m_announced > cursor.value())
        pull();
}

} // namespace sd::client
