// TicketRepository on the backend named by SD_TEST_BACKEND.
#include "sampledata.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/messagerepository.h"
#include "storage/organisationrepository.h"
#include "storage/queuerepository.h"
#include "storage/ticketrepository.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"
#include "testdatabase.h"

#include <QRegularExpression>
#include <QtTest>

using namespace sd;
using storage::StorageError;
using storage::TicketFilter;
using storage::TicketUpdate;

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createAndRead();
    void numbersCountPerYear_data();
    void numbersCountPerYear();
    void reservedNumbersSkipFailuresButNeverRepeat();
    void updateChecksVersion();
    void updateWithoutChangesKeepsVersion();
    void firstResponseIsRecordedOnce();
    void listFilters_data();
    void listFilters();
    void listPagesWithCursor();
    void countIsCapped();
    void slaDueFilter_data();
    void slaDueFilter();
    void listTextFilterRespectsInternalNotes();
    void listTextFilterPagesWithCursor();
    void mergeMovesMessages();
    void mergeRefusals();
    void links();

private:
    qint64 newOrganisation();
    core::Ticket create(core::Ticket ticket);

    testing::TestDatabase m_testDb;
    std::unique_ptr<storage::Database> m_db;
};

void TestRepositories::initTestCase()
{
    QVERIFY2(m_testDb.create(), qPrintable(m_testDb.error()));
    m_db = m_testDb.openMigrated();
    QVERIFY2(m_db, qPrintable(m_testDb.error()));
}

void TestRepositories::cleanupTestCase()
{
    m_db.reset();
}

qint64 TestRepositories::newOrganisation()
{
    core::Organisation organisation;
    organisation.name = testing::uniqueName(QStringLiteral("Org "));
    const auto created = storage::OrganisationRepository(*m_db).create(organisation);
    return created ? created->id : 0;
}

core::Ticket TestRepositories::create(core::Ticket ticket)
{
    const auto created = storage::TicketRepository(*m_db).create(ticket, 0);
    if (!created)
        qWarning("create failed: %s", qPrintable(created.error().message));
    return created ? created.value() : core::Ticket();
}

void TestRepositories::createAndRead()
{
    storage::TicketRepository tickets(*m_db);
    core::Ticket input = testing::sampleTicket(QStringLiteral("Не печатается счёт"));
    input.organisationId = newOrganisation();
    input.tags = {QStringLiteral(" printing "), QStringLiteral("Billing"),
                  QStringLiteral("printing")};
    input.customFields = {{QStringLiteral("branch"), QStringLiteral("Казань")}};
    input.resolutionDue = QDateTime(QDate(2026, 3, 2), QTime(14, 5, 6, 789), Qt::UTC);
    const auto created = tickets.create(input, 0);
    SD_VERIFY_OK(created);
    QVERIFY(created->id > 0);
    QVERIFY2(
        QRegularExpression(QStringLiteral("^SD-\\d{4}-\\d{6}$")).match(created->number).hasMatch(),
        qPrintable(created->number));
    QCOMPARE(created->version, 1);
    QVERIFY(created->createdAt.isValid());

    const auto read = tickets.get(created->id);
    SD_VERIFY_OK(read);
    QCOMPARE(read->subject, input.subject);
    QCOMPARE(read->description, input.description);
    SD_COMPARE_ENUM(read->category, input.category);
    SD_COMPARE_ENUM(read->priority, input.priority);
    SD_COMPARE_ENUM(read->channel, input.channel);
    QCOMPARE(read->requesterName, input.requesterName);
    QCOMPARE(read->productVersion, input.productVersion);
    QCOMPARE(read->stepsToReproduce, input.stepsToReproduce);
    QCOMPARE(read->affectedUsers, input.affectedUsers);
    QCOMPARE(read->organisationId, input.organisationId);
    QCOMPARE(read->queueId, 0);
    QCOMPARE(read->resolutionDue, input.resolutionDue);
    QVERIFY(!read->firstResponseAt.isValid());
    QCOMPARE(read->tags, QStringList({QStringLiteral("Billing"), QStringLiteral("printing")}));
    QCOMPARE(read->customFields, input.customFields);

    const QString unpadded = created->number.section(u'-', 0, 1) + u'-' +
                             QString::number(created->number.section(u'-', 2).toInt());
    const auto byNumber = tickets.getByNumber(unpadded.toLower());
    SD_VERIFY_OK(byNumber);
    QCOMPARE(byNumber->id, created->id);
    QCOMPARE(tickets.getByNumber(QStringLiteral("SD-1999-000001")).error().kind,
             StorageError::Kind::NotFound);
    QCOMPARE(tickets.get(created->id + 100000).error().kind, StorageError::Kind::NotFound);

    const auto audit =
        storage::AuditRepository(*m_db).forEntity(storage::EntityType::Ticket, created->id);
    SD_VERIFY_OK(audit);
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->constFirst().action, QStringLiteral("create"));
    QCOMPARE(audit->constFirst().newValue, created->number);
}

