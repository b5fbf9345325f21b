#include "server/passwordhasher.h"
#include "storage/organisationrepository.h"
#include "storage/ticketrepository.h"
#include "storage/userrepository.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;

// supportdesk-server migrate, demo, user and serve on the backend of SD_TEST_BACKEND, through the
// real binary: the exit codes, the "listening on" line and the health answer are contracts.
class TestAdminCli : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Outcome run(const QStringList &arguments, const QProcessEnvironment &env = {})
    {
        QProcess process;
        if (!env.isEmpty())
            process.setProcessEnvironment(env);
        process.start(QStringLiteral(SD_SERVER_BIN), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
                QString::fromUtf8(process.readAllStandardError()).trimmed()};
    }

    // The password flags read standard input, so it is always closed after `input`.
    static Outcome runWithInput(const QStringList &arguments, const QByteArray &input)
    {
        QProcess process;
        process.start(QStringLiteral(SD_SERVER_BIN), arguments);
        if (!process.waitForStarted(10000))
            return {};
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
                QString::fromUtf8(process.readAllStandardError()).trimmed()};
    }

    static QStringList userAdd(const QString &url, const QString &login, const QString &role)
    {
        return {QStringLiteral("user"),
                QStringLiteral("add"),
                QStringLiteral("--db"),
                url,
                QStringLiteral("--login"),
                login,
                QStringLiteral("--role"),
                role,
                QStringLiteral("--password-stdin")};
    }

    static QJsonObject get(QNetworkAccessManager &network, const QUrl &url, int *status)
    {
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return {};
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

private slots:
    void migrateCreatesThenReportsUpToDate()
    {
        sd::testing::TestDatabase testDb;
        QVERIFY2(testDb.create(), qPrintable(testDb.error()));
        const Outcome first =
            run({QStringLiteral("migrate"), QStringLiteral("--db"), testDb.url()});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY(first.out.contains(QStringLiteral("from schema version 0")));
        const Outcome again =
            run({QStringLiteral("migrate"), QStringLiteral("--db"), testDb.url()});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QStringLiteral("up to date")));
        // The password of the URL never shows in what the command prints.
        const QString password = QUrl(testDb.url()).password();
        if (!password.isEmpty())
            QVERIFY(!first.out.contains(password) && !again.out.contains(password));
    }

    // --db falls back to SUPPORTDESK_DB; neither given is bad input.
    void databaseFromEnvironment()
    {
        sd::testing::TestDatabase testDb;
        QVERIFY2(testDb.create(), qPrintable(testDb.error()));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SUPPORTDESK_DB"), testDb.url());
        QCOMPARE(run({QStringLiteral("migrate")}, env).exitCode, 0);
        env.remove(QStringLiteral("SUPPORTDESK_DB"));
        const Outcome none = run({QStringLiteral("migrate")}, env);
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(QStringLiteral("SUPPORTDESK_DB")));
    }

    // demo and serve refuse a database that is not migrated, and say what to do.
    void unmigratedDatabaseRefused()
    {
        sd::testing::TestDatabase testDb;
        QVERIFY2(testDb.create(), qPrintable(testDb.error()));
        const Outcome demo = run({QStringLiteral("demo"), QStringLiteral("--db"), testDb.url(),
                                  QStringLiteral("--tickets"), QStringLiteral("1")});
        QCOMPARE(demo.exitCode, 1);
        QVERIFY(!demo.err.isEmpty());
    }

    void demoAddsTicketsInEveryStatus()
    {
        sd::testing::TestDatabase testDb;
        QVERIFY2(testDb.create(), qPrintable(testDb.error()));
        QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("--db"), testDb.url()}).exitCode,
                 0);
        const Outcome demo = run({QStringLiteral("demo"), QStringLiteral("--db"), testDb.url(),
                                  QStringLiteral("--tickets"), QStringLiteral("24")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        // Running again adds tickets and keeps the people.
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), testDb.url(),
                      QStringLiteral("--tickets"), QStringLiteral("6")})
                     .exitCode,
                 0);

        auto db = testDb.open();
        QVERIFY2(db, qPrintable(testDb.error()));
        sd::storage::TicketFilter filter;
        filter.limit = 500;
        const auto page = sd::storage::TicketRepository(*db).list(filter);
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        QCOMPARE(page->items.size(), 30);
        QSet<sd::core::TicketStatus> statuses;
        for (const auto &ticket : page->items)
            statuses.insert(ticket.status);
        QCOMPARE(statuses.size(), 6);
        const auto admin = sd::storage::UserRepository(*db).credentials(QStringLiteral("admin"));
        QVERIFY2(admin.ok(), qPrintable(admin.error().message));
        QVERIFY(admin->passwordHash.startsWith(QStringLiteral("$argon2id$")));
    }

    void serveAnswersHealth()
    {
        sd::testing::TestDatabase testDb;
        QVERIFY2(testDb.create(), qPrintable(testDb.error()));
        QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("--db"), testDb.url()}).exitCode,
                 0);

        QProcess server;
        server.start(QStringLiteral(SD_SERVER_BIN),
                     {QStringLiteral("serve"), QStringLiteral("--db"), testDb.url(),
                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        static const QRegularExpression line(
            QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)$"),
            QRegularExpression::MultilineOption);
        QRegularExpressionMatch match;
        QTRY_VERIFY_WITH_TIMEOUT(
            (match = line.match(QString::fromUtf8(server.peek(4096)))).hasMatch(), 20000);
        const QUrl base(match.captured(1));

        QNetworkAccessManager network;
        int status = 0;
        const QJsonObject health =
            get(network, base.resolved(QUrl(QStringLiteral("/api/v1/health"))), &status);
        QCOMPARE(status, 200);
        QCOMPARE(health.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(health.value(QStringLiteral("schema_version")).toInt() > 0);
        QCOMPARE(health.value(QStringLiteral("database")).toObject().value(QStringLiteral("kind")),
                 sd::testing::TestDatabase::backendName());
        QVERIFY(!QJsonDocument(health).toJson().contains("password"));

        const QJsonObject missing =
            get(network, base.resolved(QUrl(QStringLiteral("/api/v1/nothing-here"))), &status);
        QCOMPARE(status, 404);
        QCOMPARE(missing.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
                 QStringLiteral("not_found"));

        server.terminate();
        QVERIFY(server.waitForFinished(10000));
    }

    void serveRefusesBadListenAddress()
    {
        const Outcome outcome =
            run({QStringLiteral("serve"), QStringLiteral("--db"), QStringLiteral("sqlite::memory:"),
                 QStringLiteral("--listen"), QStringLiteral("somewhere")});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY(outcome.err.contains(QStringLiteral("somewhere")));
    }

    void userAddRefuses_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected"); // in the message on stderr
        const QByteArray good = "long enough password\n";
        QTest::addRow("bad role") << u"boss"_s << QStringList() << good << u"boss"_s;
        QTest::addRow("empty password")
            << u"agent"_s << QStringList() << QByteArray("\n") << u"no password"_s;
        QTest::addRow("no input at all")
            << u"agent"_s << QStringList() << QByteArray() << u"no password"_s;
        QTest::addRow("short password")
            << u"agent"_s << QStringList() << QByteArray("seven77\n") << u"at least 8"_s;
        QTest::addRow("customer without organisation")
            << u"customer"_s << QStringList() << good << u"--organisation"_s;
        QTest::addRow("unknown organisation")
            << u"customer"_s << QStringList{u"--organisation"_s, u"Нет такой"_s} << good
            << u"--create-organisation"_s;
        QTest::addRow("agent with organisation")
            << u"agent"_s << QStringList{u"--organisation"_s, u"ООО Ромашка"_s} << good
            << u"only customers"_s;
        QTest::addRow("customer with queue")
            << u"customer"_s
            << QStringList{u"--organisation"_s, u"X"_s, u"--create-organisation"_s, u"--queue"_s,
                           u"Support"_s}
            << good << u"--queue"_s;
        QTest::addRow("unknown queue")
            << u"agent"_s << QStringList{u"--queue"_s, u"Sales"_s} << good << u"Development"_s;
        QTest::addRow("bad email")
            << u"agent"_s << QStringList{u"--email"_s, u"nobody"_s} << good << u"nobody"_s;
    }

    // Refused input exits 2, says what is wrong and writes nothing.
    void userAddRefuses()
    {
        QFETCH(QString, role);
        QFETCH(QStringList, extra);
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        sd::testing::TestDatabase testDb;
        QVERIFY2(testDb.create(), qPrintable(testDb.error()));
        QCOMPARE(run({u"migrate"_s, u"--db"_s, testDb.url()}).exitCode, 0);
        const Outcome outcome =
            runWithInput(userAdd(testDb.url(), u"petrov"_s, role) + extra, input);
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(expected), qPrintable(outcome.err));
        auto db = testDb.open();
        QVERIFY2(db, qPrintable(testDb.error()));
        const auto user = sd::storage::UserRepository(*db).findByLogin(u"petrov"_s);
        QCOMPARE(user.error().kind, sd::storage::StorageError::Kind::NotFound);
        const auto organisations = sd::storage::OrganisationRepository(*db).list();
        QVERIFY(organisations.ok() && organisations->isEmpty());
    }

    void userAddThenSignInHash()
    {
        sd::testing::TestDatabase testDb;
        QVERIFY2(testDb.create(), qPrintable(testDb.error()));
        QCOMPARE(run({u"migrate"_s, u"--db"_s, testDb.url()}).exitCode, 0);
        // The first line only, without its CRLF; inner and trailing spaces are the password's.
        const QString password = u"пароль Ёжика 2026 "_s;
        const Outcome added = runWithInput(
            userAdd(testDb.url(), u"ivanov"_s, u"agent"_s) +
                QStringList{u"--name"_s, u"Иван Иванов"_s, u"--email"_s, u"ivanov@example.ru"_s,
                            u"--queue"_s, u"Support"_s, u"--queue"_s, u"Development"_s},
            password.toUtf8() + "\r\nsecond line\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));

        auto db = testDb.open();
        QVERIFY2(db, qPrintable(testDb.error()));
        const auto stored = sd::storage::UserRepository(*db).credentials(u"ivanov"_s);
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
        QVERIFY(added.out.contains(u"ivanov"_s));
        QVERIFY(added.out.contains(QString::number(stored->user.id)));
        QCOMPARE(sd::core::toString(stored->user.role), u"agent"_s);
        QCOMPARE(stored->user.name, u"Иван Иванов"_s);
        QCOMPARE(stored->user.email, u"ivanov@example.ru"_s);
        QCOMPARE(stored->user.queueIds.size(), 2);
        QVERIFY(stored->passwordHash.startsWith(u"$argon2id$"_s));
        QVERIFY(!stored->passwordHash.contains(password));
        QVERIFY(sd::server::PasswordHasher::verify(stored->passwordHash, password));
        QVERIFY(!sd::server::PasswordHasher::verify(stored->passwordHash, password.trimmed()));

        // Logins are unique regardless of case: a clear message, exit 2.
        const Outcome duplicate =
            runWithInput(userAdd(testDb.url(), u"IVANOV"_s, u"admin"_s), "another password\n");
        QCOMPARE(duplicate.exitCode, 2);
        QVERIFY2(duplicate.err.contains(u"IVANOV"_s) && duplicate.err.contains(u"taken"_s),
                 qPrintable(duplicate.err));
    }

    void userAddCustomerWithOrganisation()
    {
        sd::testing::TestDatabase testDb;
        QVERIFY2(testDb.create(), qPrintable(testDb.error()));
        QCOMPARE(run({u"migrate"_s, u"--db"_s, testDb.url()}).exitCode, 0);
        const QStringList organisation{u"--organisation"_s, u"ООО «Ромашка»"_s};
        const Outcome first =
            runWithInput(userAdd(testDb.url(), u"buyer"_s, u"customer"_s) + organisation +
                             QStringList{u"--create-organisation"_s},
                         "customer password\n");
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY(first.out.contains(u"ООО «Ромашка»"_s));
        // The organisation exists now: a second customer joins it without creating it again.
        const Outcome second =
            runWithInput(userAdd(testDb.url(), u"accountant"_s, u"customer"_s) + organisation,
                         "customer password 2\n");
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));

        auto db = testDb.open();
        QVERIFY2(db, qPrintable(testDb.error()));
        const auto found = sd::storage::OrganisationRepository(*db).findByName(u"ООО «Ромашка»"_s);
        QVERIFY2(found.ok(), qPrintable(found.error().message));
        sd::storage::UserRepository users(*db);
        for (const QString &login : {u"buyer"_s, u"accountant"_s}) {
            const auto user = users.findByLogin(login);
            QVERIFY2(user.ok(), qPrintable(user.error().message));
            QCOMPARE(sd::core::toString(user->role), u"customer"_s);
            QCOMPARE(user->organisationId, found->id);
            QVERIFY(user->queueIds.isEmpty());
        }
    }

    void userListShowsEveryone()
    {
        sd::testing::TestDatabase testDb;
        QVERIFY2(testDb.create(), qPrintable(testDb.error()));
        QCOMPARE(run({u"migrate"_s, u"--db"_s, testDb.url()}).exitCode, 0);
        QCOMPARE(runWithInput(userAdd(testDb.url(), u"sidorova"_s, u"supervisor"_s) +
                                  QStringList{u"--name"_s, u"Анна Сидорова"_s},
                              "supervisor password\n")
                     .exitCode,
                 0);
        QCOMPARE(runWithInput(
                     userAdd(testDb.url(), u"client"_s, u"customer"_s) +
                         QStringList{u"--organisation"_s, u"Вектор"_s, u"--create-organisation"_s},
                     "customer password\n")
                     .exitCode,
                 0);
        const Outcome listed = run({u"user"_s, u"list"_s, u"--db"_s, testDb.url()});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QStringList lines = listed.out.split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].contains(u"LOGIN"_s) && lines[0].contains(u"ORGANISATION"_s));
        // Sorted by login: client, then sidorova.
        const QStringList client = lines[1].split(u' ', Qt::SkipEmptyParts);
        QCOMPARE(client.mid(1, 2), (QStringList{u"client"_s, u"customer"_s}));
        QCOMPARE(client.last(), u"Вектор"_s);
        QVERIFY(lines[2].contains(u"sidorova"_s) && lines[2].contains(u"supervisor"_s) &&
                lines[2].contains(u"Анна Сидорова"_s));
        // Columns line up: every login starts where the header's LOGIN does.
        const qsizetype column = lines[0].indexOf(u"LOGIN"_s);
        QCOMPARE(lines[1].indexOf(u"client"_s), column);
        QCOMPARE(lines[2].indexOf(u"sidorova"_s), column);
    }

    void userPasswdReplacesTheHash()
    {
        sd::testing::TestDatabase testDb;
        QVERIFY2(testDb.create(), qPrintable(testDb.error()));
        QCOMPARE(run({u"migrate"_s, u"--db"_s, testDb.url()}).exitCode, 0);
        QCOMPARE(
            runWithInput(userAdd(testDb.url(), u"admin2"_s, u"admin"_s), "old password\n").exitCode,
            0);
        const QStringList passwd{
            u"user"_s,   u"passwd"_s,          u"--db"_s, testDb.url(), u"--login"_s,
            u"admin2"_s, u"--password-stdin"_s};
        const Outcome changed = runWithInput(passwd, "new password\n");
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
        QVERIFY(changed.out.contains(u"admin2"_s));
        QCOMPARE(runWithInput(passwd, "short\n").exitCode, 2);
        QStringList unknown = passwd;
        unknown[5] = u"nobody"_s;
        const Outcome missing = runWithInput(unknown, "new password\n");
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(u"nobody"_s), qPrintable(missing.err));

        auto db = testDb.open();
        QVERIFY2(db, qPrintable(testDb.error()));
        const auto stored = sd::storage::UserRepository(*db).credentials(u"admin2"_s);
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
        QVERIFY(sd::server::PasswordHasher::verify(stored->passwordHash, u"new password"_s));
        QVERIFY(!sd::server::PasswordHasher::verify(stored->passwordHash, u"old password"_s));
    }

    void userUnknownVerb()
    {
        for (const QStringList &arguments :
             {QStringList{u"user"_s, u"delete"_s}, QStringList{u"user"_s}}) {
            const Outcome outcome = run(arguments);
            QCOMPARE(outcome.exitCode, 2);
            QVERIFY(outcome.err.contains(u"user add"_s));
        }
    }

    void unknownCommand()
    {
        const Outcome outcome = run({QStringLiteral("frobnicate")});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY(outcome.err.contains(QStringLiteral("frobnicate")));
        QVERIFY(outcome.err.contains(QStringLiteral("sla due")));
    }
};

QTEST_GUILESS_MAIN(TestAdminCli)
#include "testadmincli.moc"
