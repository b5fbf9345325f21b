#include "core/productioncalendar.h"
#include "sourcetree.h"
#include "storage/auditrepository.h"
#include "storage/calendarrepository.h"
#include "storage/changefeedrepository.h"
#include "storage/slapolicyrepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using sd::core::BusinessCalendar;

// supportdesk-server calendar and policy, through the real binary on the backend of
// SD_TEST_BACKEND: what they store, what they print, their exit codes and messages, and that
// their writes are audited and fed like the admin routes' writes.
class TestSlaConfigCli : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    std::unique_ptr<sd::testing::TestDatabase> m_testDb;
    QTemporaryDir m_files;

    // Runs with --db unless the arguments name it or `withDb` is false.
    Outcome run(QStringList arguments, bool withDb = true)
    {
        if (withDb)
            arguments << u"--db"_s << m_testDb->url();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"SUPPORTDESK_DB"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SD_SERVER_BIN), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
                QString::fromUtf8(process.readAllStandardError()).trimmed()};
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QByteArray readSource(const QString &relative)
    {
        QFile file(sd::testing::sourcePath(relative));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(relative));
        return file.readAll();
    }

    static BusinessCalendar calendarFrom(const QByteArray &json)
    {
        QString error;
        const auto calendar = BusinessCalendar::fromJson(json, &error);
        if (!calendar)
            qFatal("calendar refused: %s", qPrintable(error));
        return *calendar;
    }

    static QString source(const QString &relative) { return sd::testing::sourcePath(relative); }

    sd::storage::StoredCalendar storedCalendar(const QString &name)
    {
        auto db = m_testDb->open();
        if (!db)
            qFatal("%s", qPrintable(m_testDb->error()));
        auto found = sd::storage::CalendarRepository(*db).findByName(name);
        if (!found)
            qFatal("%s", qPrintable(found.error().message));
        return found.value();
    }

    qint64 latestSeq()
    {
        auto db = m_testDb->open();
        return db ? sd::storage::ChangeFeedRepository(*db).latestSeq().value() : -1;
    }

private slots:
    void init();
    void cleanup();
    void calendarSetShowList();
    void calendarImport_data();
    void calendarImport();
    void policySetListRemove();
    void writesAreAuditedAndFed();
    void refusals_data();
    void refusals();
    void usedCalendarStays();
    void helpNamesTheCommands();
};

void TestSlaConfigCli::init()
{
    m_testDb = std::make_unique<sd::testing::TestDatabase>();
    QVERIFY2(m_testDb->create(), qPrintable(m_testDb->error()));
    const Outcome migrated = run({u"migrate"_s});
    QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.err));
}

void TestSlaConfigCli::cleanup()
{
    m_testDb.reset();
}

void TestSlaConfigCli::calendarSetShowList()
{
    const QString lunch = source(u"tests/data/calendars/lunch-break.json"_s);
    const Outcome created =
        run({u"calendar"_s, u"set"_s, u"--file"_s, lunch, u"--name"_s, u"Обед"_s});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QVERIFY2(created.out.startsWith(u"Created calendar \"Обед\" with id "_s),
             qPrintable(created.out));
    // --db falls back to SUPPORTDESK_DB, as for every other command.
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SUPPORTDESK_DB"_s, m_testDb->url());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SD_SERVER_BIN), {u"calendar"_s, u"show"_s, u"Обед"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(calendarFrom(process.readAllStandardOutput()) ==
            calendarFrom(readSource(u"tests/data/calendars/"
                                    u"lunch-break.json"_s)));

    // The same name again replaces; without --name the file's own name is used.
    const QString berlin = source(u"tests/data/calendars/berlin-09-17.json"_s);
    const Outcome replaced =
        run({u"calendar"_s, u"set"_s, u"--name"_s, u"Обед"_s, u"--file"_s, berlin});
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
    QVERIFY2(replaced.out.startsWith(u"Replaced calendar \"Обед\" (id "_s),
             qPrintable(replaced.out));
    QVERIFY(storedCalendar(u"Обед"_s).calendar ==
            calendarFrom(readSource(u"tests/data/calendars/berlin-09-17.json"_s)));
    const BusinessCalendar night =
        calendarFrom(readSource(u"tests/data/calendars/berlin-night.json"_s));
    QCOMPARE(run({u"calendar"_s, u"set"_s, u"--file"_s,
                  source(u"tests/data/calendars/berlin-night.json"_s)})
                 .exitCode,
             0);
    QVERIFY(storedCalendar(night.name()).calendar == night);

    const Outcome listed = run({u"calendar"_s, u"list"_s});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QStringList lines = listed.out.split(u'\n');
    QVERIFY(lines.first().contains(u"NAME"_s) && lines.first().contains(u"TIME ZONE"_s));
    const auto line = std::find_if(lines.begin(), lines.end(),
                                   [](const QString &l) { return l.contains(u"Обед"_s); });
    QVERIFY(line != lines.end());
    QVERIFY2(line->contains(u"Europe/Berlin"_s), qPrintable(*line));
}