void TestRepositories::numbersCountPerYear_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QList<int>>("years");
    QTest::addColumn<QStringList>("numbers");
    QTest::addRow("one year") << QStringLiteral("SD") << QList<int>{2031, 2031}
                              << QStringList{QStringLiteral("SD-2031-000001"),
                                             QStringLiteral("SD-2031-000002")};
    QTest::addRow("restart each year")
        << QStringLiteral("HD") << QList<int>{2032, 2033, 2032}
        << QStringList{QStringLiteral("HD-2032-000001"), QStringLiteral("HD-2033-000001"),
                       QStringLiteral("HD-2032-000002")};
}

void TestRepositories::numbersCountPerYear()
{
    QFETCH(QString, prefix);
    QFETCH(QList<int>, years);
    QFETCH(QStringList, numbers);
    storage::TicketRepository tickets(*m_db, prefix, QTimeZone::utc());
    for (qsizetype i = 0; i < years.size(); ++i) {
        core::Ticket ticket = testing::sampleTicket(QStringLiteral("Year %1").arg(years.at(i)));
        ticket.createdAt = QDateTime(QDate(years.at(i), 6, 1), QTime(12, 0), Qt::UTC);
        const auto created = tickets.create(ticket, 0);
        SD_VERIFY_OK(created);
        QCOMPARE(created->number, numbers.at(i));
        QCOMPARE(created->createdAt, ticket.createdAt);
    }
}

void TestRepositories::reservedNumbersSkipFailuresButNeverRepeat()
{
    storage::TicketRepository tickets(*m_db, QStringLiteral("RV"), QTimeZone::utc());
    const QDateTime at(QDate(2034, 3, 1), QTime(9, 0), Qt::UTC);
    const auto lost = tickets.reserveNumber(at);
    SD_VERIFY_OK(lost);
    QCOMPARE(lost.value(), QStringLiteral("RV-2034-000001"));
    {
        // A creation that fails after reserving: its number is not handed out again.
        storage::Transaction tx(*m_db);
        QVERIFY(tx);
        core::Ticket ticket = testing::sampleTicket(QStringLiteral("Rolled back"));
        ticket.createdAt = at;
        SD_VERIFY_OK(tickets.create(ticket, 0, lost.value()));
        tx.rollback();
    }
    QCOMPARE(tickets.getByNumber(lost.value()).error().kind, StorageError::Kind::NotFound);
    const auto kept = tickets.reserveNumber(at);
    SD_VERIFY_OK(kept);
    QCOMPARE(kept.value(), QStringLiteral("RV-2034-000002"));
    core::Ticket ticket = testing::sampleTicket(QStringLiteral("Kept"));
    ticket.createdAt = at;
    const auto created = tickets.create(ticket, 0, kept.value());
    SD_VERIFY_OK(created);
    QCOMPARE(created->number, kept.value());
    const auto next = tickets.create(ticket, 0);
    SD_VERIFY_OK(next);
    QCOMPARE(next->number, QStringLiteral("RV-2034-000003"));
}

