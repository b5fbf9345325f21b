// What the main window knows from its start, against a real server: the installation's
// attachment limit (the server's, not the built-in default; the last one known when the
// server cannot be reached) reaches the reply editor, and the status bar says while the
// ticket list is still loading that only the newest tickets are shown and searched.
#include "apifixture.h"
#include "client/attachmentlimit.h"
#include "client/clientsession.h"
#include "client/retrypolicy.h"
#include "client/serverapi.h"
#include "core/attachmentpolicy.h"
#include "widgets/attachmentchip.h"
#include "widgets/attachmentlist.h"
#include "widgets/dashboard.h"
#include "widgets/mainwindow.h"
#include "widgets/replyeditor.h"
#include "widgets/tickettablemodel.h"
#include "widgets/tickettablepane.h"
#include "widgets/ticketview.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using sd::core::AttachmentPolicy;
using sd::testing::ApiClient;
using sd::testing::ApiFixture;
using sd::testing::ServerProcess;
using sd::widgets::MainWindow;

namespace {

// Seed 004's installation: 300 KB ("KB" is decimal for the server's settings).
constexpr qint64 SeedLimit = 300'000;

// One agent's workstation on `base`: its API, session (profile under `home`) and window.
struct Workstation
{
    Workstation(QNetworkAccessManager *network, const QUrl &base, const QString &token,
                const sd::core::User &user, const QString &home)
        : api(network, base)
    {
        sd::client::RetryPolicy::Settings once;
        once.maxAttempts = 1;
        api.setRetryPolicy(sd::client::RetryPolicy(once));
        api.setDefaultTimeoutMs(5000);
        api.setToken(token);
        auto opened = sd::client::ClientSession::open(&api, user, home);
        if (!opened) {
            qWarning("session: %s", qPrintable(opened.error().message));
            return;
        }
        session = std::move(opened).value();
        window = std::make_unique<MainWindow>(*session);
    }

    sd::widgets::ReplyEditor *editor() const { return window->ticketView()->editor(); }
    qint64 editorLimit() const { return editor()->attachmentList()->policy().limits().maxBytes; }

    sd::client::ServerApi api;
    std::unique_ptr<sd::client::ClientSession> session;
    std::unique_ptr<MainWindow> window;
};

} // namespace

class TestMainWindowStartup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editorChecksAgainstTheServersLimit();
    void lastKnownLimitWhenTheServerIsGone();
    void statusWhileTheTicketListLoads();
    void dashboardForSupervisorsOnly_data();
    void dashboardForSupervisorsOnly();

private:
    std::unique_ptr<Workstation> workstation();
    // A log file of `bytes` bytes.
    QString writeLog(const QString &name, qint64 bytes);

    ApiFixture f;
    ServerProcess m_seedServer{QStringLiteral(SD_SERVER_BIN)};
    QNetworkAccessManager m_network;
    QTemporaryDir m_home;
    QString m_token;
};

void TestMainWindowStartup::initTestCase()
{
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
    QCoreApplication::setOrganizationName(u"SupportDeskTest"_s);
    QVERIFY2(m_seedServer.start(f.testDb.url(), {u"--attachment-limit"_s, u"300KB"_s}),
             qPrintable(m_seedServer.error()));
    ApiClient client(m_seedServer.baseUrl());
    QCOMPARE(client.signIn(u"agent"_s, ApiFixture::Password).status, 200);
    m_token = client.token();
}

std::unique_ptr<Workstation> TestMainWindowStartup::workstation()
{
    return std::make_unique<Workstation>(&m_network, m_seedServer.baseUrl(), m_token,
                                         f.user(u"agent"_s), m_home.filePath(u"profiles"_s));
}