void TestSlaConfigCli::calendarImport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("extra");
    for (const QString &format : {u"csv"_s, u"json"_s}) {
        QTest::addRow("%s by suffix", qPrintable(format))
            << u"tests/data/calendars/production-2026."_s + format << QStringList();
    }
    QTest::addRow("csv by --format and --year")
        << u"tests/data/calendars/production-2026.csv"_s
        << QStringList{u"--format"_s, u"CSV"_s, u"--year"_s, u"2026"_s};
}

// The year's dates are replaced with the official 2026 calendar; 2027 stays as it was.
void TestSlaConfigCli::calendarImport()
{
    QFETCH(QString, file);
    QFETCH(QStringList, extra);
    const QByteArray base = readSource(u"resources/calendars/moscow-08-17.json"_s);
    QCOMPARE(run({u"calendar"_s, u"set"_s, u"--name"_s, u"Moscow"_s, u"--file"_s,
                  writeFile(u"moscow.json"_s, base)})
                 .exitCode,
             0);
    const QStringList import{u"calendar"_s, u"import"_s, u"Moscow"_s, u"--file"_s, source(file)};

    // A dry run prints what would be stored and stores nothing.
    const qint64 before = latestSeq();
    const Outcome dry = run(import + extra + QStringList{u"--dry-run"_s});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    const BusinessCalendar preview = calendarFrom(dry.out.toUtf8());
    QVERIFY(storedCalendar(u"Moscow"_s).calendar == calendarFrom(base));
    QCOMPARE(latestSeq(), before);

    const Outcome imported = run(import + extra);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.startsWith(u"Imported 2026 into calendar \"Moscow\": holidays "_s),
             qPrintable(imported.out));
    const BusinessCalendar stored = storedCalendar(u"Moscow"_s).calendar;
    QVERIFY(stored == preview);
    const auto &dates = stored.working().dates;
    // December 31 is a day off in 2026 (moved from January 4); the old file had it shortened.
    QVERIFY(dates.contains(QDate(2026, 12, 31)) && dates.value(QDate(2026, 12, 31)).isEmpty());
    QVERIFY(dates.value(QDate(2026, 1, 9)).isEmpty() && dates.contains(QDate(2026, 1, 9)));
    QCOMPARE(dates.value(QDate(2026, 11, 3)).constFirst().endMinute, 16 * 60);
    const BusinessCalendar original = calendarFrom(base);
    for (auto it = original.working().dates.begin(); it != original.working().dates.end(); ++it)
        if (it.key().year() == 2027)
            QVERIFY2(dates.value(it.key()) == it.value(), qPrintable(it.key().toString()));
    QCOMPARE(stored.name(), original.name());
    QCOMPARE(stored.note(), original.note());
}

