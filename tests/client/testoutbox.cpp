// Outbox + OutboxSender against the real server: local writes show at once as pending, go out
// in order, replay exactly once after an outage or a SIGKILL between "sent" and
// "acknowledged", and edits that collided with someone else's are merged field by field.
#include "apifixture.h"
#include "client/clientsession.h"
#include "client/outbox.h"
#include "client/outboxsender.h"
#include "client/replica.h"
#include "client/serverapi.h"
#include "client/syncengine.h"
#include "clienttestsupport.h"
#include "stallingproxy.h"
#include "storage/statement.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sd;
using namespace sd::testing;
using namespace Qt::StringLiterals;
using client::Outbox;
using client::OutboxEntry;
using client::OutboxSender;
using client::SyncEngine;

namespace {

struct Workstation
{
    QTemporaryDir dir;
    QNetworkAccessManager network;
    std::unique_ptr<client::ServerApi> api;
    std::unique_ptr<client::Replica> replica;
    std::unique_ptr<SyncEngine> engine;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<OutboxSender> sender;

    QString replicaPath() const { return dir.filePath(u"replica.db"_s); }
    bool drained()
    {
        return QTest::qWaitFor(
            [&] {
                auto next = outbox->next();
                return next && !next.value() && sender->state() == OutboxSender::State::Idle;
            },
            20000);
    }
};

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pendingShowsAtOnceThenIsReplaced();
    void offlineWritesReplayExactlyOnce();
    void conflictMerge_data();
    void conflictMerge();
    void refusedWriteIsParkedAndKeptInOrder();
    void killedBetweenSentAndAcknowledgedSendsOnce();
    void sessionsSendAndReceiveOnTheirOwn();
    void revokedTokenAsksToSignInAgain();
    void mergeAndSplitGoOutOnce();

private:
    std::unique_ptr<Workstation> workstation(const QString &login, const QUrl &url = {});
    qint64 newTicket(const QString &subject);
    int serverCount(const QString &sql, const QString &text);
    int version(qint64 ticket);

    ApiFixture f;
    std::map<QString, std::unique_ptr<ApiClient>> m_clients;
};

void TestOutbox::initTestCase()
{
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    for (const QString &login : {u"alice"_s, u"agent"_s, u"boss"_s})
        m_clients[login] = f.client(login);
}

qint64 TestOutbox::newTicket(const QString &subject)
{
    const ApiReply reply = m_clients[u"alice"_s]->post(
        u"/api/v1/tickets"_s, {{u"subject"_s, subject},
                               {u"description"_s, u"Ошибка 0x80070005 при печати"_s},
                               {u"category"_s, u"question"_s},
                               {u"product"_s, u"Склад"_s},
                               {u"product_version"_s, u"5.2.1"_s}});
    if (reply.status != 201)
        qWarning("create: %d %s", reply.status, reply.body.constData());
    return reply.json.value(u"id"_s).toInteger();
}

int TestOutbox::serverCount(const QString &sql, const QString &text)
{
    storage::Statement count(*f.db, sql);
    if (!count.bind(text).exec() || !count.next())
        return -1;
    return int(count.id(0));
}

int TestOutbox::version(qint64 ticket)
{
    return m_clients[u"boss"_s]
        ->get(u"/api/v1/tickets/%1"_s.arg(ticket))
        .json.value(u"version"_s)
        .toInt();
}

std::unique_ptr<Workstation> TestOutbox::workstation(const QString &login, const QUrl &url)
{
    auto w = std::make_unique<Workstation>();
    w->api = ClientTestSupport::api(&w->network, url.isEmpty() ? f.server.baseUrl() : url);
    w->api->setToken(m_clients[login]->token());
    auto replica = client::Replica::open(w->replicaPath());
    if (!replica)
        return nullptr;
    w->replica = std::move(replica).value();
    w->engine = std::make_unique<SyncEngine>(w->api.get(), w->replica.get());
    const core::User user = f.user(login);
    w->outbox = std::make_unique<Outbox>(*w->replica,
                                         QJsonObject{{u"id"_s, user.id}, {u"name"_s, user.name}},
                                         w->dir.filePath(u"outbox"_s));
    w->sender = std::make_unique<OutboxSender>(w->api.get(), w->outbox.get());
    QObject::connect(w->engine.get(), &SyncEngine::synced, w->engine.get(),
                     [o = w->outbox.get()] { QVERIFY(o->refreshOverlay()); });
    if (url.isEmpty()) {
        w->engine->start();
        if (!QTest::qWaitFor([&] { return w->engine->state() == SyncEngine::State::Online; },
                             20000))
            return nullptr;
    }
    return w;
}

