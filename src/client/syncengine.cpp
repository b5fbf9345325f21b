#include "syncengine.h"

#include "apijob.h"
#include "protocol/changeentry.h"
#include "replica.h"
#include "retrypolicy.h"
#include "serverapi.h"
#include "snapshotpage.h"

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
        ++m_snapshotRun;
        m_snapshotSeq = std::numeric_limits<qint64>::max();
        m_done = 0;
        m_total = 0;
        m_snapshotQueue.clear();
        m_snapshotsInFlight = 0;
        if (auto begun = m_replica->beginBulkLoad(); !begun)
            return stopWith(begun.error().message);
        fetchSnapshot({});
    } else {
        pull();
    }
}

void SyncEngine::stop()
{
    ++m_snapshotRun;
    if (m_inFirstSync)
        (void)m_replica->finishBulkLoad();
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

void SyncEngine::fetchSnapshot(const SnapshotRequest &request)
{
    QUrlQuery query{{QStringLiteral("limit"), QString::number(m_snapshotPageSize)}};
    if (request.after > 0)
        query.addQueryItem(QStringLiteral("after"), QString::number(request.after));
    else
        query.addQueryItem(QStringLiteral("cursors"), QStringLiteral("1"));
    ApiCall call = ApiCall::get(QStringLiteral("/api/v1/sync/tickets"), query);
    call.rawBody = true;
    ApiJob *job = m_api->send(call);
    ++m_snapshotsInFlight;
    // A page of an earlier run (stopped, or restarted after a failure) must not continue it.
    connect(job, &ApiJob::finished, this,
            [this, request, run = m_snapshotRun](const ApiResult &result) {
                if (run == m_snapshotRun)
                    snapshotPageArrived(request, result);
            });
}

void SyncEngine::fillSnapshotPipeline()
{
    while (m_snapshotsInFlight < SnapshotPipeline && !m_snapshotQueue.isEmpty())
        fetchSnapshot(m_snapshotQueue.takeFirst());
}

void SyncEngine::snapshotPageArrived(const SnapshotRequest &request, const ApiResult &result)
{
    --m_snapshotsInFlight;
    if (m_state == State::Stopped)
        return;
    if (!result.ok()) {
        ++m_snapshotRun; // the pages still on their way belong to the failed run
        (void)m_replica->finishBulkLoad();
        return failed(result);
    }
    QString error;
    const std::optional<SnapshotPage> page = SnapshotPage::read(result.body, &error);
    if (!page)
        return stopWith(error);
    qint64 stop = request.stop;
    if (page->hasCursors()) {
        const QList<qint64> &cursors = page->cursors();
        for (qsizetype i = 0; i < cursors.size(); ++i)
            m_snapshotQueue.append({cursors.at(i), i + 1 < cursors.size() ? cursors.at(i + 1) : 0});
        stop = cursors.isEmpty() ? 0 : cursors.constFirst();
    }
    // A page ends above the next one's start when tickets came into view below it meanwhile:
    // what lies between follows it.
    bool numeric = true;
    const qint64 next = page->next().isEmpty() ? 0 : page->next().toLongLong(&numeric);
    if (!numeric)
        return stopWith(tr("The server sent a sync page that could not be read."));
    if (next > 0 && (stop == 0 || next > stop))
        m_snapshotQueue.prepend({next, stop});
    // The next pages are asked for before this one is written: the server builds them meanwhile.
    fillSnapshotPipeline();
    if (auto applied = m_replica->applySnapshotPage(*page); !applied)
        return stopWith(applied.error().message);
    if (page->total())
        m_total = *page->total();
    m_snapshotSeq = qMin(m_snapshotSeq, page->seq());
    m_done += page->tickets().size();
    emit progress(m_done, qMax(m_total, m_done));
    if (m_snapshotsInFlight == 0 && m_snapshotQueue.isEmpty())
        finishFirstSync();
}

void SyncEngine::finishFirstSync()
{
    // Whatever changed while the pages were read comes again from the feed.
    if (auto moved = m_replica->setCursor(qMax<qint64>(1, m_snapshotSeq)); !moved)
        return stopWith(moved.error().message);
    if (auto finished = m_replica->finishBulkLoad(); !finished)
        return stopWith(finished.error().message);
    m_inFirstSync = false;
    emit firstSyncFinished();
    pull();
}

void SyncEngine::stopWith(const QString &error)
{
    m_lastError = error;
    ++m_snapshotRun;
    if (m_inFirstSync)
        (void)m_replica->finishBulkLoad();
    setState(State::Stopped);
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
