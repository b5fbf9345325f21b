// Migration 5 (SLA targets, pauses, the default calendar and policies) and the repositories
// the SLA engine reads and writes, on the backend named by SD_TEST_BACKEND.
#include "sampledata.h"
#include "storage/calendarrepository.h"
#include "storage/database.h"
#include "storage/messagerepository.h"
#include "storage/organisationrepository.h"
#include "storage/slalookup.h"
#include "storage/slapauserepository.h"
#include "storage/slapolicyrepository.h"
#include "storage/slatargetrepository.h"
#include "storage/statement.h"
#include "storage/ticketrepository.h"
#include "testdatabase.h"

#include <QtTest>

using namespace sd;
using core::Category;
using core::Priority;
using core::SlaTarget;
using core::SlaTargetKind;
using core::SlaTargetState;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

SlaTarget target(SlaTargetKind kind, SlaTargetState state, const char *due)
{
    SlaTarget t;
    t.kind = kind;
    t.state = state;
    t.budgetMinutes = 480;
    t.startedAt = utc("2026-11-25T07:00:00Z");
    t.dueAt = due ? utc(due) : QDateTime();
    t.usedMinutes = 12;
    return t;
}

} // namespace

class TestSlaTargetRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void freshDatabaseHasTheDefaultCalendar();
    void freshDatabaseHasDefaultPolicies_data();
    void freshDatabaseHasDefaultPolicies();
    void schedulerIndexesArePartial();
    void policyFollowsTheContract_data();
    void policyFollowsTheContract();
    void targetsAreReplacedAndRepeatedOnTheTicket();
    void targetsOfSeveralTickets();
    void pausesOpenAndEnd();
    void exchangesArePublicMessagesInOrder();
    void nextOrderPutsPayingCustomersFirst();

private:
    qint64 addOrganisation(const QString &name, core::CustomerKind kind, const QString &level);
    qint64 addTicket(qint64 organisationId, Category category = Category::Question,
                     Priority priority = Priority::Normal);

    testing::TestDatabase m_testDb;
    std::unique_ptr<storage::Database> m_db;
};

void TestSlaTargetRepository::initTestCase()
{
    QVERIFY2(m_testDb.create(), qPrintable(m_testDb.error()));
    m_db = m_testDb.openMigrated();
    QVERIFY2(m_db, qPrintable(m_testDb.error()));
}

void TestSlaTargetRepository::cleanupTestCase()
{
    m_db.reset();
}

qint64 TestSlaTargetRepository::addOrganisation(const QString &name, core::CustomerKind kind,
                                                const QString &level)
{
    core::Organisation organisation;
    organisation.name = testing::uniqueName(name);
    organisation.kind = kind;
    organisation.supportLevel = level;
    organisation.contractNumber = testing::uniqueName(QStringLiteral("C-"));
    const auto created = storage::OrganisationRepository(*m_db).create(organisation);
    return created ? created->id : 0;
}

qint64 TestSlaTargetRepository::addTicket(qint64 organisationId, Category category,
                                          Priority priority)
{
    core::Ticket ticket = testing::sampleTicket(testing::uniqueName(QStringLiteral("Ticket ")));
    ticket.organisationId = organisationId;
    ticket.category = category;
    ticket.priority = priority;
    const auto created = storage::TicketRepository(*m_db).create(ticket, 0);
    return created ? created->id : 0;
}

void TestSlaTargetRepository::freshDatabaseHasTheDefaultCalendar()
{
    const auto calendars = storage::CalendarRepository(*m_db).list();
    SD_VERIFY_OK(calendars);
    QCOMPARE(calendars->size(), 1);
    const core::BusinessCalendar &calendar = calendars->first().calendar;
    QCOMPARE(calendars->first().name, QStringLiteral("Default"));
    QCOMPARE(calendar.timeZone().id(), QByteArray("Europe/Moscow"));
    const core::BusinessCalendar::DayHours workingDay{{8 * 60, 17 * 60}};
    QVERIFY(calendar.hoursOn(QDate(2026, 11, 25), false) == workingDay); // a Wednesday
    QVERIFY(calendar.hoursOn(QDate(2026, 11, 28), false).isEmpty());     // Saturday
    QVERIFY(calendar.hoursOn(QDate(2026, 11, 4), false).isEmpty());      // Unity Day
    QVERIFY(calendar.hoursOn(QDate(2027, 1, 5), false).isEmpty());       // New Year holidays
    const core::BusinessCalendar::DayHours shortened{{8 * 60, 16 * 60}};
    QVERIFY(calendar.hoursOn(QDate(2026, 11, 3), false) == shortened);
}