void TestOutbox::pendingShowsAtOnceThenIsReplaced()
{
    const qint64 ticket = newTicket(u"Не открывается накладная"_s);
    auto w = workstation(u"agent"_s);
    QVERIFY(w);
    const QString text = u"Переустановите драйвер принтера, пожалуйста"_s;
    auto queued = w->outbox->postMessage(ticket, {{u"kind"_s, u"reply"_s}, {u"body_text"_s, text}});
    QVERIFY2(queued, qPrintable(queued.error().message));
    auto edited = w->outbox->updateTicket(ticket, {{u"priority"_s, u"high"_s}});
    QVERIFY(edited);
    // Shown at once, before anything was sent.
    QJsonObject local = w->replica->ticket(ticket).value().value();
    QVERIFY(local.value(u"pending"_s).toBool());
    QCOMPARE(local.value(u"priority"_s).toString(), u"high"_s);
    QJsonObject last = local.value(u"messages"_s).toArray().last().toObject();
    QCOMPARE(last.value(u"body_text"_s).toString(), text);
    QVERIFY(last.value(u"pending"_s).toBool());
    QVERIFY(last.value(u"id"_s).toInteger() < 0);
    // A sync meanwhile brings the server's old priority; the pending edit stays on top.
    w->engine->pullNow();
    QVERIFY(QTest::qWaitFor([&] { return w->engine->state() == SyncEngine::State::Online; }));
    storage::Statement column(w->replica->database(),
                              u"SELECT priority, pending FROM tickets WHERE id = ?"_s);
    QVERIFY(column.bind(ticket).exec() && column.next());
    QCOMPARE(column.text(0), u"high"_s);
    QVERIFY(column.flag(1));

    QSignalSpy acknowledged(w->sender.get(), &OutboxSender::acknowledged);
    w->sender->start();
    QVERIFY(w->drained());
    QCOMPARE(acknowledged.size(), 2);
    local = w->replica->ticket(ticket).value().value();
    QVERIFY(!local.contains(u"pending"_s));
    QCOMPARE(local.value(u"priority"_s).toString(), u"high"_s);
    last = local.value(u"messages"_s).toArray().last().toObject();
    QVERIFY(last.value(u"id"_s).toInteger() > 0);
    QVERIFY(!last.contains(u"pending"_s));
    QCOMPARE(serverCount(u"SELECT count(*) FROM messages WHERE body_text = ?"_s, text), 1);
    QCOMPARE(m_clients[u"boss"_s]
                 ->get(u"/api/v1/tickets/%1"_s.arg(ticket))
                 .json.value(u"priority"_s)
                 .toString(),
             u"high"_s);
    storage::Statement leftovers(w->replica->database(),
                                 u"SELECT count(*) FROM messages WHERE id < 0 OR pending = 1"_s);
    QVERIFY(leftovers.exec() && leftovers.next());
    QCOMPARE(leftovers.id(0), 0);
}

