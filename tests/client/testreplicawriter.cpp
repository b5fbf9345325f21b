// The replica's bulk write path (SnapshotPage + ReplicaWriter): a first-sync page written
// from its bytes stores exactly what the change feed's QJsonObjects store, keeps the newest
// version, cuts "messages" out of a ticket wherever it stands, and leaves the outbox's rows
// and marks alone.
#include "client/replica.h"
#include "client/snapshotpage.h"
#include "storage/database.h"
#include "storage/jsontext.h"
#include "storage/statement.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace sd;
using namespace Qt::StringLiterals;
using client::Replica;
using client::SnapshotPage;

namespace {

QJsonObject sampleTicket(int version)
{
    const QJsonObject request{
        {u"attachments"_s, QJsonArray()},
        {u"author"_s, QJsonObject{{u"id"_s, 5}, {u"name"_s, u"Alice"_s}}},
        {u"body_html"_s, u"<p>Не печатает \"счёт\"</p>"_s},
        {u"body_text"_s, u"Не печатает \"счёт\"\n\tпосле 🖨"_s},
        {u"created_at"_s, u"2026-03-01T08:15:00.000Z"_s},
        {u"id"_s, 11},
        {u"kind"_s, u"customer"_s},
        {u"ticket_id"_s, 7}};
    QJsonObject reply = request;
    reply.insert(u"id"_s, 12);
    reply.insert(u"kind"_s, u"reply"_s);
    reply.insert(u"created_at"_s, QJsonValue::Null);
    return {{u"id"_s, 7},
            {u"number"_s, u"SD-2026-000007"_s},
            {u"version"_s, version},
            {u"status"_s, u"open"_s},
            {u"priority"_s, u"high"_s},
            {u"category"_s, u"incident"_s},
            {u"subject"_s, QString::fromUtf16(u"Quote \" back\\slash \u0001 v%1").arg(version)},
            {u"queue"_s, QJsonValue::Null},
            {u"assignee"_s, QJsonObject{{u"name"_s, u"Agent \"Smith\""_s}}},
            {u"organisation"_s, QJsonObject{{u"id"_s, 3}, {u"name"_s, u"Acme «Печать»"_s}}},
            {u"requester"_s, QJsonObject{{u"email"_s, u"alice@example.com"_s},
                                         {u"id"_s, 5},
                                         {u"name"_s, u"Alice O'Neil"_s}}},
            {u"created_at"_s, u"2026-03-01T08:15:00.000Z"_s},
            {u"updated_at"_s, u"2026-03-02T09:00:00.000Z"_s},
            {u"resolved_at"_s, QJsonValue::Null},
            {u"custom_fields"_s, QJsonObject{{u"seats"_s, 12.5}}},
            {u"tags"_s, QJsonArray{u"vip"_s}},
            {u"messages"_s, QJsonArray{request, reply}}};
}

QByteArray pageOf(const QList<QByteArray> &tickets)
{
    return "{\"items\":[" + tickets.join(',') + "],\"next\":null,\"seq\":9}";
}

QByteArray text(const QJsonObject &object, QStringView leaveOut = {})
{
    QByteArray out;
    storage::JsonText::appendObject(out, object, leaveOut);
    return out;
}

// Every column of every row, in id order: what the two paths are compared by.
QStringList rows(Replica &replica, const QString &table)
{
    storage::Statement select(replica.database(), u"SELECT * FROM "_s + table + u" ORDER BY id"_s);
    if (!select.exec())
        return {u"failed"_s};
    QStringList out;
    while (select.next()) {
        QStringList values;
        for (int i = 0; i < select.columnCount(); ++i)
            values << (select.value(i).isNull() ? u"NULL"_s : select.value(i).toString());
        out << values.join(u'|');
    }
    return out;
}

} // namespace

class TestReplicaWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pageStoresWhatTheFeedStores();
    void messagesAreCutWherever_data();
    void messagesAreCutWherever();
    void olderVersionChangesNothing();
    void outboxRowsAndMarksStay();
    void unreadablePagesAreRefused_data();
    void unreadablePagesAreRefused();
    void newReplicaHasLargePages();
    void bulkLoadCheckpointsOnceAfterwards();

private:
    std::unique_ptr<Replica> open(const QString &name);
    bool applyPage(Replica &replica, const QByteArray &body);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReplicaWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<Replica> TestReplicaWriter::open(const QString &name)
{
    auto replica = Replica::open(m_dir->filePath(name));
    if (!replica)
        qWarning("replica: %s", qPrintable(replica.error().message));
    return replica ? std::move(replica).value() : nullptr;
}