void TestSlaTargetRepository::freshDatabaseHasDefaultPolicies_data()
{
    QTest::addColumn<Category>("category");
    QTest::addColumn<Priority>("priority");
    QTest::addColumn<int>("firstResponse");
    QTest::addColumn<int>("nextResponse");
    QTest::addColumn<int>("resolution");
    // Seed 000: 8 working hours for a question, 3 working days for a feature suggestion.
    QTest::addRow("question") << Category::Question << Priority::Normal << 480 << 480 << 1620;
    QTest::addRow("feature request")
        << Category::FeatureRequest << Priority::Normal << 1620 << 1620 << 10800;
    QTest::addRow("critical incident")
        << Category::Incident << Priority::Critical << 30 << 30 << 540;
    QTest::addRow("low consultation")
        << Category::Consultation << Priority::Low << 960 << 960 << 3240;
}

void TestSlaTargetRepository::freshDatabaseHasDefaultPolicies()
{
    QFETCH(Category, category);
    QFETCH(Priority, priority);
    QFETCH(int, firstResponse);
    QFETCH(int, nextResponse);
    QFETCH(int, resolution);
    const auto all = storage::SlaPolicyRepository(*m_db).list();
    SD_VERIFY_OK(all);
    QCOMPARE(all->size(), 16);
    const auto found = storage::SlaPolicyRepository(*m_db).match(
        QString(storage::SlaLookup::DefaultLevel), category, priority);
    SD_VERIFY_OK(found);
    QVERIFY(found->has_value());
    const core::SlaPolicy &policy = *found.value();
    QCOMPARE(policy.firstResponseMinutes, firstResponse);
    QCOMPARE(policy.nextResponseMinutes, nextResponse);
    QCOMPARE(policy.resolutionMinutes, resolution);
    QVERIFY(policy.pausingStatuses ==
            QList<core::TicketStatus>{core::TicketStatus::PendingCustomer});
    const auto calendar = storage::CalendarRepository(*m_db).get(policy.calendarId);
    SD_VERIFY_OK(calendar);
    QCOMPARE(calendar->name, QStringLiteral("Default"));
}

void TestSlaTargetRepository::schedulerIndexesArePartial()
{
    const QString sql = m_db->backend() == storage::Backend::Sqlite
                            ? QStringLiteral("SELECT sql FROM sqlite_master WHERE name = ?")
                            : QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname = ?");
    for (const char *name : {"sla_targets_warn_idx", "sla_targets_due_idx"}) {
        storage::Statement index(*m_db, sql);
        QVERIFY(index.bind(QString::fromLatin1(name)).exec());
        QVERIFY2(index.next(), name);
        QVERIFY2(index.text(0).contains(QStringLiteral("running")), qPrintable(index.text(0)));
    }
}

void TestSlaTargetRepository::policyFollowsTheContract_data()
{
    QTest::addColumn<bool>("organisation");
    QTest::addColumn<core::CustomerKind>("kind");
    QTest::addColumn<Category>("category");
    QTest::addColumn<QString>("level");
    QTest::addColumn<int>("firstResponse");
    using core::CustomerKind;
    const QString premium = QStringLiteral("premium");
    const QString fallback = QString(storage::SlaLookup::DefaultLevel);
    QTest::addRow("unknown sender")
        << false << CustomerKind::Paying << Category::Question << fallback << 480;
    QTest::addRow("premium contract")
        << true << CustomerKind::Paying << Category::Question << premium << 45;
    QTest::addRow("premium without a policy for incidents")
        << true << CustomerKind::Paying << Category::Incident << fallback << 240;
    QTest::addRow("prospect") << true << CustomerKind::Prospect << Category::Question << fallback
                              << 480;
}

void TestSlaTargetRepository::policyFollowsTheContract()
{
    QFETCH(bool, organisation);
    QFETCH(core::CustomerKind, kind);
    QFETCH(Category, category);
    QFETCH(QString, level);
    QFETCH(int, firstResponse);
    storage::SlaPolicyRepository policies(*m_db);
    const auto existing =
        policies.match(QStringLiteral("premium"), Category::Question, Priority::Normal);
    SD_VERIFY_OK(existing);
    if (!existing->has_value()) {
        core::SlaPolicy premium;
        premium.supportLevel = QStringLiteral("premium");
        premium.firstResponseMinutes = 45;
        premium.resolutionMinutes = 600;
        SD_VERIFY_OK(policies.create(premium, 0));
    }
    core::Ticket ticket;
    ticket.category = category;
    if (organisation) {
        ticket.organisationId =
            addOrganisation(QStringLiteral("Org "), kind, QStringLiteral("premium"));
        QVERIFY(ticket.organisationId > 0);
    }
    const auto rule = storage::SlaLookup(*m_db).ruleFor(ticket);
    SD_VERIFY_OK(rule);
    QVERIFY(rule->has_value());
    const storage::SlaRule &found = *rule.value();
    QCOMPARE(found.policy.supportLevel, level);
    QCOMPARE(found.policy.firstResponseMinutes, firstResponse);
    SD_COMPARE_ENUM(found.policy.category, category);
    // The default policies count in the Default calendar; the premium one names none.
    QCOMPARE(found.calendarJson.isEmpty(), level == u"premium");
}