void TestOutbox::offlineWritesReplayExactlyOnce()
{
    // Alice works with the server away: a new ticket, a file and a message on that ticket.
    const QUrl away(u"http://127.0.0.1:%1"_s.arg(ClientTestSupport::closedPort()));
    auto w = workstation(u"alice"_s, away);
    QVERIFY(w);
    const QString subject = u"Офлайн: не сходится остаток на складе"_s;
    const QString text = u"Дополнение: расхождение 12 штук"_s;
    const QString logPath = w->dir.filePath(u"sklad.log"_s);
    QFile log(logPath);
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write("2026-11-23 10:00 остаток=12\n");
    log.close();
    auto created = w->outbox->createTicket({{u"subject"_s, subject},
                                            {u"description"_s, u"Остаток не совпадает"_s},
                                            {u"category"_s, u"question"_s},
                                            {u"product"_s, u"Склад"_s},
                                            {u"product_version"_s, u"5.2.1"_s}},
                                           {logPath});
    QVERIFY2(created, qPrintable(created.error().message));
    const qint64 localId = created->ticketId;
    QVERIFY(localId < 0);
    QVERIFY(w->outbox->postMessage(localId, {{u"kind"_s, u"customer"_s}, {u"body_text"_s, text}}));
    QVERIFY(QFile::remove(logPath)); // the queued copy is what goes out
    QCOMPARE(w->replica->ticket(localId).value().value().value(u"subject"_s).toString(), subject);

    w->sender->start();
    QVERIFY(QTest::qWaitFor([&] { return w->sender->state() == OutboxSender::State::Waiting; }));
    QVERIFY(!w->sender->lastError().isEmpty());
    QTest::qWait(300);
    QCOMPARE(w->outbox->entries().value().size(), 2);
    QCOMPARE(serverCount(u"SELECT count(*) FROM tickets WHERE subject = ?"_s, subject), 0);

    // The server is back.
    w->api->setBaseUrl(f.server.baseUrl());
    w->sender->kick();
    QVERIFY(w->drained());
    QCOMPARE(serverCount(u"SELECT count(*) FROM tickets WHERE subject = ?"_s, subject), 1);
    QCOMPARE(serverCount(u"SELECT count(*) FROM messages WHERE body_text = ?"_s, text), 1);
    QCOMPARE(serverCount(u"SELECT count(*) FROM attachments WHERE name = ?"_s, u"sklad.log"_s), 1);
    QVERIFY(!w->replica->ticket(localId).value().has_value());
    storage::Statement ids(w->replica->database(),
                           u"SELECT t.id, count(m.id) FROM tickets t JOIN messages m ON "
                           u"m.ticket_id = t.id WHERE t.subject = ? GROUP BY t.id"_s);
    QVERIFY(ids.bind(subject).exec() && ids.next());
    QVERIFY(ids.id(0) > 0);
    QVERIFY(ids.id(1) >= 1);
    QVERIFY(!QDir(w->dir.filePath(u"outbox/"_s + QString::fromLatin1(created->uuid))).exists());
}

void TestOutbox::conflictMerge_data()
{
    QTest::addColumn<QJsonObject>("mine");
    QTest::addColumn<QJsonObject>("theirs");
    QTest::addColumn<QJsonObject>("chosen"); // empty: no conflict expected
    QTest::addColumn<QString>("finalPriority");
    QTest::addColumn<QString>("finalStatus");

    QTest::newRow("different fields merge") << QJsonObject{{u"priority"_s, u"high"_s}}
                                            << QJsonObject{{u"status"_s, u"pending_customer"_s}}
                                            << QJsonObject() << u"high"_s << u"pending_customer"_s;
    QTest::newRow("other way round") << QJsonObject{{u"status"_s, u"pending_customer"_s}}
                                     << QJsonObject{{u"priority"_s, u"low"_s}} << QJsonObject()
                                     << u"low"_s << u"pending_customer"_s;
    QTest::newRow("same field, I keep mine")
        << QJsonObject{{u"priority"_s, u"high"_s}} << QJsonObject{{u"priority"_s, u"low"_s}}
        << QJsonObject{{u"priority"_s, u"high"_s}} << u"high"_s << u"open"_s;
    QTest::newRow("same field, I take theirs")
        << QJsonObject{{u"priority"_s, u"high"_s}, {u"status"_s, u"pending_customer"_s}}
        << QJsonObject{{u"priority"_s, u"low"_s}} << QJsonObject{{u"priority"_s, u"low"_s}}
        << u"low"_s << u"pending_customer"_s;
}