bool TestReplicaWriter::applyPage(Replica &replica, const QByteArray &body)
{
    QString error;
    const auto page = SnapshotPage::read(body, &error);
    if (!page) {
        qWarning("page: %s", qPrintable(error));
        return false;
    }
    const auto applied = replica.applySnapshotPage(*page);
    if (!applied)
        qWarning("apply: %s", qPrintable(applied.error().message));
    return applied.ok();
}

void TestReplicaWriter::pageStoresWhatTheFeedStores()
{
    const QJsonObject ticket = sampleTicket(2);
    auto fromPage = open(u"page.db"_s);
    auto fromFeed = open(u"feed.db"_s);
    QVERIFY(fromPage && fromFeed);
    QVERIFY(applyPage(*fromPage, pageOf({text(ticket)})));
    QVERIFY(fromFeed->applyTickets(QJsonArray{ticket}));
    for (const QString &table : {u"tickets"_s, u"messages"_s}) {
        const QStringList page = rows(*fromPage, table);
        QVERIFY(!page.isEmpty());
        QCOMPARE(page, rows(*fromFeed, table));
    }
    storage::Statement stored(fromPage->database(),
                              u"SELECT json, requester_name, requester_email, organisation_name, "
                              "queue_name, assignee_name, queue_id, subject FROM tickets"_s);
    QVERIFY(stored.exec() && stored.next());
    QCOMPARE(stored.text(0).toUtf8(), text(ticket, u"messages"));
    QCOMPARE(stored.text(1), u"Alice O'Neil"_s);
    QCOMPARE(stored.text(2), u"alice@example.com"_s);
    QCOMPARE(stored.text(3), u"Acme «Печать»"_s);
    QVERIFY(stored.value(4).isNull());
    QCOMPARE(stored.text(5), u"Agent \"Smith\""_s);
    QVERIFY(stored.value(6).isNull());
    QCOMPARE(stored.text(7), ticket.value(u"subject"_s).toString());
    const auto read = fromPage->ticket(7);
    QVERIFY(read && read->has_value());
    QCOMPARE(read->value().value(u"messages"_s).toArray(), ticket.value(u"messages"_s).toArray());
}

void TestReplicaWriter::messagesAreCutWherever_data()
{
    QTest::addColumn<QByteArray>("ticket");
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<int>("messages");
    QTest::addRow("first") << QByteArray(R"({"messages":[{"id":8,"ticket_id":1}],"id":1})")
                           << QByteArray(R"({"id":1})") << 1;
    QTest::addRow("middle") << QByteArray(R"({"id":1,"messages":[],"version":2})")
                            << QByteArray(R"({"id":1,"version":2})") << 0;
    QTest::addRow("last")
        << QByteArray(
               R"({"id":1,"version":2,"messages":[{"id":8,"ticket_id":1},{"id":9,"ticket_id":1}]})")
        << QByteArray(R"({"id":1,"version":2})") << 2;
    QTest::addRow("white space") << QByteArray(R"({ "id" : 1 , "messages" : [ ] })")
                                 << QByteArray(R"({ "id" : 1 })") << 0;
    QTest::addRow("none") << QByteArray(R"({"id":1,"status":"new"})")
                          << QByteArray(R"({"id":1,"status":"new"})") << 0;
}

void TestReplicaWriter::messagesAreCutWherever()
{
    QFETCH(QByteArray, ticket);
    QFETCH(QByteArray, stored);
    QFETCH(int, messages);
    auto replica = open(u"replica.db"_s);
    QVERIFY(replica);
    QVERIFY(applyPage(*replica, pageOf({ticket})));
    storage::Statement json(replica->database(), u"SELECT json FROM tickets WHERE id = 1"_s);
    QVERIFY(json.exec() && json.next());
    QCOMPARE(json.text(0).toUtf8(), stored);
    QVERIFY(!QJsonDocument::fromJson(json.text(0).toUtf8()).isNull());
    QCOMPARE(replica->messageCount().value(), messages);
}

void TestReplicaWriter::olderVersionChangesNothing()
{
    auto replica = open(u"replica.db"_s);
    QVERIFY(replica);
    QVERIFY(applyPage(*replica, pageOf({text(sampleTicket(3))})));
    const QStringList newest = rows(*replica, u"tickets"_s);
    // An older page after the newer one, by either path: nothing moves.
    QVERIFY(applyPage(*replica, pageOf({text(sampleTicket(2))})));
    QCOMPARE(rows(*replica, u"tickets"_s), newest);
    QVERIFY(replica->applyTickets(QJsonArray{sampleTicket(1)}));
    QCOMPARE(rows(*replica, u"tickets"_s), newest);
    // The same page twice is harmless; a newer one wins.
    QVERIFY(applyPage(*replica, pageOf({text(sampleTicket(3))})));
    QCOMPARE(rows(*replica, u"tickets"_s), newest);
    QVERIFY(applyPage(*replica, pageOf({text(sampleTicket(4))})));
    QCOMPARE(replica->ticket(7).value()->value(u"version"_s).toInt(), 4);
    QCOMPARE(replica->messageCount().value(), 2);
}

