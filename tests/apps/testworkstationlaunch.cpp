#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

class TestWorkstationLaunch : public QObject
{
    Q_OBJECT

    static QProcessEnvironment withoutDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        return env;
    }

private slots:
    void noDisplayIsRefused_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<bool>("cyrillic");
        QTest::addRow("english") << QStringLiteral("en") << false;
        QTest::addRow("russian") << QStringLiteral("ru") << true;
    }

    void noDisplayIsRefused()
    {
        QFETCH(QString, lang);
        QFETCH(bool, cyrillic);
        QProcessEnvironment env = withoutDisplay();
        env.insert(QStringLiteral("SUPPORTDESK_LANG"), lang);
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SD_WORKSTATION_BIN), {});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        // In the user's language, and it names the way out.
        static const QRegularExpression cyrillicLetter(QStringLiteral("[а-яё]"),
                                                       QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(err.contains(cyrillicLetter) == cyrillic, qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("--offscreen")), qPrintable(err));
    }

    // The whole first start: private server, migration, demo data, health, in a fresh folder.
    void offscreenSmokeStartsPrivateServer()
    {
        QTemporaryDir dataDir;
        QProcess process;
        process.setProcessEnvironment(withoutDisplay());
        process.start(QStringLiteral(SD_WORKSTATION_BIN),
                      {QStringLiteral("--offscreen"), QStringLiteral("--smoke"),
                       QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"),
                       dataDir.path()});
        QVERIFY(process.waitForFinished(120000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(process.exitCode() == 0,
                 qPrintable(out + QString::fromUtf8(process.readAllStandardError())));
        QVERIFY(out.contains(QStringLiteral("connected to http://127.0.0.1:")));
        QVERIFY(QFileInfo::exists(dataDir.filePath(QStringLiteral("supportdesk.db"))));
    }

    // A server URL that answers nothing: the workstation says so instead of hanging.
    void unreachableServerFails()
    {
        QProcess process;
        process.setProcessEnvironment(withoutDisplay());
        process.start(QStringLiteral(SD_WORKSTATION_BIN),
                      {QStringLiteral("--offscreen"), QStringLiteral("--smoke"),
                       QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--server"),
                       QStringLiteral("http://127.0.0.1:1")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(QString::fromUtf8(process.readAllStandardError())
                    .contains(QStringLiteral("127.0.0.1:1")));
    }
};

QTEST_GUILESS_MAIN(TestWorkstationLaunch)
#include "testworkstationlaunch.moc"