void TestOutbox::conflictMerge()
{
    QFETCH(QJsonObject, mine);
    QFETCH(QJsonObject, theirs);
    QFETCH(QJsonObject, chosen);
    QFETCH(QString, finalPriority);
    QFETCH(QString, finalStatus);
    const qint64 ticket = newTicket(u"Конфликт правок"_s);
    QCOMPARE(m_clients[u"agent"_s]
                 ->patch(u"/api/v1/tickets/%1"_s.arg(ticket), {{u"status"_s, u"open"_s}},
                         {{"If-Match", QByteArray::number(version(ticket))}})
                 .status,
             200);
    auto w = workstation(u"agent"_s);
    QVERIFY(w);
    QVERIFY(w->outbox->updateTicket(ticket, mine));
    // The supervisor changes the ticket before the agent's edit reaches the server.
    QCOMPARE(m_clients[u"boss"_s]
                 ->patch(u"/api/v1/tickets/%1"_s.arg(ticket), theirs,
                         {{"If-Match", QByteArray::number(version(ticket))}})
                 .status,
             200);
    QSignalSpy conflicted(w->sender.get(), &OutboxSender::conflicted);
    w->sender->start();
    if (chosen.isEmpty()) {
        QVERIFY(w->drained());
        QCOMPARE(conflicted.size(), 0);
    } else {
        QTRY_COMPARE(conflicted.size(), 1);
        const auto conflicts = conflicted.first().at(1).value<QList<client::FieldConflict>>();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().field, u"priority"_s);
        QCOMPARE(conflicts.first().mine, mine.value(u"priority"_s));
        QCOMPARE(conflicts.first().theirs, theirs.value(u"priority"_s));
        QCOMPARE(conflicts.first().base, QJsonValue(u"normal"_s));
        const OutboxEntry parked = w->outbox->entries().value().first();
        QCOMPARE(parked.state, OutboxEntry::State::Conflict);
        // Until the agent decides, the replica shows the agent's edit.
        QCOMPARE(w->replica->ticket(ticket).value()->value(u"priority"_s),
                 mine.value(u"priority"_s));
        QVERIFY2(w->outbox->resolve(parked.id, chosen), "resolve");
        w->sender->kick();
        QVERIFY(w->drained());
    }
    const QJsonObject server = m_clients[u"boss"_s]->get(u"/api/v1/tickets/%1"_s.arg(ticket)).json;
    QCOMPARE(server.value(u"priority"_s).toString(), finalPriority);
    QCOMPARE(server.value(u"status"_s).toString(), finalStatus);
    QCOMPARE(w->outbox->entries().value().size(), 0);
    const QJsonObject local = w->replica->ticket(ticket).value().value();
    QCOMPARE(local.value(u"priority"_s).toString(), finalPriority);
    QCOMPARE(local.value(u"version"_s), server.value(u"version"_s));
}

void TestOutbox::refusedWriteIsParkedAndKeptInOrder()
{
    const qint64 first = newTicket(u"Отказ сервера"_s);
    const qint64 second = newTicket(u"Соседний тикет"_s);
    auto w = workstation(u"agent"_s);
    QVERIFY(w);
    // An empty reply is refused (422); the note after it on the same ticket must wait.
    auto refused =
        w->outbox->postMessage(first, {{u"kind"_s, u"reply"_s}, {u"body_text"_s, u""_s}});
    QVERIFY(refused);
    QVERIFY(w->outbox->postMessage(first, {{u"kind"_s, u"note"_s}, {u"body_text"_s, u"После"_s}}));
    QVERIFY(
        w->outbox->postMessage(second, {{u"kind"_s, u"note"_s}, {u"body_text"_s, u"Другой"_s}}));
    QSignalSpy refusals(w->sender.get(), &OutboxSender::refused);
    w->sender->start();
    QVERIFY(w->drained());
    QCOMPARE(refusals.size(), 1);
    QVERIFY(!refusals.first().at(1).toString().isEmpty());
    QCOMPARE(serverCount(u"SELECT count(*) FROM messages WHERE body_text = ?"_s, u"Другой"_s), 1);
    QCOMPARE(serverCount(u"SELECT count(*) FROM messages WHERE body_text = ?"_s, u"После"_s), 0);
    const QList<OutboxEntry> waiting = w->outbox->entries().value();
    QCOMPARE(waiting.size(), 2);
    QCOMPARE(waiting.at(0).state, OutboxEntry::State::Failed);
    QCOMPARE(waiting.at(0).lastError, refusals.first().at(1).toString());
    // Corrected, both go, in order.
    QVERIFY(w->outbox->retry(
        refused->id, QJsonObject{{u"kind"_s, u"reply"_s}, {u"body_text"_s, u"Исправлено"_s}}));
    w->sender->kick();
    QVERIFY(w->drained());
    QCOMPARE(w->outbox->entries().value().size(), 0);
    const QJsonArray messages = m_clients[u"boss"_s]
                                    ->get(u"/api/v1/tickets/%1"_s.arg(first))
                                    .json.value(u"messages"_s)
                                    .toArray();
    QCOMPARE(messages.at(messages.size() - 2).toObject().value(u"body_text"_s).toString(),
             u"Исправлено"_s);
    QCOMPARE(messages.last().toObject().value(u"body_text"_s).toString(), u"После"_s);
}