void TestSlaConfigCli::policySetListRemove()
{
    QCOMPARE(run({u"calendar"_s, u"set"_s, u"--name"_s, u"Gold hours"_s, u"--file"_s,
                  source(u"tests/data/calendars/lunch-break.json"_s)})
                 .exitCode,
             0);
    const QStringList key{u"--level"_s,  u"gold"_s,       u"--category"_s,
                          u"incident"_s, u"--priority"_s, u"critical"_s};
    const Outcome created =
        run(QStringList{u"policy"_s, u"set"_s} + key +
            QStringList{u"--first"_s, u"30"_s, u"--next"_s, u"0"_s, u"--resolution"_s, u"240"_s,
                        u"--calendar"_s, u"Gold hours"_s, u"--pausing"_s,
                        u"pending_customer,in_development"_s});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QVERIFY2(created.out.startsWith(u"Created SLA policy "_s), qPrintable(created.out));

    auto db = m_testDb->open();
    QVERIFY2(db, qPrintable(m_testDb->error()));
    sd::storage::SlaPolicyRepository policies(*db);
    auto stored =
        policies.match(u"gold"_s, sd::core::Category::Incident, sd::core::Priority::Critical);
    QVERIFY(stored && stored.value());
    const sd::core::SlaPolicy first = *stored.value();
    QCOMPARE(first.firstResponseMinutes, 30);
    QCOMPARE(first.nextResponseMinutes, 0);
    QCOMPARE(first.resolutionMinutes, 240);
    QCOMPARE(first.calendarId, storedCalendar(u"Gold hours"_s).id);
    QVERIFY(first.pausingStatuses ==
            (QList<sd::core::TicketStatus>{sd::core::TicketStatus::PendingCustomer,
                                           sd::core::TicketStatus::InDevelopment}));

    // set writes the whole policy: same row, new targets, defaults for what is left out.
    const Outcome replaced =
        run(QStringList{u"policy"_s, u"set"_s} + key +
            QStringList{u"--first"_s, u"15"_s, u"--next"_s, u"60"_s, u"--resolution"_s, u"120"_s});
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
    QVERIFY2(replaced.out.startsWith(u"Replaced SLA policy %1 "_s.arg(first.id)),
             qPrintable(replaced.out));
    const sd::core::SlaPolicy second = policies.get(first.id).value();
    QCOMPARE(second.firstResponseMinutes, 15);
    QCOMPARE(second.nextResponseMinutes, 60);
    QCOMPARE(second.calendarId, 0);
    QVERIFY(second.pausingStatuses ==
            QList<sd::core::TicketStatus>{sd::core::TicketStatus::PendingCustomer});

    const Outcome listed = run({u"policy"_s, u"list"_s});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QStringList row = listed.out.split(u'\n').filter(u"gold"_s);
    QCOMPARE(row.size(), 1);
    QCOMPARE(row.first().split(u' ', Qt::SkipEmptyParts),
             (QStringList{QString::number(first.id), u"gold"_s, u"incident"_s, u"critical"_s,
                          u"15"_s, u"60"_s, u"120"_s, u"-"_s, u"pending_customer"_s}));

    const Outcome removed = run(QStringList{u"policy"_s, u"remove"_s} + key);
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QCOMPARE(policies.get(first.id).error().kind, sd::storage::StorageError::Kind::NotFound);
    const Outcome again = run({u"policy"_s, u"remove"_s, u"--id"_s, QString::number(first.id)});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(QString::number(first.id)), qPrintable(again.err));
}

// Every write appears in the change feed and the audit trail as the admin routes' writes do;
// the command line has no signed-in actor.
void TestSlaConfigCli::writesAreAuditedAndFed()
{
    const qint64 since = latestSeq();
    const QStringList key{u"--level"_s,  u"fed"_s,        u"--category"_s,
                          u"question"_s, u"--priority"_s, u"low"_s};
    const QStringList targets{u"--first"_s,      u"60"_s,  u"--next"_s,     u"60"_s,
                              u"--resolution"_s, u"600"_s, u"--calendar"_s, u"Fed"_s};
    const QList<QStringList> commands{
        {u"calendar"_s, u"set"_s, u"--name"_s, u"Fed"_s, u"--file"_s,
         source(u"resources/calendars/moscow-08-17.json"_s)},
        {u"calendar"_s, u"import"_s, u"Fed"_s, u"--file"_s,
         source(u"tests/data/calendars/production-2027.json"_s)},
        QStringList{u"policy"_s, u"set"_s} + key + targets,
        QStringList{u"policy"_s, u"set"_s} + key + targets + QStringList{u"--pausing"_s, u"none"_s},
        QStringList{u"policy"_s, u"remove"_s} + key,
        {u"calendar"_s, u"remove"_s, u"Fed"_s},
    };
    for (const QStringList &command : commands) {
        const Outcome outcome = run(command);
        QVERIFY2(outcome.exitCode == 0, qPrintable(command.join(u' ') + u": "_s + outcome.err));
    }

    auto db = m_testDb->open();
    QVERIFY2(db, qPrintable(m_testDb->error()));
    const auto page = sd::storage::ChangeFeedRepository(*db).since(since, 100);
    QVERIFY2(page, qPrintable(page.error().message));
    QStringList items;
    for (const auto &item : page->items)
        items.append(sd::core::toString(item.entityType) + u' ' +
                     sd::core::toString(item.operation));
    QCOMPARE(items,
             (QStringList{u"calendar create"_s, u"calendar update"_s, u"sla_policy create"_s,
                          u"sla_policy update"_s, u"sla_policy delete"_s, u"calendar delete"_s}));
    sd::storage::AuditRepository audit(*db);
    const qint64 calendarId = page->items.first().entityId;
    QStringList calendarEvents;
    for (const auto &event :
         audit.forEntity(sd::storage::EntityType::Calendar, calendarId).value()) {
        QCOMPARE(event.actorId, 0);
        calendarEvents.append(event.action + u':' + event.oldValue + u'>' + event.newValue);
    }
    QCOMPARE(calendarEvents,
             (QStringList{u"create:>Fed"_s, u"update:Fed>Fed"_s, u"delete:Fed>"_s}));
    const auto policyEvents =
        audit.forEntity(sd::storage::EntityType::SlaPolicy, page->items.at(2).entityId).value();
    QCOMPARE(policyEvents.size(), 3);
    QVERIFY(policyEvents.at(1).oldValue.contains(u"pausing_statuses=[\"pending_customer\"]"_s));
    QVERIFY(policyEvents.at(1).newValue.contains(u"pausing_statuses=[]"_s));
}

