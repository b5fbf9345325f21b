#include "sourcetree.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// `supportdesk-server sla due|elapsed` as outside tests use it: exact output, exit codes, and
// a message naming the problem on bad input.
class TestSlaCommand : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Outcome run(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(SD_SERVER_BIN), arguments);
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
                QString::fromUtf8(process.readAllStandardError()).trimmed()};
    }

    static QStringList args(std::initializer_list<const char *> items,
                            const QString &calendarPath = {})
    {
        QStringList out;
        for (const char *item : items)
            out.append(qstrcmp(item, "@cal") == 0 ? calendarPath : QString::fromUtf8(item));
        return out;
    }

    static QString calendar(const QString &name)
    {
        return sd::testing::sourcePath(QStringLiteral("resources/calendars/") + name);
    }

private slots:
    void due_data()
    {
        QTest::addColumn<QString>("calendarFile");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("minutes");
        QTest::addColumn<bool>("critical");
        QTest::addColumn<QString>("expected");
        const QString moscow = QStringLiteral("moscow-08-17.json");
        const QString duty = QStringLiteral("vetmanager-09-20-duty.json");
        // Seed 000: 8 working hours from Friday 16:00 -> 1 h on Friday + 7 h from Monday 08:00.
        QTest::addRow("seed 000 friday 16:00 + 8h")
            << moscow << "2026-11-27T16:00:00+03:00"
            << "480" << false << "2026-11-30T15:00:00+03:00";
        // The same instant given in UTC prints in the calendar's zone.
        QTest::addRow("input in UTC") << moscow << "2026-11-27T13:00:00Z"
                                      << "480" << false << "2026-11-30T15:00:00+03:00";
        // Without an offset the time is read in the calendar's zone.
        QTest::addRow("input without offset") << moscow << "2026-11-27T16:00"
                                              << "480" << false << "2026-11-30T15:00:00+03:00";
        // 8 minutes before closing plus 8 minutes is the closing time itself.
        QTest::addRow("closing boundary") << moscow << "2026-11-26T16:52:00+03:00"
                                          << "8" << false << "2026-11-26T17:00:00+03:00";
        // Seed 000: 3 working days (27 h) for a feature request from Monday 10:00.
        QTest::addRow("three working days") << moscow << "2026-11-23T10:00:00+03:00"
                                            << "1620" << false << "2026-11-26T10:00:00+03:00";
        // Seed 001: Sunday 10:00; critical counts the 09:00-18:00 duty, 60 min -> 11:00.
        QTest::addRow("sunday critical on duty") << duty << "2026-11-29T10:00:00+03:00"
                                                 << "60" << true << "2026-11-29T11:00:00+03:00";
        // Not critical: the clock starts on Monday 09:00.
        QTest::addRow("sunday not critical") << duty << "2026-11-29T10:00:00+03:00"
                                             << "60" << false << "2026-11-30T10:00:00+03:00";
    }

    void due()
    {
        QFETCH(QString, calendarFile);
        QFETCH(QString, from);
        QFETCH(QString, minutes);
        QFETCH(bool, critical);
        QFETCH(QString, expected);
        QStringList args{QStringLiteral("sla"),        QStringLiteral("due"),
                         QStringLiteral("--calendar"), calendar(calendarFile),
                         QStringLiteral("--from"),     from,
                         QStringLiteral("--minutes"),  minutes};
        if (critical)
            args << QStringLiteral("--critical");
        const Outcome outcome = run(args);
        QCOMPARE(outcome.err, QString());
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.out, expected);
    }

    void elapsed_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("expected");
        QTest::addRow("over a weekend") << "2026-11-27T16:00:00+03:00"
                                        << "2026-11-30T15:00:00+03:00"
                                        << "480";
        QTest::addRow("reversed is zero") << "2026-11-30T15:00:00+03:00"
                                          << "2026-11-27T16:00:00+03:00"
                                          << "0";
        QTest::addRow("partial minute rounds down") << "2026-11-26T10:00:00+03:00"
                                                    << "2026-11-26T10:01:59+03:00"
                                                    << "1";
    }

    void elapsed()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, expected);
        const Outcome outcome =
            run({QStringLiteral("sla"), QStringLiteral("elapsed"), QStringLiteral("--calendar"),
                 calendar(QStringLiteral("moscow-08-17.json")), QStringLiteral("--from"), from,
                 QStringLiteral("--to"), to});
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.out, expected);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named"); // what the message must name
        const QString ok = calendar(QStringLiteral("moscow-08-17.json"));
        QTest::addRow("missing calendar file")
            << args({"sla", "due", "--calendar", "/nonexistent/cal.json", "--from",
                     "2026-11-27T16:00:00+03:00", "--minutes", "10"})
            << "/nonexistent/cal.json";
        QTest::addRow("no --calendar")
            << args({"sla", "due", "--from", "2026-11-27T16:00", "--minutes", "10"})
            << "--calendar";
        QTest::addRow("bad --from")
            << args({"sla", "due", "--calendar", "@cal", "--from", "tomorrow", "--minutes", "10"},
                    ok)
            << "tomorrow";
        QTest::addRow("negative minutes") << args({"sla", "due", "--calendar", "@cal", "--from",
                                                   "2026-11-27T16:00", "--minutes", "-5"},
                                                  ok)
                                          << "--minutes";
        QTest::addRow("missing --to")
            << args({"sla", "elapsed", "--calendar", "@cal", "--from", "2026-11-27T16:00"}, ok)
            << "--to";
        QTest::addRow("unknown verb") << args({"sla", "when"}) << "when";
        QTest::addRow("unknown option")
            << args({"sla", "due", "--calender", "@cal"}, ok) << "calender";
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const Outcome outcome = run(arguments);
        QCOMPARE(outcome.exitCode, 2);
        QCOMPARE(outcome.out, QString());
        QVERIFY2(outcome.err.contains(named), qPrintable(outcome.err));
    }

    // A calendar the parser refuses exits 2 and passes the parser's reason on.
    void badCalendarFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name": "x", "time_zone": "Mars/Olympus", "week": {}})");
        file.close();
        const Outcome outcome =
            run({QStringLiteral("sla"), QStringLiteral("due"), QStringLiteral("--calendar"), path,
                 QStringLiteral("--from"), QStringLiteral("2026-11-27T16:00"),
                 QStringLiteral("--minutes"), QStringLiteral("1")});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(QStringLiteral("Mars/Olympus")), qPrintable(outcome.err));
    }
};

QTEST_GUILESS_MAIN(TestSlaCommand)
#include "testslacommand.moc"