void TestOutbox::killedBetweenSentAndAcknowledgedSendsOnce()
{
    const qint64 ticket = newTicket(u"Процесс убит во время отправки"_s);
    const QString text = u"Ответ, который нельзя потерять и нельзя задвоить"_s;
    QString replicaPath;
    QTemporaryDir dir;
    {
        auto w = workstation(u"agent"_s);
        QVERIFY(w);
        QVERIFY(w->outbox->postMessage(ticket, {{u"kind"_s, u"reply"_s}, {u"body_text"_s, text}}));
        // Closed first: the entry may still be in the write-ahead log.
        w->sender.reset();
        w->outbox.reset();
        w->engine.reset();
        w->replica.reset();
        replicaPath = dir.filePath(u"replica.db"_s);
        QVERIFY(QFile::copy(w->replicaPath(), replicaPath));
    }
    StallingProxy proxy(f.server.baseUrl());
    QVERIFY(proxy.listen());
    const QString token = m_clients[u"agent"_s]->token();
    QProcess client;
    client.start(QStringLiteral(SD_OUTBOX_TOOL), {replicaPath, proxy.url().toString(), token});
    QVERIFY(client.waitForStarted());
    // The server has it (committed), the client has not heard back: kill it now.
    QTRY_COMPARE_WITH_TIMEOUT(
        serverCount(u"SELECT count(*) FROM messages WHERE body_text = ?"_s, text), 1, 20000);
    QVERIFY(proxy.bytesForwarded() > 0);
    QCOMPARE(client.state(), QProcess::Running);
    client.kill(); // SIGKILL
    QVERIFY(client.waitForFinished());
    QCOMPARE(client.exitStatus(), QProcess::CrashExit);
    {
        auto replica = client::Replica::open(replicaPath);
        QVERIFY(replica);
        Outbox outbox(*replica.value(), {}, dir.filePath(u"files"_s));
        QCOMPARE(outbox.entries().value().size(), 1); // never acknowledged
    }
    // Started again with the server in reach: it resends, the server answers from its record.
    client.start(QStringLiteral(SD_OUTBOX_TOOL),
                 {replicaPath, f.server.baseUrl().toString(), token});
    QVERIFY(client.waitForFinished(30000));
    QCOMPARE(client.exitStatus(), QProcess::NormalExit);
    QCOMPARE(client.exitCode(), 0);
    QCOMPARE(serverCount(u"SELECT count(*) FROM messages WHERE body_text = ?"_s, text), 1);
    auto replica = client::Replica::open(replicaPath);
    QVERIFY(replica);
    const QJsonArray messages =
        replica.value()->ticket(ticket).value().value().value(u"messages"_s).toArray();
    int copies = 0;
    for (const QJsonValue &message : messages)
        if (message.toObject().value(u"body_text"_s).toString() == text) {
            ++copies;
            QVERIFY(message.toObject().value(u"id"_s).toInteger() > 0);
        }
    QCOMPARE(copies, 1);
}