void TestRepositories::updateChecksVersion()
{
    storage::TicketRepository tickets(*m_db);
    const core::Ticket original = create(testing::sampleTicket(QStringLiteral("Version test")));
    QVERIFY(original.id > 0);
    const auto support = storage::QueueRepository(*m_db).findByName(QStringLiteral("Support"));
    SD_VERIFY_OK(support);

    core::Ticket edited = original;
    edited.status = core::TicketStatus::Open;
    edited.priority = core::Priority::Critical;
    edited.queueId = support->id;
    edited.tags = {QStringLiteral("vip")};
    const auto updated = tickets.update(edited, original.version, 0);
    SD_VERIFY_OK(updated);
    QCOMPARE(updated->outcome, TicketUpdate::Outcome::Updated);
    QCOMPARE(updated->ticket.version, original.version + 1);
    SD_COMPARE_ENUM(updated->ticket.status, core::TicketStatus::Open);
    QCOMPARE(updated->ticket.queueId, support->id);
    QCOMPARE(updated->ticket.tags, QStringList{QStringLiteral("vip")});
    QCOMPARE(storage::TicketChanges::names(updated->changes),
             QStringList({QStringLiteral("status"), QStringLiteral("priority"),
                          QStringLiteral("queue_id"), QStringLiteral("tags")}));

    storage::AuditRepository audit(*m_db);
    const auto events = audit.forEntity(storage::EntityType::Ticket, original.id);
    SD_VERIFY_OK(events);
    QCOMPARE(events->size(), 5); // create + one per changed field
    QCOMPARE(events->at(1).field, QStringLiteral("status"));
    QCOMPARE(events->at(1).oldValue, QStringLiteral("new"));
    QCOMPARE(events->at(1).newValue, QStringLiteral("open"));
    QCOMPARE(events->at(3).newValue, QString::number(support->id));

    core::Ticket stale = original;
    stale.subject = QStringLiteral("Someone else's edit");
    const auto conflict = tickets.update(stale, original.version, 0);
    SD_VERIFY_OK(conflict);
    QCOMPARE(conflict->outcome, TicketUpdate::Outcome::Conflict);
    QCOMPARE(conflict->ticket.version, original.version + 1);
    SD_COMPARE_ENUM(conflict->ticket.priority, core::Priority::Critical);
    const auto after = tickets.get(original.id);
    SD_VERIFY_OK(after);
    QCOMPARE(after->subject, original.subject);
    QCOMPARE(audit.forEntity(storage::EntityType::Ticket, original.id)->size(), 5);
    QCOMPARE(tickets.update(edited, 1, 0).value().outcome, TicketUpdate::Outcome::Conflict);
    core::Ticket missing = original;
    missing.id = original.id + 100000;
    QCOMPARE(tickets.update(missing, 1, 0).error().kind, StorageError::Kind::NotFound);
}

void TestRepositories::updateWithoutChangesKeepsVersion()
{
    storage::TicketRepository tickets(*m_db);
    const core::Ticket original = create(testing::sampleTicket(QStringLiteral("Unchanged")));
    const auto same = tickets.update(original, original.version, 0);
    SD_VERIFY_OK(same);
    QCOMPARE(same->outcome, TicketUpdate::Outcome::Unchanged);
    QCOMPARE(same->ticket.version, original.version);
}

void TestRepositories::firstResponseIsRecordedOnce()
{
    storage::TicketRepository tickets(*m_db);
    const core::Ticket original = create(testing::sampleTicket(QStringLiteral("First reply")));
    const QDateTime first(QDate(2026, 1, 12), QTime(9, 30), Qt::UTC);
    const auto recorded = tickets.recordFirstResponse(original.id, first, 0);
    SD_VERIFY_OK(recorded);
    QCOMPARE(recorded->firstResponseAt, first);
    QCOMPARE(recorded->version, original.version + 1);
    const auto again = tickets.recordFirstResponse(original.id, first.addSecs(3600), 0);
    SD_VERIFY_OK(again);
    QCOMPARE(again->firstResponseAt, first);
    QCOMPARE(again->version, original.version + 1);
}

