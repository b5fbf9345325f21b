// Business calendars and SLA policies on the backend named by SD_TEST_BACKEND.
#include "sampledata.h"
#include "sourcetree.h"
#include "storage/auditrepository.h"
#include "storage/calendarrepository.h"
#include "storage/changefeedrepository.h"
#include "storage/database.h"
#include "storage/slapolicyrepository.h"
#include "storage/userrepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QtTest>

using namespace sd;
using core::Category;
using core::Priority;
using core::TicketStatus;
using storage::StorageError;

namespace {

core::BusinessCalendar calendarFile(const QString &relative)
{
    QFile file(testing::sourcePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(relative));
    QString error;
    const auto calendar = core::BusinessCalendar::fromJson(file.readAll(), &error);
    if (!calendar)
        qFatal("calendar %s refused: %s", qPrintable(relative), qPrintable(error));
    return *calendar;
}

core::SlaPolicy policy(const QString &level, Category category, Priority priority)
{
    core::SlaPolicy p;
    p.supportLevel = level;
    p.category = category;
    p.priority = priority;
    p.firstResponseMinutes = 60;
    p.resolutionMinutes = 480;
    return p;
}

} // namespace

class TestSlaConfigRepositories : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void calendarRoundTrip();
    void calendarRefusals();
    void calendarInUseCannotBeRemoved();
    void policyRoundTrip();
    void policiesAreUniquePerLevelCategoryPriority();
    void policyRefusals_data();
    void policyRefusals();
    void policyListOrder();
    void match_data();
    void match();
    void writesAreAuditedAndFed();

private:
    testing::TestDatabase m_testDb;
    std::unique_ptr<storage::Database> m_db;
    qint64 m_actor = 0; // an admin, the author of every write
    core::BusinessCalendar m_duty =
        calendarFile(QStringLiteral("resources/calendars/vetmanager-09-20-duty.json"));
    core::BusinessCalendar m_lunch =
        calendarFile(QStringLiteral("tests/data/calendars/lunch-break.json"));
};

void TestSlaConfigRepositories::initTestCase()
{
    QVERIFY2(m_testDb.create(), qPrintable(m_testDb.error()));
    m_db = m_testDb.openMigrated();
    QVERIFY2(m_db, qPrintable(m_testDb.error()));
    core::User admin;
    admin.login = QStringLiteral("sla-admin");
    admin.role = core::UserRole::Admin;
    const auto created = storage::UserRepository(*m_db).create(admin, QString());
    SD_VERIFY_OK(created);
    m_actor = created->id;
    // What match() looks among; no other test uses this level.
    storage::SlaPolicyRepository policies(*m_db);
    for (const auto &[category, priority, minutes] :
         {std::tuple(Category::Incident, Priority::High, 240),
          std::tuple(Category::Incident, Priority::Critical, 60),
          std::tuple(Category::FeatureRequest, Priority::High, 4320)}) {
        core::SlaPolicy input = policy(u"standard-m"_qs, category, priority);
        input.resolutionMinutes = minutes;
        SD_VERIFY_OK(policies.create(input, m_actor));
    }
}

void TestSlaConfigRepositories::cleanupTestCase()
{
    m_db.reset();
}

void TestSlaConfigRepositories::calendarRoundTrip()
{
    storage::CalendarRepository calendars(*m_db);
    const QString name = testing::uniqueName(QStringLiteral("Vetmanager "));
    const auto created = calendars.create(u' ' + name + u' ', m_duty, m_actor);
    SD_VERIFY_OK(created);
    QVERIFY(created->id > 0);
    QCOMPARE(created->name, name);
    QVERIFY(created->updatedAt.isValid());

    // The definition (note, holidays, shortened days, duty) survives the JSON column.
    const auto read = calendars.get(created->id);
    SD_VERIFY_OK(read);
    QCOMPARE(read->name, name);
    QVERIFY(read->calendar == m_duty);
    QCOMPARE(read->calendar.note(), m_duty.note());
    QCOMPARE(read->updatedAt, created->updatedAt);
    bool listed = false;
    for (const storage::StoredCalendar &stored : calendars.list().value())
        listed = listed || (stored.id == created->id && stored.calendar == m_duty);
    QVERIFY(listed);

    const QString renamed = testing::uniqueName(QStringLiteral("Lunch "));
    SD_VERIFY_OK(calendars.update(created->id, renamed, m_lunch, m_actor));
    const auto changed = calendars.get(created->id);
    SD_VERIFY_OK(changed);
    QCOMPARE(changed->name, renamed);
    QVERIFY(changed->calendar == m_lunch);
    QVERIFY(!(changed->calendar == m_duty));
    QVERIFY(changed->updatedAt >= created->updatedAt);
}

