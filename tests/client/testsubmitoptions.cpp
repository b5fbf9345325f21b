// The submission dialog's command line and where its server comes from: what the customer's
// own software passes reaches the options, relative files are found against the caller's
// folder, a missing file or a bad address is reported, and an installer's preset is read.
#include "client/submitoptions.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using sd::client::SubmitOptions;

class TestSubmitOptions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void attachments_data();
    void attachments();
    void serverFromText_data();
    void serverFromText();
    void preset_data();
    void preset();

private:
    QTemporaryDir m_dir;
};

void TestSubmitOptions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(u"logs"_s));
    for (const QString &name : {u"screen.png"_s, u"logs/app.log"_s}) {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
}

void TestSubmitOptions::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("problems");

    QTest::addRow("nothing") << QStringList{} << QString() << QString() << QString() << QString()
                             << QString() << 0;
    QTest::addRow("pre-fill") << QStringList{u"--subject"_s, u"Печать счёта падает с ошибкой 17"_s,
                                             u"--product"_s, u"Склад"_s,
                                             u"--version"_s, u"5.2.1 build 1234"_s}
                              << u"Печать счёта падает с ошибкой 17"_s << u"Склад"_s
                              << u"5.2.1 build 1234"_s << QString() << QString() << 0;
    QTest::addRow("equals form") << QStringList{u"--subject=Import fails"_s, u"--version=7.1"_s}
                                 << u"Import fails"_s << QString() << u"7.1"_s << QString()
                                 << QString() << 0;
    QTest::addRow("server") << QStringList{u"--server"_s, u"http://127.0.0.1:8080/"_s} << QString()
                            << QString() << QString() << u"http://127.0.0.1:8080"_s << QString()
                            << 0;
    QTest::addRow("server without scheme")
        << QStringList{u"--server"_s, u"desk.example.com"_s} << QString() << QString() << QString()
        << u"https://desk.example.com"_s << QString() << 0;
    QTest::addRow("bad server") << QStringList{u"--server"_s, u"ftp://desk.example.com"_s}
                                << QString() << QString() << QString() << QString() << QString()
                                << 1;
    QTest::addRow("language") << QStringList{u"--lang"_s, u"RU"_s} << QString() << QString()
                              << QString() << QString() << u"ru"_s << 0;
    QTest::addRow("unknown language") << QStringList{u"--lang"_s, u"de"_s} << QString() << QString()
                                      << QString() << QString() << u"de"_s << 1;
    QTest::addRow("unknown option") << QStringList{u"--colour"_s, u"red"_s} << QString()
                                    << QString() << QString() << QString() << QString() << 1;
    QTest::addRow("stray argument")
        << QStringList{u"--subject"_s, u"Import fails"_s, u"extra"_s} << u"Import fails"_s
        << QString() << QString() << QString() << QString() << 1;
}

void TestSubmitOptions::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, subject);
    QFETCH(QString, product);
    QFETCH(QString, version);
    QFETCH(QString, server);
    QFETCH(QString, language);
    QFETCH(int, problems);
    const SubmitOptions options =
        SubmitOptions::parse(QStringList{u"supportdesk-submit"_s} + arguments, m_dir.path());
    QVERIFY2(options.problems.size() == problems, qPrintable(options.problems.join(u" | "_s)));
    if (problems > 0)
        return;
    QCOMPARE(options.subject, subject);
    QCOMPARE(options.product, product);
    QCOMPARE(options.version, version);
    QCOMPARE(options.serverUrl.toString(), server);
    QCOMPARE(options.language, language);
    QVERIFY(!options.helpRequested);
}

void TestSubmitOptions::attachments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("missing");

    QTest::addRow("relative") << QStringList{u"--attach"_s, u"screen.png"_s}
                              << QStringList{u"screen.png"_s} << QStringList{};
    QTest::addRow("repeated") << QStringList{u"--attach"_s, u"screen.png"_s, u"--attach"_s,
                                             u"logs/app.log"_s}
                              << QStringList{u"screen.png"_s, u"logs/app.log"_s} << QStringList{};
    QTest::addRow("dotted relative") << QStringList{u"--attach"_s, u"./logs/../screen.png"_s}
                                     << QStringList{u"screen.png"_s} << QStringList{};
    QTest::addRow("missing is reported")
        << QStringList{u"--attach"_s, u"screen.png"_s, u"--attach"_s, u"gone.log"_s}
        << QStringList{u"screen.png"_s} << QStringList{u"gone.log"_s};
    QTest::addRow("a folder is not a file")
        << QStringList{u"--attach"_s, u"logs"_s} << QStringList{} << QStringList{u"logs"_s};
}

void TestSubmitOptions::attachments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, files);
    QFETCH(QStringList, missing);
    const SubmitOptions options =
        SubmitOptions::parse(QStringList{u"supportdesk-submit"_s} + arguments, m_dir.path());
    QStringList expected;
    for (const QString &file : files)
        expected.append(m_dir.filePath(file));
    QCOMPARE(options.attachments, expected);
    QCOMPARE(options.problems.size(), missing.size());
    for (int i = 0; i < missing.size(); ++i)
        QVERIFY2(options.problems.at(i).contains(missing.at(i)),
                 qPrintable(options.problems.at(i)));
}

void TestSubmitOptions::serverFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url");
    QTest::addRow("full") << u"https://support.example.com/"_s << u"https://support.example.com"_s;
    QTest::addRow("host and port") << u" desk.local:8080 "_s << u"https://desk.local:8080"_s;
    QTest::addRow("http kept") << u"http://127.0.0.1:5000"_s << u"http://127.0.0.1:5000"_s;
    QTest::addRow("empty") << u"   "_s << QString();
    QTest::addRow("other scheme") << u"mailto:support@example.com"_s << QString();
    QTest::addRow("no host") << u"http://"_s << QString();
}

void TestSubmitOptions::serverFromText()
{
    QFETCH(QString, text);
    QFETCH(QString, url);
    const QUrl parsed = SubmitOptions::serverFromText(text);
    QCOMPARE(parsed.isValid() ? parsed.toString() : QString(), url);
}

void TestSubmitOptions::preset_data()
{
    QTest::addColumn<QStringList>("contents"); // one file each; empty: the file is absent
    QTest::addColumn<QString>("url");
    QTest::addRow("none") << QStringList{QString(), QString()} << QString();
    QTest::addRow("next to the program")
        << QStringList{u"https://desk.example.com"_s, u"https://other.example.com"_s}
        << u"https://desk.example.com"_s;
    QTest::addRow("system folder")
        << QStringList{QString(), u"desk.example.com:8443"_s} << u"https://desk.example.com:8443"_s;
    QTest::addRow("an invalid one is skipped")
        << QStringList{u"ftp://nope"_s, u"https://desk.example.com"_s}
        << u"https://desk.example.com"_s;
}

void TestSubmitOptions::preset()
{
    QFETCH(QStringList, contents);
    QFETCH(QString, url);
    QTemporaryDir dir;
    QStringList files;
    for (int i = 0; i < contents.size(); ++i) {
        files.append(dir.filePath(u"%1/%2"_s.arg(i).arg(SubmitOptions::PresetFileName)));
        if (contents.at(i).isEmpty())
            continue;
        QSettings preset(files.constLast(), QSettings::IniFormat);
        preset.setValue(SubmitOptions::PresetKey, contents.at(i));
    }
    const QUrl preset = SubmitOptions::presetServer(files);
    QCOMPARE(preset.isValid() ? preset.toString() : QString(), url);
}

QTEST_GUILESS_MAIN(TestSubmitOptions)
#include "testsubmitoptions.moc"
