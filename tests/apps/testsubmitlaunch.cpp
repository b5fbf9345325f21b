// The supportdesk-submit binary itself: without a display it refuses in words instead of
// crashing, and its command line documents the pre-fill options the customer's software uses.
#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestSubmitLaunch : public QObject
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
    void noDisplayIsRefused()
    {
        QProcess process;
        process.setProcessEnvironment(withoutDisplay());
        process.start(QStringLiteral(SD_SUBMIT_BIN), {u"--lang"_s, u"en"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(u"graphical display"_s), qPrintable(err));
    }

    void helpNamesPrefillOptions_data()
    {
        QTest::addColumn<QString>("option");
        for (const QString &option : {u"--server"_s, u"--subject"_s, u"--product"_s, u"--version"_s,
                                      u"--attach"_s, u"--profile-dir"_s})
            QTest::addRow("%s", qPrintable(option)) << option;
    }

    void helpNamesPrefillOptions()
    {
        QFETCH(QString, option);
        QProcess process;
        process.start(QStringLiteral(SD_SUBMIT_BIN), {u"--offscreen"_s, u"--help"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(option), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestSubmitLaunch)
#include "testsubmitlaunch.moc"