void TestSlaConfigRepositories::calendarRefusals()
{
    storage::CalendarRepository calendars(*m_db);
    const QString name = testing::uniqueName(QStringLiteral("Taken "));
    const auto first = calendars.create(name, m_lunch, m_actor);
    SD_VERIFY_OK(first);
    const auto second =
        calendars.create(testing::uniqueName(QStringLiteral("Free ")), m_lunch, m_actor);
    SD_VERIFY_OK(second);
    const auto again = calendars.create(name, m_duty, m_actor);
    QCOMPARE(again.error().kind, StorageError::Kind::Duplicate);
    QVERIFY2(again.error().message.contains(name), qPrintable(again.error().message));
    QCOMPARE(calendars.update(second->id, name, m_lunch, m_actor).error().kind,
             StorageError::Kind::Duplicate);
    QCOMPARE(calendars.create(QStringLiteral("  "), m_lunch, m_actor).error().kind,
             StorageError::Kind::Invalid);
    const qint64 missing = second->id + 1000;
    QCOMPARE(calendars.get(missing).error().kind, StorageError::Kind::NotFound);
    QCOMPARE(calendars.update(missing, QStringLiteral("Nowhere"), m_lunch, m_actor).error().kind,
             StorageError::Kind::NotFound);
    QCOMPARE(calendars.remove(missing, m_actor).error().kind, StorageError::Kind::NotFound);
    // The refused writes left both calendars as they were.
    QCOMPARE(calendars.get(second->id)->name, second->name);
}

void TestSlaConfigRepositories::calendarInUseCannotBeRemoved()
{
    storage::CalendarRepository calendars(*m_db);
    storage::SlaPolicyRepository policies(*m_db);
    const auto calendar =
        calendars.create(testing::uniqueName(QStringLiteral("Used ")), m_lunch, m_actor);
    SD_VERIFY_OK(calendar);
    core::SlaPolicy input =
        policy(testing::uniqueName(QStringLiteral("level")), Category::Incident, Priority::High);
    input.calendarId = calendar->id;
    const auto user = policies.create(input, m_actor);
    SD_VERIFY_OK(user);

    const storage::Result<void> refused = calendars.remove(calendar->id, m_actor);
    QCOMPARE(refused.error().kind, StorageError::Kind::Conflict);
    QVERIFY2(refused.error().message.contains(u"SLA"), qPrintable(refused.error().message));
    SD_VERIFY_OK(calendars.get(calendar->id));

    SD_VERIFY_OK(policies.remove(user->id, m_actor));
    SD_VERIFY_OK(calendars.remove(calendar->id, m_actor));
    QCOMPARE(calendars.get(calendar->id).error().kind, StorageError::Kind::NotFound);
}

void TestSlaConfigRepositories::policyRoundTrip()
{
    const auto calendar = storage::CalendarRepository(*m_db).create(
        testing::uniqueName(QStringLiteral("Policy calendar ")), m_duty, m_actor);
    SD_VERIFY_OK(calendar);
    storage::SlaPolicyRepository policies(*m_db);
    core::SlaPolicy input = policy(u" premium "_qs, Category::Question, Priority::Critical);
    input.nextResponseMinutes = 120;
    input.calendarId = calendar->id;
    input.pausingStatuses = {TicketStatus::PendingCustomer, TicketStatus::InDevelopment};
    const auto created = policies.create(input, m_actor);
    SD_VERIFY_OK(created);
    QVERIFY(created->id > 0);
    QCOMPARE(created->supportLevel, u"premium"_qs);
    const auto read = policies.get(created->id);
    SD_VERIFY_OK(read);
    QVERIFY(read.value() == created.value());
    QCOMPARE(read->nextResponseMinutes, 120);
    QCOMPARE(read->calendarId, calendar->id);
    QCOMPARE(read->pausingStatuses.size(), 2);

    // "None" for the next response, the calendar and the pausing statuses round-trips too.
    core::SlaPolicy changed = read.value();
    changed.firstResponseMinutes = 30;
    changed.nextResponseMinutes = 0;
    changed.resolutionMinutes = 1440;
    changed.calendarId = 0;
    changed.pausingStatuses = {};
    changed.priority = Priority::Low;
    SD_VERIFY_OK(policies.update(changed, m_actor));
    const auto updated = policies.get(created->id);
    SD_VERIFY_OK(updated);
    QVERIFY(updated.value() == changed);

    SD_VERIFY_OK(policies.remove(created->id, m_actor));
    QCOMPARE(policies.get(created->id).error().kind, StorageError::Kind::NotFound);
    QCOMPARE(policies.remove(created->id, m_actor).error().kind, StorageError::Kind::NotFound);
    changed.id = created->id;
    QCOMPARE(policies.update(changed, m_actor).error().kind, StorageError::Kind::NotFound);
}