void TestOutbox::sessionsSendAndReceiveOnTheirOwn()
{
    const qint64 ticket = newTicket(u"Две рабочие станции"_s);
    QTemporaryDir data;
    QNetworkAccessManager network;
    std::map<QString, std::unique_ptr<client::ServerApi>> apis;
    std::map<QString, std::unique_ptr<client::ClientSession>> sessions;
    for (const QString &login : {u"alice"_s, u"agent"_s}) {
        apis[login] = ClientTestSupport::api(&network, f.server.baseUrl());
        apis[login]->setToken(m_clients[login]->token());
        auto session = client::ClientSession::open(apis[login].get(), f.user(login), data.path());
        QVERIFY2(session, qPrintable(session.error().message));
        sessions[login] = std::move(session).value();
        sessions[login]->sync().setFallbackPullMs(3600 * 1000); // only pushes may bring changes
        sessions[login]->start();
    }
    QVERIFY(client::ClientSession::profileDirectory(data.path(), f.server.baseUrl(), u"alice"_s) !=
            client::ClientSession::profileDirectory(data.path(), f.server.baseUrl(), u"agent"_s));
    for (auto &[login, session] : sessions)
        QTRY_COMPARE_WITH_TIMEOUT(session->sync().state(), SyncEngine::State::Online, 20000);

    const QString question = u"Когда будет исправление?"_s;
    QVERIFY(sessions[u"alice"_s]->outbox().postMessage(
        ticket, {{u"kind"_s, u"customer"_s}, {u"body_text"_s, question}}));
    sessions[u"alice"_s]->sendQueued();
    const QString answer = u"Исправление выйдет в версии 5.2.2"_s;
    QVERIFY(sessions[u"agent"_s]->outbox().updateTicket(ticket, {{u"priority"_s, u"high"_s}}));
    QVERIFY(sessions[u"agent"_s]->outbox().postMessage(
        ticket, {{u"kind"_s, u"reply"_s}, {u"body_text"_s, answer}}));
    sessions[u"agent"_s]->sendQueued();
    const auto holds = [&](const QString &login, const QString &text) {
        const auto local = sessions[login]->replica().ticket(ticket);
        if (!local || !local->has_value())
            return false;
        for (const QJsonValue &m : local->value().value(u"messages"_s).toArray())
            if (m.toObject().value(u"body_text"_s).toString() == text &&
                m.toObject().value(u"id"_s).toInteger() > 0)
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(holds(u"agent"_s, question), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(holds(u"alice"_s, answer), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        sessions[u"alice"_s]->replica().ticket(ticket).value()->value(u"priority"_s).toString(),
        u"high"_s, 10000);
    QCOMPARE(serverCount(u"SELECT count(*) FROM messages WHERE body_text = ?"_s, answer), 1);
}

void TestOutbox::revokedTokenAsksToSignInAgain()
{
    ApiClient revoked(f.server.baseUrl());
    QCOMPARE(revoked.signIn(u"agent"_s, ApiFixture::Password).status, 200);
    const QString token = revoked.token();
    QCOMPARE(revoked.send("DELETE", u"/api/v1/session"_s).status, 204);
    QTemporaryDir data;
    QNetworkAccessManager network;
    auto api = ClientTestSupport::api(&network, f.server.baseUrl());
    api->setToken(token);
    auto session = client::ClientSession::open(api.get(), f.user(u"agent"_s), data.path());
    QVERIFY(session);
    QSignalSpy signIn(session.value().get(), &client::ClientSession::signInRequired);
    // What was typed stays queued for after the next sign-in.
    QVERIFY(session.value()->outbox().rate(1, 5, u"Спасибо"_s));
    session.value()->start();
    QVERIFY(signIn.wait(10000));
    QCOMPARE(session.value()->sync().state(), SyncEngine::State::Stopped);
    QTest::qWait(100);
    QCOMPARE(session.value()->sender().state(), OutboxSender::State::Stopped);
    QCOMPARE(session.value()->outbox().entries().value().size(), 1);
}

void TestOutbox::mergeAndSplitGoOutOnce()
{
    const qint64 original = newTicket(u"Не закрывается смена на кассе"_s);
    const qint64 duplicate = newTicket(u"Смена на кассе не закрывается снова"_s);
    auto w = workstation(u"agent"_s);
    QVERIFY(w);
    QCOMPARE(w->outbox->merge(duplicate, duplicate).error().kind,
             storage::StorageError::Kind::Invalid);
    // Merged from the workstation: the server marks the duplicate, the replica shows it.
    QVERIFY(w->outbox->merge(duplicate, original));
    w->sender->start();
    QVERIFY(w->drained());
    QCOMPARE(m_clients[u"boss"_s]
                 ->get(u"/api/v1/tickets/%1"_s.arg(duplicate))
                 .json.value(u"merged_into"_s)
                 .toInteger(),
             original);
    QTRY_COMPARE_WITH_TIMEOUT(w->replica->ticket(duplicate)->value().value(u"status"_s).toString(),
                              u"closed"_s, 10000);

    // A message split off into a new ticket: one new ticket on the server.
    const ApiReply message = m_clients[u"alice"_s]->post(
        u"/api/v1/tickets/%1/messages"_s.arg(original),
        {{u"kind"_s, u"customer"_s}, {u"body_text"_s, u"Ещё не печатается отчёт Z"_s}});
    QCOMPARE(message.status, 201);
    const QString bySubject = u"SELECT count(*) FROM tickets WHERE subject = ?"_s;
    QCOMPARE(serverCount(bySubject, u"Не печатается отчёт Z"_s), 0);
    QVERIFY(w->outbox->split(original, message.json.value(u"id"_s).toInteger(),
                             u"Не печатается отчёт Z"_s));
    w->sender->kick();
    QVERIFY(w->drained());
    QCOMPARE(serverCount(bySubject, u"Не печатается отчёт Z"_s), 1);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "testoutbox.moc"