void TestSlaConfigCli::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // on stderr, exit code 2
    const QString csv2026 = source(u"tests/data/calendars/production-2026.csv"_s);
    const QStringList import{u"calendar"_s, u"import"_s, u"Target"_s, u"--file"_s};
    const QStringList policy{u"policy"_s,     u"set"_s,      u"--level"_s,    u"x"_s,
                             u"--category"_s, u"question"_s, u"--priority"_s, u"low"_s,
                             u"--first"_s,    u"60"_s,       u"--next"_s,     u"60"_s};
    const auto row = [](const char *name, const QStringList &arguments, const QString &message) {
        QTest::addRow("%s", name) << arguments << message;
    };
    row("set without file", {u"calendar"_s, u"set"_s}, u"calendar set: --file FILE is required"_s);
    row("set of a missing file", {u"calendar"_s, u"set"_s, u"--file"_s, u"/nonexistent.json"_s},
        u"calendar set: cannot read /nonexistent.json"_s);
    row("set of a bad calendar", {u"calendar"_s, u"set"_s, u"--file"_s, u"@bad-calendar"_s},
        u"week.mon[0]: interval 17:00-09:00 ends before it starts"_s);
    row("show without name", {u"calendar"_s, u"show"_s},
        u"calendar show: name the calendar right after the command"_s);
    row("show of an unknown calendar", {u"calendar"_s, u"show"_s, u"Nowhere"_s},
        u"calendar show: There is no calendar named \"Nowhere\"; the calendars are"_s);
    row("import into an unknown calendar",
        {u"calendar"_s, u"import"_s, u"Nowhere"_s, u"--file"_s, csv2026},
        u"There is no calendar named \"Nowhere\""_s);
    row("import of a bad csv", import + QStringList{u"@bad.csv"_s},
        u"@bad.csv: line 2, column \"Март\": there is no day 32 in that month of 2026"_s);
    row("import of an unknown format", import + QStringList{csv2026, u"--format"_s, u"xml"_s},
        u"calendar import: --format must be csv or json (got \"xml\")"_s);
    row("import without a format", import + QStringList{u"@calendar.txt"_s},
        u"calendar import: add --format csv or --format json"_s);
    row("import of a bad year", import + QStringList{csv2026, u"--year"_s, u"26"_s},
        u"calendar import: --year needs a year from 1900 to 2200 (got \"26\")"_s);
    row("import of a missing year", import + QStringList{csv2026, u"--year"_s, u"2027"_s},
        u"the file has no row for 2027 (it holds 2026)"_s);
    row("unknown calendar verb", {u"calendar"_s, u"erase"_s}, u"calendar: use \"calendar list\""_s);
    row("policy without resolution", policy, u"policy set: --resolution is required"_s);
    row("policy with words for minutes", policy + QStringList{u"--resolution"_s, u"soon"_s},
        u"policy set: --resolution needs a whole number of business minutes from 1 to"_s);
    row("policy of an unknown priority",
        QStringList{u"policy"_s, u"set"_s, u"--level"_s, u"x"_s, u"--category"_s, u"question"_s,
                    u"--priority"_s, u"urgent"_s},
        u"policy set: --priority must be one of low|normal|high|critical (got \"urgent\")"_s);
    row("policy without level", {u"policy"_s, u"set"_s}, u"policy set: --level is required"_s);
    row("policy pausing an unknown status",
        policy + QStringList{u"--resolution"_s, u"600"_s, u"--pausing"_s, u"waiting"_s},
        u"policy set: --pausing may only list these statuses"_s);
    row("policy on an unknown calendar",
        policy + QStringList{u"--resolution"_s, u"600"_s, u"--calendar"_s, u"Nowhere"_s},
        u"policy set: There is no calendar named \"Nowhere\""_s);
    row("remove of an unknown policy",
        {u"policy"_s, u"remove"_s, u"--level"_s, u"none"_s, u"--category"_s, u"question"_s,
         u"--priority"_s, u"low"_s},
        u"policy remove: There is no SLA policy for support level none"_s);
    row("remove by id and key", {u"policy"_s, u"remove"_s, u"--id"_s, u"1"_s, u"--level"_s, u"x"_s},
        u"policy remove: name the policy by --id or by --level, --category and --priority"_s);
    row("unknown policy verb", {u"policy"_s, u"edit"_s}, u"policy: use \"policy list\""_s);
}

