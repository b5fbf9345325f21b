// SyncEngine + Replica against the real server: first sync equals what the server shows the
// user, pushes arrive without polling, customers' replicas hold nothing of others.
#include "apifixture.h"
#include "client/replica.h"
#include "client/serverapi.h"
#include "client/syncengine.h"
#include "clienttestsupport.h"
#include "storage/statement.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sd;
using namespace sd::testing;
using namespace Qt::StringLiterals;
using client::SyncEngine;

namespace {

// A replica with its engine, signed in as one user.
struct Workstation
{
    QTemporaryDir dir;
    QNetworkAccessManager network;
    std::unique_ptr<client::ServerApi> api;
    std::unique_ptr<client::Replica> replica;
    std::unique_ptr<SyncEngine> engine;
};

// The messages the replica holds for a ticket, whether or not the ticket is there.
qint64 storedMessages(client::Replica &replica, qint64 ticketId)
{
    storage::Statement count(replica.database(),
                             u"SELECT count(*) FROM messages WHERE ticket_id = ?"_s);
    if (!count.bind(ticketId).exec() || !count.next())
        return -1;
    return count.id(0);
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstSyncMatchesTheServer_data();
    void firstSyncMatchesTheServer();
    void changesArriveByPush();
    void restartContinuesFromTheCursor();
    void ticketLeavingTheQueueLeavesTheReplica();

private:
    std::unique_ptr<Workstation> workstation(const QString &login);
    bool synced(Workstation &w);
    QJsonObject serverTicket(const QString &login, qint64 id);

    ApiFixture f;
    std::map<QString, std::unique_ptr<ApiClient>> m_clients;
    qint64 m_aliceTicket = 0;
};

void TestSyncEngine::initTestCase()
{
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    for (const QString &login : {u"alice"_s, u"bob"_s, u"agent"_s, u"boss"_s, u"dev"_s})
        m_clients[login] = f.client(login);
    const auto create = [&](const QString &login, const QString &subject) {
        const ApiReply reply = m_clients[login]->post(
            u"/api/v1/tickets"_s, {{u"subject"_s, subject},
                                   {u"description"_s, u"Подробности: ошибка 0x80070005"_s},
                                   {u"category"_s, u"question"_s},
                                   {u"product"_s, u"Склад"_s},
                                   {u"product_version"_s, u"5.2.1"_s}});
        return reply.json.value(u"id"_s).toInteger();
    };
    m_aliceTicket = create(u"alice"_s, u"Не печатается счёт-фактура"_s);
    QVERIFY(m_aliceTicket > 0);
    QVERIFY(create(u"alice"_s, u"Медленно строится отчёт по складу"_s) > 0);
    QVERIFY(create(u"bob"_s, u"Ошибка при закрытии смены"_s) > 0);
    const QString messages = u"/api/v1/tickets/%1/messages"_s.arg(m_aliceTicket);
    QCOMPARE(
        m_clients[u"agent"_s]
            ->post(messages, {{u"kind"_s, u"note"_s}, {u"body_text"_s, u"Проверить драйвер"_s}})
            .status,
        201);
    QCOMPARE(
        m_clients[u"agent"_s]
            ->post(messages, {{u"kind"_s, u"reply"_s}, {u"body_text"_s, u"Обновите драйвер"_s}})
            .status,
        201);
}

std::unique_ptr<Workstation> TestSyncEngine::workstation(const QString &login)
{
    auto w = std::make_unique<Workstation>();
    w->api = ClientTestSupport::api(&w->network, f.server.baseUrl());
    w->api->setToken(m_clients[login]->token());
    auto replica = client::Replica::open(w->dir.filePath(u"replica.db"_s));
    if (!replica) {
        qWarning("replica: %s", qPrintable(replica.error().message));
        return nullptr;
    }
    w->replica = std::move(replica).value();
    w->engine = std::make_unique<SyncEngine>(w->api.get(), w->replica.get());
    return w;
}

bool TestSyncEngine::synced(Workstation &w)
{
    QSignalSpy online(w.engine.get(), &SyncEngine::stateChanged);
    w.engine->start();
    return QTest::qWaitFor([&] { return w.engine->state() == SyncEngine::State::Online; }, 20000);
}

QJsonObject TestSyncEngine::serverTicket(const QString &login, qint64 id)
{
    return m_clients[login]->get(u"/api/v1/tickets/%1"_s.arg(id)).json;
}

void TestSyncEngine::firstSyncMatchesTheServer_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<int>("pageSize");
    for (const char *login : {"alice", "bob", "agent", "dev", "boss"}) {
        QTest::newRow(login) << QString::fromLatin1(login) << int(SyncEngine::SnapshotPageSize);
        // Many pages, several asked for at once (the first page names where the rest start).
        for (const int pageSize : {1, 2})
            QTest::addRow("%s, pages of %d", login, pageSize)
                << QString::fromLatin1(login) << pageSize;
    }
}