void TestRepositories::listFilters_data()
{
    QTest::addColumn<QList<core::TicketStatus>>("statuses");
    QTest::addColumn<int>("queue");    // -1: no filter, 0: none, 1: Support, 2: Development
    QTest::addColumn<int>("assignee"); // -1: no filter, 0: unassigned, 1: the agent
    QTest::addColumn<QStringList>("expected");
    using S = core::TicketStatus;
    QTest::addRow("everything") << QList<S>{} << -1 << -1
                                << QStringList{QStringLiteral("d"), QStringLiteral("c"),
                                               QStringLiteral("b"), QStringLiteral("a")};
    QTest::addRow("status open") << QList<S>{S::Open} << -1 << -1
                                 << QStringList{QStringLiteral("c"), QStringLiteral("a")};
    QTest::addRow("two statuses") << QList<S>{S::New, S::InDevelopment} << -1 << -1
                                  << QStringList{QStringLiteral("d"), QStringLiteral("b")};
    QTest::addRow("queue Support")
        << QList<S>{} << 1 << -1 << QStringList{QStringLiteral("c"), QStringLiteral("a")};
    QTest::addRow("no queue") << QList<S>{} << 0 << -1 << QStringList{QStringLiteral("d")};
    QTest::addRow("assigned") << QList<S>{} << -1 << 1 << QStringList{QStringLiteral("a")};
    QTest::addRow("unassigned open")
        << QList<S>{S::Open} << -1 << 0 << QStringList{QStringLiteral("c")};
}

void TestRepositories::listFilters()
{
    QFETCH(QList<core::TicketStatus>, statuses);
    QFETCH(int, queue);
    QFETCH(int, assignee);
    QFETCH(QStringList, expected);
    storage::QueueRepository queues(*m_db);
    const qint64 support = queues.findByName(QStringLiteral("Support"))->id;
    const qint64 development = queues.findByName(QStringLiteral("Development"))->id;
    const qint64 organisation = newOrganisation();
    core::User agent;
    agent.login = testing::uniqueName(QStringLiteral("agent"));
    agent.role = core::UserRole::Agent;
    const auto agentId = storage::UserRepository(*m_db).create(agent, QString());
    SD_VERIFY_OK(agentId);
    const struct
    {
        const char16_t *subject;
        core::TicketStatus status;
        qint64 queue;
        qint64 assignee;
    } rows[] = {{u"a", core::TicketStatus::Open, support, agentId->id},
                {u"b", core::TicketStatus::InDevelopment, development, 0},
                {u"c", core::TicketStatus::Open, support, 0},
                {u"d", core::TicketStatus::New, 0, 0}};
    for (const auto &row : rows) {
        core::Ticket ticket = testing::sampleTicket(QString::fromUtf16(row.subject));
        ticket.status = row.status;
        ticket.queueId = row.queue;
        ticket.assigneeId = row.assignee;
        ticket.organisationId = organisation;
        QVERIFY(create(ticket).id > 0);
    }
    TicketFilter filter;
    filter.organisationId = organisation;
    filter.statuses = statuses;
    const QList<qint64> queueIds{0, support, development};
    if (queue >= 0)
        filter.queueId = queueIds.at(queue);
    if (assignee >= 0)
        filter.assigneeId = assignee == 0 ? 0 : agentId->id;
    const auto page = storage::TicketRepository(*m_db).list(filter);
    SD_VERIFY_OK(page);
    QStringList subjects;
    for (const core::Ticket &ticket : page->items)
        subjects.append(ticket.subject);
    QCOMPARE(subjects, expected);
    QCOMPARE(page->nextAfter, 0);
    const auto counted = storage::TicketRepository(*m_db).count(filter);
    SD_VERIFY_OK(counted);
    QCOMPARE(counted->count, expected.size());
    QVERIFY(!counted->capped);
}

void TestRepositories::listPagesWithCursor()
{
    const qint64 organisation = newOrganisation();
    QList<qint64> created;
    for (int i = 0; i < 7; ++i) {
        core::Ticket ticket = testing::sampleTicket(QStringLiteral("Page %1").arg(i));
        ticket.organisationId = organisation;
        created.prepend(create(ticket).id);
    }
    storage::TicketRepository tickets(*m_db);
    TicketFilter filter;
    filter.organisationId = organisation;
    filter.limit = 3;
    QList<qint64> seen;
    QList<qsizetype> pageSizes;
    do {
        const auto page = tickets.list(filter);
        SD_VERIFY_OK(page);
        pageSizes.append(page->items.size());
        for (const core::Ticket &ticket : page->items)
            seen.append(ticket.id);
        filter.after = page->nextAfter;
    } while (filter.after != 0 && pageSizes.size() < 10);
    QCOMPARE(pageSizes, (QList<qsizetype>{3, 3, 1}));
    QCOMPARE(seen, created);
}