QString TestMainWindowStartup::writeLog(const QString &name, qint64 bytes)
{
    QFile file(m_home.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    const QByteArray line = "2026-12-07 10:00:00 INFO import: row accepted\n";
    for (qint64 written = 0; written < bytes; written += line.size())
        file.write(line.left(int(qMin<qint64>(line.size(), bytes - written))));
    return file.fileName();
}

// A file between the server's limit and the built-in 10 MiB is refused while it is attached,
// with the limit the server will hold it to; one within the limit passes.
void TestMainWindowStartup::editorChecksAgainstTheServersLimit()
{
    const auto agent = workstation();
    QVERIFY(agent->window);
    QTRY_COMPARE_WITH_TIMEOUT(agent->editorLimit(), SeedLimit, 10000);
    QCOMPARE(agent->window->attachmentLimit()->maxBytes(), SeedLimit);

    const qint64 size = 500'000;
    QVERIFY(size < AttachmentPolicy::DefaultMaxBytes);
    const QString tooLarge = writeLog(u"import-full.log"_s, size);
    const QString fits = writeLog(u"import-short.log"_s, 200'000);
    sd::widgets::ReplyEditor *editor = agent->editor();
    sd::widgets::AttachmentList *list = editor->attachmentList();
    QVERIFY(!list->addFile(tooLarge));
    QVERIFY(list->addFile(fits));
    const QString explained = AttachmentPolicy({SeedLimit}).checkSize(size).reason;
    QCOMPARE(list->chipAt(0)->reason(), explained);
    QVERIFY2(explained.contains(QLocale().formattedDataSize(SeedLimit, 1)), qPrintable(explained));
    // Send does not let it through.
    QSignalSpy sendRequested(editor, &sd::widgets::ReplyEditor::sendRequested);
    editor->send();
    QCOMPARE(sendRequested.count(), 0);

    // An admin raises the limit: the next answer re-checks what is attached.
    ServerProcess raised{QStringLiteral(SD_SERVER_BIN)};
    QVERIFY2(raised.start(f.testDb.url(), {u"--attachment-limit"_s, u"1MB"_s}),
             qPrintable(raised.error()));
    agent->api.setBaseUrl(raised.baseUrl());
    agent->window->attachmentLimit()->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(agent->editorLimit(), qint64(1'000'000), 10000);
    QVERIFY(!list->hasRefused());
    agent->api.setBaseUrl(m_seedServer.baseUrl());
    agent->window->attachmentLimit()->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(agent->editorLimit(), SeedLimit, 10000);
    QVERIFY(list->hasRefused());
}

// Started while the server is down: the limit it told last time, not the default.
void TestMainWindowStartup::lastKnownLimitWhenTheServerIsGone()
{
    const QUrl base = m_seedServer.baseUrl();
    QVERIFY(m_seedServer.stop());
    const auto offline = workstation();
    QCOMPARE(offline->api.baseUrl(), base);
    QVERIFY(offline->window);
    QCOMPARE(offline->editorLimit(), SeedLimit);
    QVERIFY(offline->window->attachmentLimit()->isKnown());
    // The failed request to the server changes nothing.
    QTRY_COMPARE_WITH_TIMEOUT(offline->api.reachability(),
                              sd::client::ServerApi::Reachability::Unreachable, 10000);
    QCOMPARE(offline->editorLimit(), SeedLimit);
    const QString tooLarge = writeLog(u"offline.log"_s, 400'000);
    QVERIFY(!offline->editor()->attachmentList()->addFile(tooLarge));
    QCOMPARE(offline->editor()->attachmentList()->chipAt(0)->reason(),
             AttachmentPolicy({SeedLimit}).checkSize(400'000).reason);
}

// From the start until the worker thread has read every ticket, the status bar says that only
// the newest tickets are shown and searched, whatever other messages come and go; then it goes.
void TestMainWindowStartup::statusWhileTheTicketListLoads()
{
    const auto agent = workstation();
    QVERIFY(agent->window);
    sd::widgets::TicketTableModel *model = agent->window->ticketModel();
    QSignalSpy loaded(model, &sd::widgets::TicketTableModel::loaded);
    QLabel *label = agent->window->loadingLabel();
    QCOMPARE(label->objectName(), u"ticketListLoadingLabel"_s);
    QVERIFY(!model->isLoaded());
    QVERIFY(!label->isHidden());
    QVERIFY(
        label->text().contains(QString::number(sd::widgets::TicketTableModel::FirstScreenRows)));
    // Shown without waiting for it (no events handled yet, so the load cannot end here). A
    // message meanwhile does not hide it.
    agent->window->show();
    QVERIFY(label->isVisible());
    QStatusBar *bar = agent->window->statusBar();
    bar->showMessage(u"Someone else's news"_s);
    QVERIFY(label->isVisible());
    bar->clearMessage();
    QVERIFY(label->isVisible());

    QVERIFY(loaded.wait(10000));
    QVERIFY(model->isLoaded());
    QVERIFY(label->isHidden());
    QVERIFY(!bar->currentMessage().isEmpty());
    bar->clearMessage();
    QVERIFY(label->isHidden());
}

QTEST_MAIN(TestMainWindowStartup)
void TestMainWindowStartup::dashboardForSupervisorsOnly_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("dashboard");
    QTest::newRow("agent") << u"agent"_s << false;
    QTest::newRow("supervisor") << u"boss"_s << true;
    QTest::newRow("admin") << u"admin"_s << true;
}

void TestMainWindowStartup::dashboardForSupervisorsOnly()
{
    QFETCH(QString, login);
    QFETCH(bool, dashboard);
    // The fixture's own server: an earlier test stops the one with the seed's limit.
    ApiClient client(f.server.baseUrl());
    QCOMPARE(client.signIn(login, ApiFixture::Password).status, 200);
    Workstation station(&m_network, f.server.baseUrl(), client.token(), f.user(login),
                        m_home.filePath(u"profiles-"_s + login));
    QVERIFY(station.window);
    auto *tabs = station.window->findChild<QTabWidget *>(u"mainTabs"_s);
    QCOMPARE(station.window->dashboard() != nullptr, dashboard);
    QCOMPARE(tabs != nullptr, dashboard);
    QCOMPARE(station.window->findChild<QAction *>(u"slaAdminAction"_s) != nullptr, dashboard);
    if (!dashboard)
        return;
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->widget(1), station.window->dashboard());
    // The ticket table stays the first tab and is what the window opens on.
    QCOMPARE(tabs->currentIndex(), 0);
    QVERIFY(tabs->widget(0)->isAncestorOf(station.window->ticketPane()));
}

#include "testmainwindowstartup.moc"
