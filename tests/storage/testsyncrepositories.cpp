// The change feed, idempotency keys and transactions on the backend named by
// SD_TEST_BACKEND.
#include "sampledata.h"
#include "storage/changefeedrepository.h"
#include "storage/database.h"
#include "storage/idempotencyrepository.h"
#include "storage/messagerepository.h"
#include "storage/organisationrepository.h"
#include "storage/ticketrepository.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QtTest>

using namespace sd;
using namespace Qt::StringLiterals;
using storage::ChangeItem;
using storage::StorageError;

class TestSyncRepositories : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void writesAppearInTheFeed();
    void feedFilters_data();
    void feedFilters();
    void feedPagesByLimit();
    void feedWithoutOrganisation();
    void rollbackLeavesNoTrace();
    void nestedFailureDoomsTheTransaction();
    void feedNumbersFollowCommitOrder();
    void idempotencyKeys();

private:
    qint64 latest();

    testing::TestDatabase m_testDb;
    std::unique_ptr<storage::Database> m_db;
    // Written by writesAppearInTheFeed, read by feedFilters.
    qint64 m_feedStart = 0;
    qint64 m_organisation = 0;
};

void TestSyncRepositories::initTestCase()
{
    QVERIFY2(m_testDb.create(), qPrintable(m_testDb.error()));
    m_db = m_testDb.openMigrated();
    QVERIFY2(m_db, qPrintable(m_testDb.error()));
}

void TestSyncRepositories::cleanupTestCase()
{
    m_db.reset();
}

qint64 TestSyncRepositories::latest()
{
    const auto seq = storage::ChangeFeedRepository(*m_db).latestSeq();
    return seq ? seq.value() : -1;
}

void TestSyncRepositories::writesAppearInTheFeed()
{
    core::Organisation organisation;
    organisation.name = testing::uniqueName(QStringLiteral("Feed org "));
    const auto org = storage::OrganisationRepository(*m_db).create(organisation);
    SD_VERIFY_OK(org);
    m_organisation = org->id;
    m_feedStart = latest();
    core::Ticket input = testing::sampleTicket(QStringLiteral("Feed"));
    input.organisationId = org->id;
    const auto ticket = storage::TicketRepository(*m_db).create(input, 0);
    SD_VERIFY_OK(ticket);
    storage::MessageRepository messages(*m_db);
    const auto reply = messages.append(
        testing::sampleMessage(ticket->id, core::MessageKind::Reply, QStringLiteral("Ответ")));
    const auto note = messages.append(
        testing::sampleMessage(ticket->id, core::MessageKind::Note, QStringLiteral("Заметка")));
    SD_VERIFY_OK(reply);
    SD_VERIFY_OK(note);

    const auto page = storage::ChangeFeedRepository(*m_db).since(m_feedStart, 100);
    SD_VERIFY_OK(page);
    QCOMPARE(page->items.size(), 3);
    QCOMPARE(page->lastSeq, m_feedStart + 3);
    const QList<std::pair<storage::EntityType, qint64>> expected{
        {storage::EntityType::Ticket, ticket->id},
        {storage::EntityType::Message, reply->id},
        {storage::EntityType::Message, note->id}};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ChangeItem &item = page->items.at(i);
        QCOMPARE(item.seq, m_feedStart + 1 + i);
        QCOMPARE(item.entityType, expected.at(i).first);
        QCOMPARE(item.entityId, expected.at(i).second);
        QCOMPARE(item.operation, storage::ChangeOperation::Create);
        QCOMPARE(item.organisationId, org->id);
        QCOMPARE(item.internal, i == 2);
        QVERIFY(item.createdAt.isValid());
    }
}

void TestSyncRepositories::feedFilters_data()
{
    QTest::addColumn<bool>("byOrganisation");
    QTest::addColumn<bool>("includeInternal");
    QTest::addColumn<int>("count");
    QTest::addRow("everything") << false << true << 3;
    QTest::addRow("customer view") << true << false << 2;
    QTest::addRow("organisation with notes") << true << true << 3;
}