void TestSlaTargetRepository::targetsAreReplacedAndRepeatedOnTheTicket()
{
    const qint64 id = addTicket(0);
    QVERIFY(id > 0);
    storage::SlaTargetRepository targets(*m_db);
    SlaTarget first =
        target(SlaTargetKind::FirstResponse, SlaTargetState::Running, "2026-11-26T06:00:00Z");
    first.warnAt = utc("2026-11-25T13:24:00Z");
    SlaTarget resolution =
        target(SlaTargetKind::Resolution, SlaTargetState::Running, "2026-11-30T07:00:00Z");
    SD_VERIFY_OK(targets.replace(id, {first, resolution}, {}));
    auto stored = targets.forTicket(id);
    SD_VERIFY_OK(stored);
    QVERIFY(stored.value() == (QList<SlaTarget>{first, resolution}));
    auto ticket = storage::TicketRepository(*m_db).get(id);
    SD_VERIFY_OK(ticket);
    QCOMPARE(ticket->firstResponseDue, first.dueAt);
    QCOMPARE(ticket->resolutionDue, resolution.dueAt);

    // Met, paused and a next-response cycle; the first-response row is rewritten in place.
    first.state = SlaTargetState::Met;
    first.metAt = utc("2026-11-26T08:00:00Z");
    first.warnAt = QDateTime();
    first.breached = true;
    SlaTarget next = target(SlaTargetKind::NextResponse, SlaTargetState::Paused, nullptr);
    next.cycle = 2;
    next.pausedReason = QStringLiteral("pending_customer");
    resolution.state = SlaTargetState::Paused;
    resolution.dueAt = QDateTime();
    resolution.pausedReason = QStringLiteral("pending_customer");
    SD_VERIFY_OK(targets.replace(id, {first, next, resolution}, stored.value()));
    stored = targets.forTicket(id);
    SD_VERIFY_OK(stored);
    QVERIFY(stored.value() == (QList<SlaTarget>{first, next, resolution}));
    ticket = storage::TicketRepository(*m_db).get(id);
    SD_VERIFY_OK(ticket);
    QCOMPARE(ticket->firstResponseDue, first.dueAt);
    QVERIFY(!ticket->resolutionDue.isValid());

    // A policy without next response drops the row.
    SD_VERIFY_OK(targets.replace(id, {first, resolution}, stored.value()));
    stored = targets.forTicket(id);
    SD_VERIFY_OK(stored);
    QCOMPARE(stored->size(), 2);
    QVERIFY(stored->constLast() == resolution);
}

void TestSlaTargetRepository::targetsOfSeveralTickets()
{
    const qint64 a = addTicket(0);
    const qint64 b = addTicket(0);
    const qint64 none = addTicket(0);
    storage::SlaTargetRepository targets(*m_db);
    const SlaTarget due =
        target(SlaTargetKind::FirstResponse, SlaTargetState::Running, "2026-11-26T06:00:00Z");
    SD_VERIFY_OK(targets.insert(a, {due}));
    SD_VERIFY_OK(targets.insert(b, {due, target(SlaTargetKind::Resolution, SlaTargetState::Breached,
                                                "2026-11-25T09:00:00Z")}));
    const auto found = targets.forTickets({a, b, none});
    SD_VERIFY_OK(found);
    QCOMPARE(found->value(a).size(), 1);
    QCOMPARE(found->value(b).size(), 2);
    QVERIFY(!found->contains(none));
    SD_COMPARE_ENUM(found->value(b).last().state, SlaTargetState::Breached);
}