void TestSlaConfigRepositories::policiesAreUniquePerLevelCategoryPriority()
{
    storage::SlaPolicyRepository policies(*m_db);
    const QString level = testing::uniqueName(QStringLiteral("gold"));
    const auto first =
        policies.create(policy(level, Category::Incident, Priority::Normal), m_actor);
    SD_VERIFY_OK(first);
    // Every other combination is free.
    SD_VERIFY_OK(policies.create(policy(level, Category::Incident, Priority::High), m_actor));
    SD_VERIFY_OK(policies.create(policy(level, Category::Question, Priority::Normal), m_actor));
    SD_VERIFY_OK(
        policies.create(policy(level + u"-plus", Category::Incident, Priority::Normal), m_actor));

    const auto again =
        policies.create(policy(level, Category::Incident, Priority::Normal), m_actor);
    QCOMPARE(again.error().kind, StorageError::Kind::Duplicate);
    QVERIFY2(again.error().message.contains(level), qPrintable(again.error().message));
    const auto other =
        policies.create(policy(level, Category::Consultation, Priority::Normal), m_actor);
    SD_VERIFY_OK(other);
    core::SlaPolicy clash = other.value();
    clash.category = Category::Incident;
    QCOMPARE(policies.update(clash, m_actor).error().kind, StorageError::Kind::Duplicate);
    SD_COMPARE_ENUM(policies.get(other->id)->category, Category::Consultation);
}

void TestSlaConfigRepositories::policyRefusals_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<int>("firstResponse");
    QTest::addColumn<int>("nextResponse");
    QTest::addColumn<int>("resolution");
    QTest::addColumn<qint64>("calendarId");
    QTest::addRow("blank level") << u"  "_qs << 60 << 0 << 480 << qint64(0);
    QTest::addRow("no first response") << u"silver"_qs << 0 << 0 << 480 << qint64(0);
    QTest::addRow("no resolution") << u"silver"_qs << 60 << 0 << 0 << qint64(0);
    QTest::addRow("negative next response") << u"silver"_qs << 60 << -5 << 480 << qint64(0);
    QTest::addRow("missing calendar") << u"silver"_qs << 60 << 0 << 480 << qint64(987654);
}

void TestSlaConfigRepositories::policyRefusals()
{
    QFETCH(QString, level);
    QFETCH(int, firstResponse);
    QFETCH(int, nextResponse);
    QFETCH(int, resolution);
    QFETCH(qint64, calendarId);
    storage::SlaPolicyRepository policies(*m_db);
    core::SlaPolicy input = policy(level, Category::FeatureRequest, Priority::Low);
    input.firstResponseMinutes = firstResponse;
    input.nextResponseMinutes = nextResponse;
    input.resolutionMinutes = resolution;
    input.calendarId = calendarId;
    QCOMPARE(policies.create(input, m_actor).error().kind, StorageError::Kind::Invalid);

    const auto valid = policies.create(policy(testing::uniqueName(QStringLiteral("bronze")),
                                              Category::FeatureRequest, Priority::Low),
                                       m_actor);
    SD_VERIFY_OK(valid);
    input.id = valid->id;
    QCOMPARE(policies.update(input, m_actor).error().kind, StorageError::Kind::Invalid);
    QVERIFY(policies.get(valid->id).value() == valid.value());
}

void TestSlaConfigRepositories::policyListOrder()
{
    storage::SlaPolicyRepository policies(*m_db);
    const QString level = testing::uniqueName(QStringLiteral("zz-order"));
    SD_VERIFY_OK(policies.create(policy(level, Category::Consultation, Priority::Low), m_actor));
    SD_VERIFY_OK(policies.create(policy(level, Category::Question, Priority::Critical), m_actor));
    SD_VERIFY_OK(policies.create(policy(level, Category::Question, Priority::Low), m_actor));
    const auto listed = policies.list();
    SD_VERIFY_OK(listed);
    QStringList order;
    for (const core::SlaPolicy &p : listed.value())
        if (p.supportLevel == level)
            order.append(core::toString(p.category) + u'/' + core::toString(p.priority));
    QCOMPARE(order,
             QStringList({u"question/low"_qs, u"question/critical"_qs, u"consultation/low"_qs}));
}