void TestSyncEngine::firstSyncMatchesTheServer()
{
    QFETCH(QString, login);
    QFETCH(int, pageSize);
    auto w = workstation(login);
    QVERIFY(w);
    w->engine->setSnapshotPageSize(pageSize);
    QSignalSpy progress(w->engine.get(), &SyncEngine::progress);
    QVERIFY2(synced(*w), qPrintable(w->engine->lastError()));
    // Every ticket the server lists for the user, and no other.
    QList<qint64> listed;
    const ApiReply list = m_clients[login]->get(u"/api/v1/tickets?limit=500"_s);
    for (const QJsonValue &item : list.json.value(u"items"_s).toArray())
        listed.append(item.toObject().value(u"id"_s).toInteger());
    QCOMPARE(w->replica->ticketCount().value(), listed.size());
    if (!listed.isEmpty()) {
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().at(0).toLongLong(), listed.size());
        QCOMPARE(progress.constLast().at(1).toLongLong(), listed.size());
    }
    qint64 messages = 0;
    for (const qint64 id : std::as_const(listed)) {
        const QJsonObject server = serverTicket(login, id);
        const auto local = w->replica->ticket(id);
        QVERIFY(local && local->has_value());
        for (const char *field :
             {"number", "version", "status", "subject", "organisation", "queue"})
            QCOMPARE(local->value().value(QLatin1StringView(field)),
                     server.value(QLatin1StringView(field)));
        // The columns the ticket table reads instead of parsing each ticket's JSON.
        sd::storage::Statement columns(
            w->replica->database(),
            u"SELECT requester_name, requester_email, organisation_name, queue_name, "
            "assignee_name, resolved_at FROM tickets WHERE id = ?"_s);
        QVERIFY(columns.bind(id).exec() && columns.next());
        const auto name = [&server](const char *key) {
            return server.value(QLatin1StringView(key)).toObject().value(u"name"_s).toString();
        };
        QCOMPARE(columns.text(0), name("requester"));
        QCOMPARE(columns.text(1),
                 server.value(u"requester"_s).toObject().value(u"email"_s).toString());
        QCOMPARE(columns.text(2), name("organisation"));
        QCOMPARE(columns.text(3), name("queue"));
        QCOMPARE(columns.text(4), name("assignee"));
        QCOMPARE(columns.text(5), server.value(u"resolved_at"_s).toString());
        const QJsonArray serverMessages = server.value(u"messages"_s).toArray();
        QCOMPARE(local->value().value(u"messages"_s).toArray(), serverMessages);
        messages += serverMessages.size();
        for (const QJsonValue &message : serverMessages)
            QVERIFY(login == u"alice"_s || login == u"bob"_s
                        ? message.toObject().value(u"kind"_s).toString() != u"note"_s
                        : true);
    }
    QCOMPARE(w->replica->messageCount().value(), messages);
}

void TestSyncEngine::changesArriveByPush()
{
    auto alice = workstation(u"alice"_s);
    QVERIFY(alice);
    QVERIFY2(synced(*alice), qPrintable(alice->engine->lastError()));
    // No polling: only the WebSocket announcement can bring the change in time.
    alice->engine->setFallbackPullMs(3600 * 1000);
    const qint64 before =
        alice->replica->ticket(m_aliceTicket).value()->value(u"version"_s).toInt();
    const ApiReply patched = m_clients[u"agent"_s]->patch(
        u"/api/v1/tickets/%1"_s.arg(m_aliceTicket), {{u"priority"_s, u"high"_s}},
        {{"If-Match", QByteArray::number(before)}});
    QCOMPARE(patched.status, 200);
    const ApiReply reply = m_clients[u"agent"_s]->post(
        u"/api/v1/tickets/%1/messages"_s.arg(m_aliceTicket),
        {{u"kind"_s, u"reply"_s}, {u"body_text"_s, u"Готово, проверьте"_s}});
    QCOMPARE(reply.status, 201);
    const qint64 replyId = reply.json.value(u"id"_s).toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto local = alice->replica->ticket(m_aliceTicket);
            if (!local || !local->has_value())
                return false;
            const QJsonArray messages = local->value().value(u"messages"_s).toArray();
            return local->value().value(u"priority"_s).toString() == u"high"_s &&
                   !messages.isEmpty() &&
                   messages.last().toObject().value(u"id"_s).toInteger() == replyId;
        }(),
        10000);
    // An internal note reaches the agent's replica, never Alice's.
    auto agent = workstation(u"agent"_s);
    QVERIFY(agent);
    QVERIFY(synced(*agent));
    agent->engine->setFallbackPullMs(3600 * 1000);
    const ApiReply note =
        m_clients[u"agent"_s]->post(u"/api/v1/tickets/%1/messages"_s.arg(m_aliceTicket),
                                    {{u"kind"_s, u"note"_s}, {u"body_text"_s, u"Клиент важный"_s}});
    QCOMPARE(note.status, 201);
    const qint64 noteId = note.json.value(u"id"_s).toInteger();
    const auto hasMessage = [](client::Replica &replica, qint64 ticket, qint64 id) {
        for (const QJsonValue &m : replica.ticket(ticket).value()->value(u"messages"_s).toArray())
            if (m.toObject().value(u"id"_s).toInteger() == id)
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasMessage(*agent->replica, m_aliceTicket, noteId), 10000);
    QTest::qWait(300);
    QVERIFY(!hasMessage(*alice->replica, m_aliceTicket, noteId));
}