void TestReplicaWriter::outboxRowsAndMarksStay()
{
    auto replica = open(u"replica.db"_s);
    QVERIFY(replica);
    QVERIFY(applyPage(*replica, pageOf({text(sampleTicket(1))})));
    storage::Database &db = replica->database();
    // What the outbox wrote: a ticket and a reply not yet sent, an edit shown on ticket 7.
    for (const QString &sql :
         {u"INSERT INTO tickets (id, number, version, status, priority, category, subject, "
          "pending, json) VALUES (-1, '', 0, 'new', 'normal', 'question', 'Offline', 1, '{}')"_s,
          u"INSERT INTO messages (id, ticket_id, kind, pending, json) VALUES (-2, 7, 'reply', 1, "
          "'{}')"_s,
          u"UPDATE tickets SET pending = 1 WHERE id = 7"_s})
        QVERIFY(db.execute(sql));
    QVERIFY(applyPage(*replica, pageOf({text(sampleTicket(2))})));
    storage::Statement local(db, u"SELECT id, pending FROM tickets ORDER BY id"_s);
    QVERIFY(local.exec());
    QVERIFY(local.next());
    QCOMPARE(local.id(0), -1);
    QVERIFY(local.next());
    QCOMPARE(local.id(0), 7);
    QCOMPARE(local.id(1), 1);
    QCOMPARE(replica->messageCount().value(), 3);
}

void TestReplicaWriter::unreadablePagesAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("not json") << QByteArray("<html>");
    QTest::addRow("cut short") << pageOf({text(sampleTicket(1))}).chopped(20);
    QTest::addRow("ticket without id") << pageOf({R"({"number":"SD-1"})"});
    QTest::addRow("message without id") << pageOf({R"({"id":1,"messages":[{"kind":"reply"}]})"});
    QTest::addRow("trailing bytes") << pageOf({R"({"id":1})"}) + "x";
    QTest::addRow("cursor not a number") << QByteArray(R"({"cursors":["x"],"items":[]})");
}

void TestReplicaWriter::unreadablePagesAreRefused()
{
    QFETCH(QByteArray, body);
    QString error;
    QVERIFY(!SnapshotPage::read(body, &error));
    QVERIFY(!error.isEmpty());
}

void TestReplicaWriter::newReplicaHasLargePages()
{
    auto replica = open(u"replica.db"_s);
    QVERIFY(replica);
    storage::Statement pragma(replica->database(), u"PRAGMA page_size"_s);
    QVERIFY(pragma.exec() && pragma.next());
    QCOMPARE(pragma.id(0), 16384);
    storage::Statement mode(replica->database(), u"PRAGMA journal_mode"_s);
    QVERIFY(mode.exec() && mode.next());
    QCOMPARE(mode.text(0), u"wal"_s);
}

// No checkpoint while the first sync writes; then one on another thread, and the automatic
// ones back on once it is done.
void TestReplicaWriter::bulkLoadCheckpointsOnceAfterwards()
{
    auto replica = open(u"replica.db"_s);
    QVERIFY(replica);
    storage::Database &db = replica->database();
    const auto pragma = [&db](const QString &sql, int column = 0) {
        storage::Statement select(db, sql);
        return select.exec() && select.next() ? select.id(column) : -1;
    };
    const QString file = m_dir->filePath(u"replica.db"_s);
    const qint64 before = QFileInfo(file).size();
    QVERIFY(replica->beginBulkLoad());
    QVERIFY(pragma(u"PRAGMA wal_autocheckpoint"_s) > 100000);
    QVERIFY(applyPage(*replica, pageOf({text(sampleTicket(1))})));
    QVERIFY(replica->finishBulkLoad());
    QTRY_COMPARE(pragma(u"PRAGMA wal_autocheckpoint"_s), 1000);
    // The schema and the ticket went from the WAL into the file, by the other thread.
    QVERIFY(QFileInfo(file).size() > before);
    QCOMPARE(replica->ticketCount().value(), 1);
}

QTEST_GUILESS_MAIN(TestReplicaWriter)
#include "testreplicawriter.moc"