void TestRepositories::countIsCapped()
{
    const qint64 organisation = newOrganisation();
    for (int i = 0; i < 3; ++i) {
        core::Ticket ticket = testing::sampleTicket(QStringLiteral("Counted %1").arg(i));
        ticket.organisationId = organisation;
        QVERIFY(create(ticket).id > 0);
    }
    storage::TicketRepository tickets(*m_db);
    TicketFilter filter;
    filter.organisationId = organisation;
    for (const auto &[cap, count, capped] :
         {std::tuple{2, 2, true}, {3, 3, false}, {50, 3, false}}) {
        const auto counted = tickets.count(filter, cap);
        SD_VERIFY_OK(counted);
        QCOMPARE(counted->count, count);
        QCOMPARE(counted->capped, capped);
    }
    filter.text = QStringLiteral("Counted");
    const auto byText = tickets.count(filter, 2);
    SD_VERIFY_OK(byText);
    QCOMPARE(byText->count, 2);
    QVERIFY(byText->capped);
}

void TestRepositories::slaDueFilter_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("firstResponseDueMinutes"); // from now; 0: none
    QTest::addColumn<bool>("answered");
    QTest::addColumn<int>("resolutionDueMinutes"); // from now; 0: none
    QTest::addColumn<bool>("listed");              // due within four hours or overdue
    QTest::addRow("first response due soon") << "new" << 60 << false << 0 << true;
    QTest::addRow("first response overdue") << "open" << -30 << false << 0 << true;
    QTest::addRow("first response far") << "new" << 600 << false << 0 << false;
    // Counted once although both deadlines are near.
    QTest::addRow("both deadlines soon") << "new" << 60 << false << 100 << true;
    QTest::addRow("first response far, resolution overdue")
        << "open" << 600 << false << -10 << true;
    QTest::addRow("answered, resolution far") << "open" << 60 << true << 3000 << false;
    QTest::addRow("answered, resolution soon") << "open" << -600 << true << 200 << true;
    QTest::addRow("in development, resolution soon")
        << "in_development" << 0 << true << 100 << true;
    QTest::addRow("waiting for the customer") << "pending_customer" << 10 << false << 20 << false;
    QTest::addRow("resolved") << "resolved" << 10 << true << 20 << false;
    QTest::addRow("no deadlines") << "new" << 0 << false << 0 << false;
}

void TestRepositories::slaDueFilter()
{
    QFETCH(QString, status);
    QFETCH(int, firstResponseDueMinutes);
    QFETCH(bool, answered);
    QFETCH(int, resolutionDueMinutes);
    QFETCH(bool, listed);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto at = [&](int minutes) {
        return minutes == 0 ? QDateTime() : now.addSecs(minutes * 60);
    };
    core::Ticket ticket = testing::sampleTicket(QStringLiteral("Deadline"));
    ticket.organisationId = newOrganisation();
    ticket.status = core::fromString<core::TicketStatus>(status).value();
    ticket.firstResponseDue = at(firstResponseDueMinutes);
    ticket.firstResponseAt = answered ? now.addSecs(-3600) : QDateTime();
    ticket.resolutionDue = at(resolutionDueMinutes);
    const qint64 id = create(ticket).id;
    QVERIFY(id > 0);
    TicketFilter filter;
    filter.organisationId = ticket.organisationId;
    filter.slaDueBefore = now.addSecs(4 * 3600);
    const auto page = storage::TicketRepository(*m_db).list(filter);
    SD_VERIFY_OK(page);
    QCOMPARE(page->items.size(), listed ? 1 : 0);
    const auto counted = storage::TicketRepository(*m_db).count(filter);
    SD_VERIFY_OK(counted);
    QCOMPARE(counted->count, listed ? 1 : 0);
}

