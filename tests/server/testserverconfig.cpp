#include "server/bytesize.h"
#include "server/serverconfig.h"
#include "sourcetree.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using sd::server::ByteSize;
using sd::server::ServerConfig;
using sd::server::ServerConfigLoader;
using namespace Qt::StringLiterals;

// Settings from defaults, the INI file, SUPPORTDESK_* variables and flags, in that rising
// precedence, and one message naming the culprit for every kind of bad input.
class TestServerConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // "%dir" in arguments, variables and file content stands for the temporary folder.
    QString expand(QString text) const { return text.replace(u"%dir"_s, m_dir.path()); }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return file.fileName();
    }

    // Loads from `arguments` (after the program name) and `variables` ("NAME=value").
    std::optional<ServerConfig> load(const QStringList &arguments, const QStringList &variables,
                                     QString *error) const
    {
        QCommandLineParser parser;
        ServerConfigLoader::addOptions(parser);
        QStringList all{QStringLiteral("supportdesk-server")};
        for (const QString &argument : arguments)
            all.append(expand(argument));
        if (!parser.parse(all)) {
            *error = parser.errorText();
            return std::nullopt;
        }
        QProcessEnvironment env;
        for (const QString &variable : variables)
            env.insert(variable.section(u'=', 0, 0), expand(variable.section(u'=', 1)));
        return ServerConfigLoader::load(parser, env, error);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!writeFile(QStringLiteral("cert.pem"), "certificate").isEmpty());
        QVERIFY(!writeFile(QStringLiteral("key.pem"), "key").isEmpty());
    }

    void defaults()
    {
        QString error;
        const auto config =
            load({QStringLiteral("--db"), QStringLiteral("sqlite::memory:")}, {}, &error);
        QVERIFY2(config, qPrintable(error));
        ServerConfig expected;
        expected.databaseUrl = QStringLiteral("sqlite::memory:");
        QCOMPARE(*config, expected);
        QCOMPARE(config->attachmentLimitBytes, sd::core::AttachmentPolicy::DefaultMaxBytes);
        QCOMPARE(config->requestBodyLimitBytes, 1024 * 1024);
        QCOMPARE(config->listen, QStringLiteral("127.0.0.1:8080"));
    }

    void precedence_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("flag");
        QTest::addColumn<int>("expected");
        const QByteArray file = "[auth]\nsession_lifetime_hours = 2\n";
        QTest::addRow("default") << QByteArray() << QString() << QString() << 12;
        QTest::addRow("file over default") << file << QString() << QString() << 2;
        QTest::addRow("variable over default") << QByteArray() << u"3"_s << QString() << 3;
        QTest::addRow("variable over file") << file << u"3"_s << QString() << 3;
        QTest::addRow("flag over file") << file << QString() << u"4"_s << 4;
        QTest::addRow("flag over variable and file") << file << u"3"_s << u"4"_s << 4;
        QTest::addRow("empty variable is unset") << file << QString() << QString() << 2;
    }

    void precedence()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, variable);
        QFETCH(QString, flag);
        QFETCH(int, expected);
        QStringList arguments{QStringLiteral("--db"), QStringLiteral("sqlite::memory:")};
        if (!file.isEmpty())
            arguments << QStringLiteral("--config") << writeFile(QStringLiteral("p.conf"), file);
        if (!flag.isEmpty())
            arguments << QStringLiteral("--session-lifetime-hours") << flag;
        const QStringList variables{QStringLiteral("SUPPORTDESK_SESSION_LIFETIME_HOURS=") +
                                    variable};
        QString error;
        const auto config = load(arguments, variables, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->sessionLifetimeHours, expected);
    }

    // The file comes from --config or SUPPORTDESK_CONFIG; the flag wins.
    void configFileLocation()
    {
        const QString fromVariable =
            writeFile(QStringLiteral("variable.conf"), "[database]\nurl = sqlite:/variable.db\n");
        const QString fromFlag =
            writeFile(QStringLiteral("flag.conf"), "[database]\nurl = sqlite:/flag.db\n");
        QString error;
        auto config = load({}, {u"SUPPORTDESK_CONFIG="_s + fromVariable}, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->databaseUrl, QStringLiteral("sqlite:/variable.db"));
        config = load({QStringLiteral("--config"), fromFlag},
                      {u"SUPPORTDESK_CONFIG="_s + fromVariable}, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->databaseUrl, QStringLiteral("sqlite:/flag.db"));
        // A variable still beats the file.
        config = load({QStringLiteral("--config"), fromFlag}, {u"SUPPORTDESK_DB=sqlite:/env.db"_s},
                      &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->databaseUrl, QStringLiteral("sqlite:/env.db"));
    }

    // Every setting from each of its three names.
    void everySetting_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("file") << u"file"_s;
        QTest::newRow("variables") << u"variables"_s;
        QTest::newRow("flags") << u"flags"_s;
    }

    void everySetting()
    {
        QFETCH(QString, source);
        // section, key, flag, variable, value
        const QList<QStringList> table{
            {u"database"_s, u"url"_s, u"db"_s, u"DB"_s, u"sqlite:/x.db"_s},
            {u"server"_s, u"listen"_s, u"listen"_s, u"LISTEN"_s, u"[::1]:8443"_s},
            {u"server"_s, u"tls_cert"_s, u"tls-cert"_s, u"TLS_CERT"_s, u"%dir/cert.pem"_s},
            {u"server"_s, u"tls_key"_s, u"tls-key"_s, u"TLS_KEY"_s, u"%dir/key.pem"_s},
            {u"server"_s, u"worker_threads"_s, u"worker-threads"_s, u"WORKER_THREADS"_s, u"3"_s},
            {u"limits"_s, u"attachment_limit"_s, u"attachment-limit"_s, u"ATTACHMENT_LIMIT"_s,
             u"300KB"_s},
            {u"limits"_s, u"request_body_limit"_s, u"request-body-limit"_s, u"REQUEST_BODY_LIMIT"_s,
             u"2MiB"_s},
            {u"auth"_s, u"session_lifetime_hours"_s, u"session-lifetime-hours"_s,
             u"SESSION_LIFETIME_HOURS"_s, u"8"_s},
            {u"auth"_s, u"login_attempts_per_login"_s, u"login-attempts-per-login"_s,
             u"LOGIN_ATTEMPTS_PER_LOGIN"_s, u"6"_s},
            {u"auth"_s, u"login_attempts_per_address"_s, u"login-attempts-per-address"_s,
             u"LOGIN_ATTEMPTS_PER_ADDRESS"_s, u"40"_s},
            {u"auth"_s, u"login_window_minutes"_s, u"login-window-minutes"_s,
             u"LOGIN_WINDOW_MINUTES"_s, u"20"_s},
            {u"tickets"_s, u"number_prefix"_s, u"ticket-number-prefix"_s, u"TICKET_NUMBER_PREFIX"_s,
             u"hd"_s},
            {u"tickets"_s, u"number_time_zone"_s, u"ticket-number-time-zone"_s,
             u"TICKET_NUMBER_TIME_ZONE"_s, u"Asia/Novosibirsk"_s},
            {u"tickets"_s, u"reopen_days"_s, u"reopen-days"_s, u"REOPEN_DAYS"_s, u"0"_s},
            {u"tickets"_s, u"duplicate_window_days"_s, u"duplicate-window-days"_s,
             u"DUPLICATE_WINDOW_DAYS"_s, u"30"_s},
            {u"log"_s, u"format"_s, u"log-format"_s, u"LOG_FORMAT"_s, u"json"_s},
            {u"sla"_s, u"scheduler_interval"_s, u"sla-interval"_s, u"SLA_INTERVAL"_s, u"1"_s},
        };
        QStringList arguments;
        QStringList variables;
        QByteArray file;
        for (const QStringList &row : table) {
            if (source == u"file")
                file += '[' + row[0].toUtf8() + "]\n" + row[1].toUtf8() + " = " +
                        expand(row[4]).toUtf8() + '\n';
            else if (source == u"variables")
                variables.append(u"SUPPORTDESK_"_s + row[3] + u'=' + row[4]);
            else
                arguments << u"--"_s + row[2] << row[4];
        }
        if (source == u"file")
            arguments << QStringLiteral("--config") << writeFile(QStringLiteral("all.conf"), file);
        QString error;
        const auto config = load(arguments, variables, &error);
        QVERIFY2(config, qPrintable(error));
        ServerConfig expected{u"sqlite:/x.db"_s,
                              u"[::1]:8443"_s,
                              m_dir.filePath(u"cert.pem"_s),
                              m_dir.filePath(u"key.pem"_s),
                              3,
                              300'000,
                              2 * 1024 * 1024,
                              8,
                              6,
                              40,
                              20,
                              u"HD"_s,
                              u"Asia/Novosibirsk"_s,
                              0,
                              30,
                              u"json"_s,
                              1};
        QCOMPARE(*config, expected);
    }

    // A relative path in the file is relative to the file's folder, not the working one.
    void relativePathsFollowTheFile()
    {
        const QString path =
            writeFile(QStringLiteral("tls.conf"),
                      "[database]\nurl = sqlite::memory:\n[server]\ntls_cert = cert.pem\ntls_key = "
                      "\"key.pem\"\n");
        QString error;
        const auto config = load({QStringLiteral("--config"), path}, {}, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->tlsCertificate, m_dir.filePath(QStringLiteral("cert.pem")));
        QCOMPARE(config->tlsKey, m_dir.filePath(QStringLiteral("key.pem")));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("variables");
        QTest::addColumn<QStringList>("expected"); // all must appear in the message
        const QStringList db{u"--db"_s, u"sqlite::memory:"_s};
        const QString conf = u"%dir/bad.conf"_s;
        auto file = [&](const char *name, const QByteArray &content, const QStringList &expected) {
            QTest::addRow("%s", name) << content << db << QStringList() << expected;
        };
        file("file: misspelt key", "[limits]\natachment_limit = 1MB\n",
             {conf, u"line 2"_s, u"atachment_limit"_s, u"[limits] attachment_limit"_s});
        file("file: key in the wrong section", "[database]\nlisten = 127.0.0.1:1\n",
             {conf, u"[database] listen"_s, u"did you mean [server] listen"_s});
        file("file: unknown key", "\n[server]\nfrobnicate = 1\n",
             {conf, u"line 3"_s, u"frobnicate"_s, u"[log] format"_s});
        file("file: bad number", "[auth]\nsession_lifetime_hours = twelve\n",
             {conf, u"session_lifetime_hours"_s, u"twelve"_s, u"whole number"_s});
        file("file: negative days", "[tickets]\nreopen_days = -3\n",
             {conf, u"reopen_days"_s, u"negative"_s});
        file("file: bad size", "[limits]\nattachment_limit = 1.5MB\n",
             {conf, u"attachment_limit"_s, u"1.5MB"_s, u"10MiB"_s});
        file("file: unknown time zone", "[tickets]\nnumber_time_zone = Europe/Atlantis\n",
             {conf, u"number_time_zone"_s, u"Europe/Atlantis"_s, u"IANA"_s});
        file("file: bad listen", "[server]\nlisten = somewhere\n",
             {conf, u"[server] listen"_s, u"somewhere"_s});
        file("file: not a key", "[server]\njust some words\n",
             {conf, u"line 2"_s, u"key = value"_s});
        file("file: key before section", "listen = 127.0.0.1:1\n",
             {conf, u"line 1"_s, u"[section]"_s});
        file("file: key twice", "[server]\nlisten = 127.0.0.1:1\nlisten = 127.0.0.1:2\n",
             {conf, u"line 3"_s, u"second time"_s});
        file("file: key without certificate", "[server]\ntls_key = key.pem\n",
             {conf, u"tls_key"_s, u"certificate"_s, u"--tls-cert"_s});
        file("file: not UTF-8", "[server]\nlisten = \xff\xfe\n", {conf, u"UTF-8"_s});

        auto other = [&](const char *name, const QStringList &arguments,
                         const QStringList &variables, const QStringList &expected) {
            QTest::addRow("%s", name) << QByteArray() << arguments << variables << expected;
        };
        other("unreadable file", db + QStringList{u"--config"_s, u"%dir/missing.conf"_s}, {},
              {u"%dir/missing.conf"_s});
        other("variable: negative size", db, {u"SUPPORTDESK_ATTACHMENT_LIMIT=-1MB"_s},
              {u"SUPPORTDESK_ATTACHMENT_LIMIT"_s, u"negative"_s});
        other("variable: bad log format", db, {u"SUPPORTDESK_LOG_FORMAT=xml"_s},
              {u"SUPPORTDESK_LOG_FORMAT"_s, u"xml"_s, u"json"_s});
        other("variable: bad number", db, {u"SUPPORTDESK_WORKER_THREADS=four"_s},
              {u"SUPPORTDESK_WORKER_THREADS"_s, u"0 to 256"_s});
        other("flag: unknown unit", db + QStringList{u"--request-body-limit"_s, u"10XB"_s}, {},
              {u"--request-body-limit"_s, u"10XB"_s});
        other("flag: zero size", db + QStringList{u"--attachment-limit"_s, u"0"_s}, {},
              {u"--attachment-limit"_s, u"greater than zero"_s});
        other("flag: huge size", db + QStringList{u"--attachment-limit"_s, u"99999999999GiB"_s}, {},
              {u"--attachment-limit"_s, u"99999999999GiB"_s});
        other("flag: negative count", db + QStringList{u"--login-window-minutes"_s, u"-5"_s}, {},
              {u"--login-window-minutes"_s, u"negative"_s});
        other("flag: zero attempts", db + QStringList{u"--login-attempts-per-login"_s, u"0"_s}, {},
              {u"--login-attempts-per-login"_s, u"from 1 to"_s});
        other("flag: too many threads", db + QStringList{u"--worker-threads"_s, u"100000"_s}, {},
              {u"--worker-threads"_s, u"0 to 256"_s});
        other("flag: unknown time zone",
              db + QStringList{u"--ticket-number-time-zone"_s, u"Mars/Olympus"_s}, {},
              {u"--ticket-number-time-zone"_s, u"Mars/Olympus"_s});
        other("flag: bad prefix", db + QStringList{u"--ticket-number-prefix"_s, u"S-D"_s}, {},
              {u"--ticket-number-prefix"_s, u"S-D"_s});
        other("flag: bad database URL", {u"--db"_s, u"mysql://localhost/sd"_s}, {},
              {u"--db"_s, u"mysql"_s});
        other("certificate without key", db + QStringList{u"--tls-cert"_s, u"%dir/cert.pem"_s}, {},
              {u"--tls-cert"_s, u"key"_s, u"SUPPORTDESK_TLS_KEY"_s});
        other("unreadable certificate", db,
              {u"SUPPORTDESK_TLS_CERT=%dir/none.pem"_s, u"SUPPORTDESK_TLS_KEY=%dir/key.pem"_s},
              {u"SUPPORTDESK_TLS_CERT"_s, u"%dir/none.pem"_s});
        other("no database", {}, {}, {u"--db"_s, u"SUPPORTDESK_DB"_s, u"[database]"_s});
    }

    void badInput()
    {
        QFETCH(QByteArray, file);
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, variables);
        QFETCH(QStringList, expected);
        if (!file.isEmpty())
            arguments << QStringLiteral("--config") << writeFile(QStringLiteral("bad.conf"), file);
        QString error;
        const auto config = load(arguments, variables, &error);
        QVERIFY(!config);
        QVERIFY(!error.contains(u'\n'));
        for (const QString &part : expected)
            QVERIFY2(error.contains(expand(part)),
                     qPrintable(u"\""_s + expand(part) + u"\" not in: "_s + error));
    }

    void sizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes"); // -1: refused
        QTest::addRow("plain bytes") << u"1048576"_s << qint64(1048576);
        QTest::addRow("KB is decimal") << u"300KB"_s << qint64(300'000);
        QTest::addRow("MB is decimal") << u"10MB"_s << qint64(10'000'000);
        QTest::addRow("MiB is binary") << u"10MiB"_s << qint64(10 * 1024 * 1024);
        QTest::addRow("KiB") << u"64KiB"_s << qint64(64 * 1024);
        QTest::addRow("GiB") << u"2GiB"_s << (qint64(2) << 30);
        QTest::addRow("GB") << u"1GB"_s << qint64(1'000'000'000);
        QTest::addRow("B") << u"512B"_s << qint64(512);
        QTest::addRow("space and lower case") << u" 300 kb "_s << qint64(300'000);
        QTest::addRow("zero") << u"0"_s << qint64(0);
        QTest::addRow("word") << u"ten"_s << qint64(-1);
        QTest::addRow("empty") << QString() << qint64(-1);
        QTest::addRow("unknown unit") << u"10XB"_s << qint64(-1);
        QTest::addRow("fraction") << u"1.5MB"_s << qint64(-1);
        QTest::addRow("negative") << u"-1"_s << qint64(-1);
        QTest::addRow("unit only") << u"MB"_s << qint64(-1);
        QTest::addRow("overflow") << u"9223372036854775807KB"_s << qint64(-1);
        QTest::addRow("too many digits") << u"99999999999999999999"_s << qint64(-1);
    }

    void sizes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        const std::optional<qint64> parsed = ByteSize::parse(text);
        QCOMPARE(parsed.value_or(-1), bytes);
        if (parsed)
            QCOMPARE(ByteSize::parse(ByteSize::format(*parsed)), parsed);
    }

    void formatsSizesInTheLargestExactUnit()
    {
        QCOMPARE(ByteSize::format(10 * 1024 * 1024), u"10MiB"_s);
        QCOMPARE(ByteSize::format(300'000), u"300KB"_s);
        QCOMPARE(ByteSize::format(1536), u"1536"_s);
        QCOMPARE(ByteSize::format(1000 * 1024), u"1000KiB"_s);
        QCOMPARE(ByteSize::format(123), u"123"_s);
    }

    // describe() is a config file: it loads back to the same settings, and hides the password.
    void describeRoundTrips()
    {
        QString error;
        const auto config = load({u"--db"_s, u"sqlite:/data/sd.db"_s, u"--attachment-limit"_s,
                                  u"300KB"_s, u"--tls-cert"_s, u"%dir/cert.pem"_s, u"--tls-key"_s,
                                  u"%dir/key.pem"_s, u"--log-format"_s, u"json"_s},
                                 {}, &error);
        QVERIFY2(config, qPrintable(error));
        const QString text = ServerConfigLoader::describe(*config);
        QVERIFY(text.contains(u"\n[limits]\nattachment_limit = 300KB\n"_s));
        const QString path = writeFile(u"described.conf"_s, text.toUtf8());
        const auto again = load({u"--config"_s, path}, {}, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(*again, *config);
    }

    void describeHidesThePassword()
    {
        QString error;
        const auto config =
            load({u"--db"_s, u"postgresql://sd:s3cr3t-pw@127.0.0.1:5433/support"_s}, {}, &error);
        QVERIFY2(config, qPrintable(error));
        const QString text = ServerConfigLoader::describe(*config);
        QVERIFY(!text.contains(u"s3cr3t-pw"_s));
        QVERIFY2(text.contains(u"url = postgresql://sd@127.0.0.1:5433/support\n"_s),
                 qPrintable(text));
    }

    // The example file documents every key with its default: uncommented, it loads to the
    // defaults, and describe() names no key the example lacks.
    void exampleFileDocumentsEveryKey()
    {
        QFile example(sd::testing::sourcePath(u"resources/supportdesk-server.conf.example"_s));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(example.readAll());
        static const QRegularExpression commentedKey(u"^#(\\w+ =)"_s,
                                                     QRegularExpression::MultilineOption);
        text.replace(commentedKey, u"\\1"_s);
        QString error;
        const auto config =
            load({u"--config"_s, writeFile(u"example.conf"_s, text.toUtf8())}, {}, &error);
        QVERIFY2(config, qPrintable(error));
        ServerConfig expected;
        expected.databaseUrl = config->databaseUrl;
        QVERIFY(!expected.databaseUrl.isEmpty());
        QCOMPARE(*config, expected);

        static const QRegularExpression line(u"^(\\w+) ="_s, QRegularExpression::MultilineOption);
        const QString described = ServerConfigLoader::describe(expected);
        for (auto it = line.globalMatch(described); it.hasNext();) {
            const QString key = it.next().captured(1);
            QVERIFY2(text.contains(u'\n' + key + u" ="_s), qPrintable(key));
        }
    }

    void byteOrderMarkAndCrLf()
    {
        const QString path = writeFile(
            u"bom.conf"_s, "\xEF\xBB\xBF[database]\r\nurl = sqlite:/bom.db\r\n; comment\r\n");
        QString error;
        const auto config = load({u"--config"_s, path}, {}, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->databaseUrl, u"sqlite:/bom.db"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "testserverconfig.moc"