void TestSlaConfigRepositories::match_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<Category>("category");
    QTest::addColumn<Priority>("priority");
    QTest::addColumn<int>("expectedResolution"); // 0: no policy applies
    QTest::addRow("exact") << u"standard-m"_qs << Category::Incident << Priority::High << 240;
    QTest::addRow("other priority")
        << u"standard-m"_qs << Category::Incident << Priority::Critical << 60;
    QTest::addRow("other category")
        << u"standard-m"_qs << Category::FeatureRequest << Priority::High << 4320;
    QTest::addRow("level trimmed")
        << u" standard-m "_qs << Category::Incident << Priority::High << 240;
    QTest::addRow("no policy for the priority")
        << u"standard-m"_qs << Category::Incident << Priority::Low << 0;
    QTest::addRow("unknown level") << u"platinum-m"_qs << Category::Incident << Priority::High << 0;
    QTest::addRow("level is case-sensitive")
        << u"Standard-M"_qs << Category::Incident << Priority::High << 0;
    QTest::addRow("empty level") << QString() << Category::Incident << Priority::High << 0;
}

void TestSlaConfigRepositories::match()
{
    QFETCH(QString, level);
    QFETCH(Category, category);
    QFETCH(Priority, priority);
    QFETCH(int, expectedResolution);
    storage::SlaPolicyRepository policies(*m_db);
    const auto found = policies.match(level, category, priority);
    SD_VERIFY_OK(found);
    QCOMPARE(found->has_value(), expectedResolution != 0);
    if (found->has_value()) {
        QCOMPARE(found.value()->resolutionMinutes, expectedResolution);
        SD_COMPARE_ENUM(found.value()->category, category);
        SD_COMPARE_ENUM(found.value()->priority, priority);
    }
}

void TestSlaConfigRepositories::writesAreAuditedAndFed()
{
    storage::ChangeFeedRepository feed(*m_db);
    const qint64 since = feed.latestSeq().value();
    storage::CalendarRepository calendars(*m_db);
    storage::SlaPolicyRepository policies(*m_db);
    const QString name = testing::uniqueName(QStringLiteral("Audited "));
    const auto calendar = calendars.create(name, m_lunch, m_actor);
    SD_VERIFY_OK(calendar);
    SD_VERIFY_OK(calendars.update(calendar->id, name + u" 2", m_duty, m_actor));
    core::SlaPolicy input =
        policy(testing::uniqueName(QStringLiteral("audit")), Category::Question, Priority::High);
    input.calendarId = calendar->id;
    const auto created = policies.create(input, m_actor);
    SD_VERIFY_OK(created);
    core::SlaPolicy changed = created.value();
    changed.resolutionMinutes = 960;
    SD_VERIFY_OK(policies.update(changed, m_actor));
    // Refused writes leave no trace.
    QVERIFY(!policies.create(input, m_actor));
    QVERIFY(!calendars.remove(calendar->id, m_actor));
    SD_VERIFY_OK(policies.remove(created->id, m_actor));
    SD_VERIFY_OK(calendars.remove(calendar->id, m_actor));

    const auto page = feed.since(since, 100);
    SD_VERIFY_OK(page);
    QStringList items;
    for (const storage::ChangeItem &item : page->items)
        items.append(core::toString(item.entityType) + u' ' + core::toString(item.operation) +
                     u' ' + QString::number(item.entityId));
    const QString c = QString::number(calendar->id);
    const QString p = QString::number(created->id);
    QCOMPARE(items, QStringList({u"calendar create "_qs + c, u"calendar update "_qs + c,
                                 u"sla_policy create "_qs + p, u"sla_policy update "_qs + p,
                                 u"sla_policy delete "_qs + p, u"calendar delete "_qs + c}));

    storage::AuditRepository audit(*m_db);
    QStringList calendarEvents;
    for (const storage::AuditEvent &event :
         audit.forEntity(storage::EntityType::Calendar, calendar->id).value()) {
        QCOMPARE(event.actorId, m_actor);
        calendarEvents.append(event.action + u':' + event.oldValue + u'>' + event.newValue);
    }
    QCOMPARE(calendarEvents,
             QStringList({u"create:>"_qs + name, u"update:"_qs + name + u'>' + name + u" 2",
                          u"delete:"_qs + name + u" 2>"}));
    const auto policyEvents = audit.forEntity(storage::EntityType::SlaPolicy, created->id).value();
    QCOMPARE(policyEvents.size(), 3);
    QCOMPARE(policyEvents.at(1).action, u"update"_qs);
    QVERIFY(policyEvents.at(1).oldValue.contains(u"resolution_minutes=480"));
    QVERIFY(policyEvents.at(1).newValue.contains(u"resolution_minutes=960"));
    QCOMPARE(policyEvents.at(2).action, u"delete"_qs);
    QCOMPARE(policyEvents.at(2).actorId, m_actor);
}

QTEST_MAIN(TestSlaConfigRepositories)
#include "testslaconfigrepositories.moc"