void TestSlaTargetRepository::pausesOpenAndEnd()
{
    const qint64 id = addTicket(0);
    storage::SlaPauseRepository pauses(*m_db);
    const QString pending = QStringLiteral("pending_customer");
    SD_VERIFY_OK(
        pauses.add(id, {utc("2026-11-25T08:00:00Z"), utc("2026-11-25T09:00:00Z"), pending}));
    SD_VERIFY_OK(pauses.add(id, {utc("2026-11-26T08:00:00Z"), QDateTime(), pending}));
    auto stops = pauses.forTicket(id);
    SD_VERIFY_OK(stops);
    QCOMPARE(stops->size(), 2);
    QVERIFY(!stops->last().to.isValid());
    SD_VERIFY_OK(pauses.end(id, utc("2026-11-26T10:00:00Z")));
    stops = pauses.forTicket(id);
    SD_VERIFY_OK(stops);
    QVERIFY(stops.value() ==
            (QList<core::SlaStop>{
                {utc("2026-11-25T08:00:00Z"), utc("2026-11-25T09:00:00Z"), pending},
                {utc("2026-11-26T08:00:00Z"), utc("2026-11-26T10:00:00Z"), pending}}));
    QVERIFY(pauses.forTicket(addTicket(0))->isEmpty());
}

void TestSlaTargetRepository::exchangesArePublicMessagesInOrder()
{
    const qint64 id = addTicket(0);
    storage::MessageRepository messages(*m_db);
    using core::MessageKind;
    const std::pair<MessageKind, const char *> written[] = {
        {MessageKind::Customer, "2026-11-25T08:00:00Z"},
        {MessageKind::Note, "2026-11-25T08:10:00Z"},
        {MessageKind::Reply, "2026-11-25T08:20:00Z"},
        {MessageKind::System, "2026-11-25T08:25:00Z"},
        {MessageKind::PhoneCall, "2026-11-25T08:30:00Z"},
        {MessageKind::Customer, "2026-11-25T08:40:00Z"},
    };
    for (const auto &[kind, at] : written) {
        core::Message message = testing::sampleMessage(id, kind, QStringLiteral("text"));
        message.createdAt = utc(at);
        SD_VERIFY_OK(messages.append(message));
    }
    const auto exchanges = storage::SlaLookup(*m_db).exchanges(id);
    SD_VERIFY_OK(exchanges);
    QVERIFY(exchanges.value() == (QList<core::SlaExchange>{{utc("2026-11-25T08:00:00Z"), false},
                                                           {utc("2026-11-25T08:20:00Z"), true},
                                                           {utc("2026-11-25T08:30:00Z"), true},
                                                           {utc("2026-11-25T08:40:00Z"), false}}));
}

// Seed 004: current customers before prospects; within each, the nearest due first.
void TestSlaTargetRepository::nextOrderPutsPayingCustomersFirst()
{
    const qint64 paying = addOrganisation(QStringLiteral("Paying "), core::CustomerKind::Paying,
                                          QStringLiteral("standard"));
    const qint64 prospect = addOrganisation(QStringLiteral("Prospect "),
                                            core::CustomerKind::Prospect, QStringLiteral("basic"));
    const qint64 prospectSoon = addTicket(prospect);
    const qint64 payingLate = addTicket(paying);
    const qint64 payingSoon = addTicket(paying);
    const qint64 payingPaused = addTicket(paying);
    const qint64 unknownSoonest = addTicket(0);
    storage::SlaTargetRepository targets(*m_db);
    const auto due = [](const char *at) {
        return target(SlaTargetKind::Resolution, SlaTargetState::Running, at);
    };
    SD_VERIFY_OK(targets.insert(prospectSoon, {due("2026-11-25T08:00:00Z")}));
    SD_VERIFY_OK(targets.insert(payingLate, {due("2026-11-27T08:00:00Z")}));
    SD_VERIFY_OK(targets.insert(payingSoon, {due("2026-11-26T08:00:00Z")}));
    SD_VERIFY_OK(targets.insert(
        payingPaused, {target(SlaTargetKind::Resolution, SlaTargetState::Paused, nullptr)}));
    SD_VERIFY_OK(targets.insert(unknownSoonest, {due("2026-11-24T08:00:00Z")}));
    storage::TicketFilter filter;
    filter.order = storage::TicketFilter::Order::Next;
    filter.statuses = {core::TicketStatus::New};
    filter.limit = 3;
    QList<qint64> order;
    for (int page = 0; page < 3; ++page) {
        const auto found = storage::TicketRepository(*m_db).list(filter);
        SD_VERIFY_OK(found);
        for (const core::Ticket &ticket : found->items)
            if (QList<qint64>{prospectSoon, payingLate, payingSoon, payingPaused, unknownSoonest}
                    .contains(ticket.id))
                order.append(ticket.id);
        if (found->nextAfter == 0)
            break;
        filter.after = found->nextAfter;
    }
    QCOMPARE(order,
             (QList<qint64>{payingSoon, payingLate, payingPaused, unknownSoonest, prospectSoon}));
}

QTEST_GUILESS_MAIN(TestSlaTargetRepository)
#include "testslatargetrepository.moc"