void TestSyncRepositories::feedFilters()
{
    QFETCH(bool, byOrganisation);
    QFETCH(bool, includeInternal);
    QFETCH(int, count);
    QVERIFY(m_organisation > 0);
    core::Organisation other;
    other.name = testing::uniqueName(QStringLiteral("Other org "));
    SD_VERIFY_OK(storage::OrganisationRepository(*m_db).create(other));
    storage::ChangeFilter filter;
    filter.organisationId = byOrganisation ? m_organisation : 0;
    filter.includeInternal = includeInternal;
    // Everything after the three items of writesAppearInTheFeed is other organisations'.
    const auto page = storage::ChangeFeedRepository(*m_db).since(m_feedStart, 100, filter);
    SD_VERIFY_OK(page);
    const qsizetype own =
        std::count_if(page->items.cbegin(), page->items.cend(),
                      [&](const ChangeItem &item) { return item.seq <= m_feedStart + 3; });
    QCOMPARE(own, count);
    if (byOrganisation)
        QCOMPARE(page->items.size(), count);
    QCOMPARE(page->lastSeq, latest());
}

void TestSyncRepositories::feedWithoutOrganisation()
{
    const qint64 start = latest();
    core::Ticket orgless = testing::sampleTicket(u"No organisation"_s);
    const auto own = storage::TicketRepository(*m_db).create(orgless, 0);
    SD_VERIFY_OK(own);
    core::Ticket other = testing::sampleTicket(u"Someone's organisation"_s);
    other.organisationId = m_organisation;
    SD_VERIFY_OK(storage::TicketRepository(*m_db).create(other, 0));
    storage::ChangeFilter filter;
    filter.withoutOrganisation = true;
    filter.includeInternal = false;
    const auto page = storage::ChangeFeedRepository(*m_db).since(start, 100, filter);
    SD_VERIFY_OK(page);
    QCOMPARE(page->items.size(), 1);
    QCOMPARE(page->items.first().entityId, own->id);
    QCOMPARE(page->lastSeq, latest());
}

void TestSyncRepositories::feedPagesByLimit()
{
    const qint64 start = latest();
    for (int i = 0; i < 5; ++i)
        SD_VERIFY_OK(storage::TicketRepository(*m_db).create(testing::sampleTicket(u"p"_s), 0));
    storage::ChangeFeedRepository feed(*m_db);
    const auto first = feed.since(start, 2);
    SD_VERIFY_OK(first);
    QCOMPARE(first->items.size(), 2);
    QCOMPARE(first->lastSeq, start + 2);
    const auto rest = feed.since(first->lastSeq, 10);
    SD_VERIFY_OK(rest);
    QCOMPARE(rest->items.size(), 3);
    QCOMPARE(rest->items.constFirst().seq, start + 3);
    QCOMPARE(rest->lastSeq, start + 5);
    QCOMPARE(feed.since(rest->lastSeq, 10)->items.size(), 0);
}

void TestSyncRepositories::rollbackLeavesNoTrace()
{
    const qint64 before = latest();
    qint64 id = 0;
    {
        storage::Transaction tx(*m_db);
        QVERIFY2(tx, qPrintable(tx.error().message));
        const auto ticket =
            storage::TicketRepository(*m_db).create(testing::sampleTicket(u"rolled back"_s), 0);
        SD_VERIFY_OK(ticket);
        id = ticket->id;
        QVERIFY(storage::TicketRepository(*m_db).get(id).ok());
    }
    QCOMPARE(storage::TicketRepository(*m_db).get(id).error().kind, StorageError::Kind::NotFound);
    QCOMPARE(latest(), before);
    const auto next = storage::TicketRepository(*m_db).create(testing::sampleTicket(u"after"_s), 0);
    SD_VERIFY_OK(next);
    QCOMPARE(latest(), before + 1);
    QCOMPARE(storage::ChangeFeedRepository(*m_db).since(before, 10)->items.constFirst().entityId,
             next->id);
}

void TestSyncRepositories::nestedFailureDoomsTheTransaction()
{
    storage::TicketRepository tickets(*m_db);
    const qint64 before = latest();
    qint64 first = 0;
    qint64 second = 0;
    {
        storage::Transaction outer(*m_db);
        QVERIFY(outer);
        first = tickets.create(testing::sampleTicket(u"first"_s), 0).value().id;
        {
            storage::Transaction inner(*m_db);
            QVERIFY(inner);
            second = tickets.create(testing::sampleTicket(u"second"_s), 0).value().id;
        }
        const auto committed = outer.commit();
        QVERIFY(!committed.ok());
        QVERIFY2(committed.error().message.contains(m_db->displayName()),
                 qPrintable(committed.error().message));
    }
    QCOMPARE(tickets.get(first).error().kind, StorageError::Kind::NotFound);
    QCOMPARE(tickets.get(second).error().kind, StorageError::Kind::NotFound);
    QCOMPARE(latest(), before);
    // The connection is usable again afterwards.
    SD_VERIFY_OK(tickets.create(testing::sampleTicket(u"third"_s), 0));
    QCOMPARE(latest(), before + 1);
}