void TestRepositories::listTextFilterRespectsInternalNotes()
{
    const qint64 organisation = newOrganisation();
    core::Ticket ticket = testing::sampleTicket(QStringLiteral("Ошибка выгрузки"));
    ticket.organisationId = organisation;
    const core::Ticket stored = create(ticket);
    storage::MessageRepository messages(*m_db);
    SD_VERIFY_OK(messages.append(testing::sampleMessage(stored.id, core::MessageKind::Customer,
                                                        QStringLiteral("Не формируются отчёты"))));
    SD_VERIFY_OK(messages.append(testing::sampleMessage(
        stored.id, core::MessageKind::Note, QStringLiteral("Похоже на дедлок в планировщике"))));

    storage::TicketRepository tickets(*m_db);
    TicketFilter filter;
    filter.organisationId = organisation;
    for (const QString &text :
         {QStringLiteral("отчёт"), QStringLiteral("выгрузка"), QStringLiteral("планировщик")}) {
        filter.text = text;
        const auto page = tickets.list(filter);
        SD_VERIFY_OK(page);
        QVERIFY2(page->items.size() == 1, qPrintable(text));
    }
    filter.includeInternal = false;
    QCOMPARE(tickets.list(filter)->items.size(), 0);
    filter.text = QStringLiteral("отчёт");
    QCOMPARE(tickets.list(filter)->items.size(), 1);
    filter.text = QStringLiteral("отчёт несуществующееслово");
    QCOMPARE(tickets.list(filter)->items.size(), 0);
}

void TestRepositories::listTextFilterPagesWithCursor()
{
    // Matches by subject and by message interleave, and one ticket matches both ways.
    const qint64 organisation = newOrganisation();
    storage::MessageRepository messages(*m_db);
    QList<qint64> expected;
    for (int i = 0; i < 9; ++i) {
        const bool bySubject = i % 3 != 1;
        core::Ticket ticket = testing::sampleTicket(bySubject ? QStringLiteral("Лицензия %1").arg(i)
                                                              : QStringLiteral("Вопрос %1").arg(i));
        ticket.description = QStringLiteral("Обычный текст");
        ticket.organisationId = organisation;
        const core::Ticket stored = create(ticket);
        const QString text = i % 3 == 2 ? QStringLiteral("Нет текста про это")
                                        : QStringLiteral("Продлите лицензии, пожалуйста");
        SD_VERIFY_OK(
            messages.append(testing::sampleMessage(stored.id, core::MessageKind::Customer, text)));
        if (i == 5) {
            // Renamed, so neither its subject nor its message matches any more.
            core::Ticket renamed = stored;
            renamed.subject = QStringLiteral("Другое");
            SD_VERIFY_OK(storage::TicketRepository(*m_db).update(renamed, stored.version, 0));
        } else {
            expected.prepend(stored.id);
        }
    }
    storage::TicketRepository tickets(*m_db);
    TicketFilter filter;
    filter.organisationId = organisation;
    filter.text = QStringLiteral("лицензию");
    filter.limit = 3;
    QList<qint64> seen;
    for (int pages = 0; pages < 10; ++pages) {
        const auto page = tickets.list(filter);
        SD_VERIFY_OK(page);
        QVERIFY(page->items.size() <= 3);
        for (const core::Ticket &ticket : page->items)
            seen.append(ticket.id);
        filter.after = page->nextAfter;
        if (filter.after == 0)
            break;
    }
    QCOMPARE(seen, expected);
}