// Refused input exits 2, says what is wrong and writes nothing.
void TestSlaConfigCli::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QCOMPARE(run({u"calendar"_s, u"set"_s, u"--name"_s, u"Target"_s, u"--file"_s,
                  source(u"tests/data/calendars/lunch-break.json"_s)})
                 .exitCode,
             0);
    const QByteArray badCsv = readSource(u"tests/data/calendars/production-2026.csv"_s)
                                  .replace("\"1,7,8,9+,", "\"1,7,8,9+,32,");
    const QMap<QString, QString> files{
        {u"@bad-calendar"_s,
         writeFile(u"bad-calendar.json"_s,
                   R"({"name": "x", "time_zone": "UTC", "week": {"mon": [["17:00", "09:00"]]}})")},
        {u"@bad.csv"_s, writeFile(u"bad.csv"_s, badCsv)},
        {u"@calendar.txt"_s, writeFile(u"calendar.txt"_s, "{}")},
    };
    for (QString &argument : arguments)
        argument = files.value(argument, argument);
    message.replace(u"@bad.csv"_s, files.value(u"@bad.csv"_s));
    const qint64 before = latestSeq();
    const Outcome outcome = run(arguments);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
    QCOMPARE(latestSeq(), before);
}

// A calendar an SLA policy counts in cannot be removed: exit 2, and it is still there.
void TestSlaConfigCli::usedCalendarStays()
{
    QCOMPARE(run({u"calendar"_s, u"set"_s, u"--name"_s, u"Used"_s, u"--file"_s,
                  source(u"tests/data/calendars/lunch-break.json"_s)})
                 .exitCode,
             0);
    QCOMPARE(run({u"policy"_s, u"set"_s, u"--level"_s, u"used"_s, u"--category"_s, u"question"_s,
                  u"--priority"_s, u"low"_s, u"--first"_s, u"60"_s, u"--next"_s, u"0"_s,
                  u"--resolution"_s, u"600"_s, u"--calendar"_s, u"Used"_s})
                 .exitCode,
             0);
    const Outcome refused = run({u"calendar"_s, u"remove"_s, u"Used"_s});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"is used by 1 SLA policy"_s), qPrintable(refused.err));
    QCOMPARE(storedCalendar(u"Used"_s).name, u"Used"_s);
}

void TestSlaConfigCli::helpNamesTheCommands()
{
    const Outcome help = run({u"help"_s}, false);
    QCOMPARE(help.exitCode, 0);
    for (const QString &command :
         {u"calendar list"_s, u"calendar show NAME"_s, u"calendar set"_s, u"calendar import NAME"_s,
          u"calendar remove NAME"_s, u"policy list"_s, u"policy set"_s, u"policy remove"_s,
          u"--pausing"_s, u"--dry-run"_s})
        QVERIFY2(help.out.contains(command), qPrintable(command));
    const Outcome importHelp = run({u"calendar"_s, u"import"_s, u"--help"_s}, false);
    QCOMPARE(importHelp.exitCode, 0);
    QVERIFY(importHelp.out.contains(u"--format <csv|json>"_s));
}

QTEST_GUILESS_MAIN(TestSlaConfigCli)
#include "testslaconfigcli.moc"