void TestSyncRepositories::feedNumbersFollowCommitOrder()
{
    // Two tickets: appending to one ticket locks its row until commit.
    storage::TicketRepository tickets(*m_db);
    const qint64 earlyTicket = tickets.create(testing::sampleTicket(u"early"_s), 0).value().id;
    const qint64 lateTicket = tickets.create(testing::sampleTicket(u"late"_s), 0).value().id;
    storage::DatabaseOptions quick;
    quick.busyTimeoutMs = 200;
    auto other = m_testDb.open(quick);
    QVERIFY2(other, qPrintable(m_testDb.error()));
    const qint64 before = latest();
    storage::Transaction early(*m_db);
    QVERIFY(early);
    const auto first = storage::MessageRepository(*m_db).append(
        testing::sampleMessage(earlyTicket, core::MessageKind::Reply, u"first"_s));
    SD_VERIFY_OK(first);
    const auto second = storage::MessageRepository(*other).append(
        testing::sampleMessage(lateTicket, core::MessageKind::Reply, u"second"_s));
    if (m_testDb.backend() == storage::Backend::Sqlite) {
        // SQLite admits one writer: the second waits for the lock, then gives up.
        QCOMPARE(second.error().kind, StorageError::Kind::Busy);
        SD_VERIFY_OK(early.commit());
        QCOMPARE(latest(), before + 1);
        return;
    }
    // PostgreSQL: the later transaction committed first, so it got the first number, and a
    // reader never sees the early one's number before it is committed.
    SD_VERIFY_OK(second);
    const auto seen = storage::ChangeFeedRepository(*other).since(before, 10);
    SD_VERIFY_OK(seen);
    QCOMPARE(seen->items.size(), 1);
    QCOMPARE(seen->items.constFirst().entityId, second->id);
    QCOMPARE(seen->lastSeq, before + 1);
    SD_VERIFY_OK(early.commit());
    const auto all = storage::ChangeFeedRepository(*other).since(seen->lastSeq, 10);
    SD_VERIFY_OK(all);
    QCOMPARE(all->items.size(), 1);
    QCOMPARE(all->items.constFirst().entityId, first->id);
    QCOMPARE(all->items.constFirst().seq, before + 2);
}

void TestSyncRepositories::idempotencyKeys()
{
    storage::IdempotencyRepository keys(*m_db);
    const auto missing = keys.find(7, u"key-1"_s);
    SD_VERIFY_OK(missing);
    QVERIFY(!missing->has_value());
    storage::IdempotencyRecord record;
    record.userId = 7;
    record.key = u"key-1"_s;
    record.requestHash = u"sha256:abc"_s;
    record.entityType = u"ticket"_s;
    record.entityId = 42;
    record.responseStatus = 201;
    record.responseBody = u"{\"id\":42}"_s;
    record.createdAt = QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC);
    SD_VERIFY_OK(keys.remember(record));
    const auto found = keys.find(7, u"key-1"_s);
    SD_VERIFY_OK(found);
    QVERIFY(found->has_value());
    QCOMPARE(found->value().requestHash, record.requestHash);
    QCOMPARE(found->value().entityId, 42);
    QCOMPARE(found->value().responseStatus, 201);
    QCOMPARE(found->value().responseBody, record.responseBody);
    QCOMPARE(found->value().createdAt, record.createdAt);
    QVERIFY(!keys.find(8, u"key-1"_s)->has_value());
    QCOMPARE(keys.remember(record).error().kind, StorageError::Kind::Duplicate);
    QCOMPARE(keys.purgeOlderThan(record.createdAt).value(), 0);
    QCOMPARE(keys.purgeOlderThan(record.createdAt.addSecs(1)).value(), 1);
    QVERIFY(!keys.find(7, u"key-1"_s)->has_value());
}

QTEST_GUILESS_MAIN(TestSyncRepositories)
#include "testsyncrepositories.moc"
