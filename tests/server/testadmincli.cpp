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

// supportdesk-server migrate, demo and serve on the backend of SD_TEST_BACKEND, through the
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