void TestRepositories::mergeMovesMessages()
{
    storage::TicketRepository tickets(*m_db);
    storage::MessageRepository messages(*m_db);
    const core::Ticket source = create(testing::sampleTicket(QStringLiteral("Duplicate")));
    const core::Ticket target = create(testing::sampleTicket(QStringLiteral("Original")));
    for (const core::Ticket &ticket : {source, source, target}) {
        SD_VERIFY_OK(messages.append(
            testing::sampleMessage(ticket.id, core::MessageKind::Customer,
                                   ticket.id == source.id ? QStringLiteral("Перенесённое сообщение")
                                                          : QStringLiteral("Сообщение"))));
    }
    const auto merged = tickets.merge(source.id, target.id, 0);
    SD_VERIFY_OK(merged);
    QCOMPARE(merged->movedMessages, 2);
    QCOMPARE(merged->merged.mergedIntoId, target.id);
    SD_COMPARE_ENUM(merged->merged.status, core::TicketStatus::Closed);
    SD_COMPARE_ENUM(merged->merged.resolution, core::Resolution::Duplicate);
    QCOMPARE(merged->merged.version, source.version + 1);
    QCOMPARE(merged->target.version, target.version);
    QCOMPARE(messages.forTicket(source.id)->size(), 0);
    QCOMPARE(messages.forTicket(target.id)->size(), 3);
    TicketFilter byText;
    byText.text = QStringLiteral("перенесённое");
    const auto found = tickets.list(byText);
    SD_VERIFY_OK(found);
    QCOMPARE(found->items.size(), 1);
    QCOMPARE(found->items.constFirst().id, target.id);

    const auto links = tickets.links(target.id);
    SD_VERIFY_OK(links);
    QCOMPARE(links->size(), 1);
    QCOMPARE(links->constFirst().fromTicketId, source.id);
    SD_COMPARE_ENUM(links->constFirst().kind, core::TicketLinkKind::DuplicateOf);

    const auto audit =
        storage::AuditRepository(*m_db).forEntity(storage::EntityType::Ticket, source.id);
    SD_VERIFY_OK(audit);
    QStringList mergeFields;
    for (const storage::AuditEvent &event : audit.value()) {
        if (event.action == u"merge")
            mergeFields.append(event.field);
    }
    QVERIFY2(mergeFields.contains(QStringLiteral("merged_into_id")) &&
                 mergeFields.contains(QStringLiteral("status")) &&
                 mergeFields.contains(QStringLiteral("resolution")),
             qPrintable(mergeFields.join(u", ")));
}

void TestRepositories::mergeRefusals()
{
    storage::TicketRepository tickets(*m_db);
    const core::Ticket a = create(testing::sampleTicket(QStringLiteral("A")));
    const core::Ticket b = create(testing::sampleTicket(QStringLiteral("B")));
    const core::Ticket c = create(testing::sampleTicket(QStringLiteral("C")));
    QCOMPARE(tickets.merge(a.id, a.id, 0).error().kind, StorageError::Kind::Invalid);
    QCOMPARE(tickets.merge(a.id, a.id + 100000, 0).error().kind, StorageError::Kind::NotFound);
    SD_VERIFY_OK(tickets.merge(a.id, b.id, 0));
    QCOMPARE(tickets.merge(a.id, c.id, 0).error().kind, StorageError::Kind::Conflict);
    QCOMPARE(tickets.merge(c.id, a.id, 0).error().kind, StorageError::Kind::Invalid);
    QCOMPARE(tickets.get(c.id)->mergedIntoId, 0);
}

void TestRepositories::links()
{
    storage::TicketRepository tickets(*m_db);
    const core::Ticket parent = create(testing::sampleTicket(QStringLiteral("Parent")));
    const core::Ticket child = create(testing::sampleTicket(QStringLiteral("Child")));
    const auto link = tickets.link(parent.id, child.id, core::TicketLinkKind::ParentOf, 0);
    SD_VERIFY_OK(link);
    QVERIFY(link->id > 0);
    const auto fromChild = tickets.links(child.id);
    SD_VERIFY_OK(fromChild);
    QCOMPARE(fromChild->size(), 1);
    QCOMPARE(fromChild->constFirst().fromTicketId, parent.id);
    SD_COMPARE_ENUM(fromChild->constFirst().kind, core::TicketLinkKind::ParentOf);

    QCOMPARE(tickets.link(parent.id, child.id, core::TicketLinkKind::ParentOf, 0).error().kind,
             StorageError::Kind::Duplicate);
    SD_VERIFY_OK(tickets.link(parent.id, child.id, core::TicketLinkKind::RelatedTo, 0));
    QCOMPARE(tickets.link(parent.id, parent.id, core::TicketLinkKind::RelatedTo, 0).error().kind,
             StorageError::Kind::Invalid);
    QCOMPARE(
        tickets.link(parent.id, child.id + 100000, core::TicketLinkKind::RelatedTo, 0).error().kind,
        StorageError::Kind::NotFound);
    SD_VERIFY_OK(tickets.unlink(link->id, 0));
    QCOMPARE(tickets.links(child.id)->size(), 1);
    QCOMPARE(tickets.unlink(link->id, 0).error().kind, StorageError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "testrepositories.moc"