void TestSyncEngine::restartContinuesFromTheCursor()
{
    auto w = workstation(u"boss"_s);
    QVERIFY(w);
    QVERIFY(synced(*w));
    const qint64 cursor = w->replica->cursor().value();
    QVERIFY(cursor > 0);
    w->engine->stop();
    // Stopping closes the event socket; that must not bring the engine back by itself.
    QTest::qWait(1500);
    QCOMPARE(w->engine->state(), SyncEngine::State::Stopped);
    const QString path = w->dir.filePath(u"replica.db"_s);
    w->engine.reset();
    w->replica.reset();
    // A ticket created while the workstation was closed arrives with the next start.
    const ApiReply created = m_clients[u"bob"_s]->post(
        u"/api/v1/tickets"_s, {{u"subject"_s, u"Не приходят уведомления о заказах"_s},
                               {u"description"_s, u"С понедельника нет писем"_s},
                               {u"category"_s, u"question"_s},
                               {u"product"_s, u"Склад"_s},
                               {u"product_version"_s, u"5.2.1"_s}});
    QCOMPARE(created.status, 201);
    w->replica = std::move(client::Replica::open(path)).value();
    QCOMPARE(w->replica->cursor().value(), cursor);
    w->engine = std::make_unique<SyncEngine>(w->api.get(), w->replica.get());
    QSignalSpy firstSync(w->engine.get(), &SyncEngine::firstSyncFinished);
    QVERIFY(synced(*w));
    QVERIFY(firstSync.isEmpty()); // no second first sync: it continued from the cursor
    const auto local = w->replica->ticket(created.json.value(u"id"_s).toInteger());
    QVERIFY(local && local->has_value());
    QVERIFY(w->replica->cursor().value() > cursor);
}

void TestSyncEngine::ticketLeavingTheQueueLeavesTheReplica()
{
    auto agent = workstation(u"agent"_s);
    QVERIFY(agent);
    QVERIFY2(synced(*agent), qPrintable(agent->engine->lastError()));
    agent->engine->setFallbackPullMs(3600 * 1000);
    const ApiReply created = m_clients[u"alice"_s]->post(
        u"/api/v1/tickets"_s, {{u"subject"_s, u"Не сходятся остатки после инвентаризации"_s},
                               {u"description"_s, u"Расхождение по трём позициям"_s},
                               {u"category"_s, u"question"_s},
                               {u"product"_s, u"Склад"_s},
                               {u"product_version"_s, u"5.2.1"_s}});
    QCOMPARE(created.status, 201);
    const qint64 id = created.json.value(u"id"_s).toInteger();
    const QString path = u"/api/v1/tickets/%1"_s.arg(id);
    for (const QString &kind : {u"note"_s, u"reply"_s})
        QCOMPARE(
            m_clients[u"agent"_s]
                ->post(path + u"/messages"_s, {{u"kind"_s, kind}, {u"body_text"_s, u"Проверяем"_s}})
                .status,
            201);
    const qint64 messages = serverTicket(u"agent"_s, id).value(u"messages"_s).toArray().size();
    QVERIFY(messages >= 2);
    QTRY_COMPARE_WITH_TIMEOUT(storedMessages(*agent->replica, id), messages, 10000);

    // Handed over to Development, which the agent does not work: by push, not by polling.
    const ApiReply moved = m_clients[u"boss"_s]->patch(
        path, {{u"queue_id"_s, f.developmentQueueId}},
        {{"If-Match",
          QByteArray::number(serverTicket(u"boss"_s, id).value(u"version"_s).toInt())}});
    QVERIFY2(moved.status == 200, qPrintable(moved.describe()));
    QTRY_VERIFY_WITH_TIMEOUT(!agent->replica->ticket(id).value().has_value(), 10000);
    QCOMPARE(storedMessages(*agent->replica, id), 0);
    QCOMPARE(agent->engine->state(), SyncEngine::State::Online);
    // Tickets still in Support stay.
    QVERIFY(agent->replica->ticket(m_aliceTicket).value().has_value());
}

QTEST_MAIN(TestSyncEngine)
#include "testsyncengine.moc"
