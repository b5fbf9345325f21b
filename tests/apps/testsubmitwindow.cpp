// The customer's submission dialog end to end against a real server: the first-run screen
// accepts only a working SupportDesk server, a support team account is sent to the
// workstation, the command line pre-fills the form, and a request sent while the server is
// down becomes exactly one ticket once it is back, also when the dialog is closed and started
// again meanwhile; the customer learns its number either way.
#include "apifixture.h"
#include "client/clientsession.h"
#include "client/healthprobe.h"
#include "client/requestsubmitter.h"
#include "storage/kbarticlerepository.h"
#include "widgets/logindialog.h"
#include "widgets/requestform.h"
#include "widgets/requeststatus.h"
#include "widgets/serversetupdialog.h"
#include "widgets/submitlauncher.h"
#include "widgets/submitwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using sd::client::SubmitOptions;
using sd::testing::ApiFixture;
using sd::widgets::LoginDialog;
using sd::widgets::RequestForm;
using sd::widgets::RequestStatus;
using sd::widgets::ServerSetupDialog;
using sd::widgets::SubmitLauncher;
using sd::widgets::SubmitWindow;

namespace {

bool keychainExpected()
{
    return qEnvironmentVariable("SD_KEYRING") != u"none";
}

// A web server that is not SupportDesk: answers every request with one canned response.
class CannedHttpServer final : public QTcpServer
{
public:
    explicit CannedHttpServer(QByteArray response) : m_response(std::move(response))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    socket->write(m_response);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }

private:
    QByteArray m_response;
};

QByteArray httpResponse(const QByteArray &status, const QByteArray &type, const QByteArray &body)
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: " + type +
           "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n\r\n" + body;
}

} // namespace

class TestSubmitWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void setupRefuses_data();
    void setupRefuses();
    void firstRunAsksForServer();
    void staffAccountIsSentToWorkstation();
    void prefillReachesForm();
    void projectCodeWithoutOrganisation_data();
    void projectCodeWithoutOrganisation();
    void remembersSizeAndPosition();
    void suggestsKnowledgeBase();
    void offlineRequestBecomesOneTicket();
    void restartWhileQueuedStillOneTicket();
    void newRequestWhileQueued();
    void refusedEarlierRequestComesBack();

private:
    SubmitLauncher::Options options(const QStringList &arguments = {}) const;
    // Signs in through the login dialog unless a saved sign-in opens the window by itself.
    bool openWindow(SubmitLauncher &launcher, const QString &login);
    static void fillRequest(SubmitWindow *window, const QString &subject);
    bool stopServer();
    bool restartServer();
    QList<QJsonObject> ticketsWithSubject(const QString &subject);

    ApiFixture m_api;
    QTemporaryDir m_home;
    QString m_profiles;
    quint16 m_port = 0;
};

void TestSubmitWindow::initTestCase()
{
    QString error;
    QVERIFY2(m_api.setUp(&error), qPrintable(error));
    m_port = quint16(m_api.server.baseUrl().port());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
    QCoreApplication::setOrganizationName(u"SupportDeskTest"_s);
    QCoreApplication::setApplicationName(u"SubmitWindowTest"_s);
    qInfo("keychain expected: %s", keychainExpected() ? "yes" : "no");
    QImage shot(32, 24, QImage::Format_RGB32);
    shot.fill(Qt::darkCyan);
    QVERIFY(shot.save(m_home.filePath(u"error-dialog.png"_s)));
}

void TestSubmitWindow::init()
{
    // Every case starts as a fresh installation: no server or sign-in remembered.
    QSettings().clear();
    m_profiles = m_home.filePath(u"profiles-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128)));
}

SubmitLauncher::Options TestSubmitWindow::options(const QStringList &arguments) const
{
    SubmitLauncher::Options options;
    options.submit = SubmitOptions::parse(QStringList{u"supportdesk-submit"_s, u"--server"_s,
                                                      m_api.server.baseUrl().toString(),
                                                      u"--profile-dir"_s, m_profiles} +
                                              arguments,
                                          m_home.path());
    options.presetFiles = {};
    return options;
}

bool TestSubmitWindow::openWindow(SubmitLauncher &launcher, const QString &login)
{
    QSignalSpy opened(&launcher, &SubmitLauncher::windowOpened);
    launcher.start();
    const auto loginShown = [&launcher] {
        return launcher.loginDialog() != nullptr && launcher.loginDialog()->isVisible();
    };
    if (!QTest::qWaitFor([&] { return loginShown() || opened.count() > 0; }, 20000))
        return false;
    if (opened.count() > 0)
        return launcher.window() != nullptr;
    LoginDialog *dialog = launcher.loginDialog();
    dialog->findChild<QLineEdit *>(u"loginEdit"_s)->setText(login);
    dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(ApiFixture::Password);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    return QTest::qWaitFor([&] { return opened.count() > 0; }, 20000) &&
           launcher.window() != nullptr;
}

void TestSubmitWindow::fillRequest(SubmitWindow *window, const QString &subject)
{
    RequestForm *form = window->requestForm();
    form->findChild<QLineEdit *>(u"subjectEdit"_s)->setText(subject);
    auto *category = form->findChild<QComboBox *>(u"categoryCombo"_s);
    category->setCurrentIndex(category->findData(u"question"_s));
    form->findChild<QPlainTextEdit *>(u"descriptionEdit"_s)
        ->setPlainText(u"Since the update the price list import stops half way."_s);
    form->findChild<QLineEdit *>(u"productEdit"_s)->setText(u"Склад"_s);
    form->findChild<QLineEdit *>(u"versionEdit"_s)->setText(u"5.2.1"_s);
}

bool TestSubmitWindow::stopServer()
{
    return m_api.server.stop();
}

bool TestSubmitWindow::restartServer()
{
    // The same port: the dialog knows the server by its address.
    if (!m_api.server.start(m_api.testDb.url(), {u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_port)})) {
        qWarning() << m_api.server.error();
        return false;
    }
    return m_api.server.baseUrl().port() == m_port;
}

QList<QJsonObject> TestSubmitWindow::ticketsWithSubject(const QString &subject)
{
    auto agent = m_api.client(u"agent"_s);
    const auto reply = agent->get(u"/api/v1/tickets?limit=500"_s);
    QList<QJsonObject> found;
    for (const QJsonValue &item : reply.json.value(u"items"_s).toArray())
        if (item.toObject().value(u"subject"_s).toString() == subject)
            found.append(item.toObject());
    return found;
}

void TestSubmitWindow::setupRefuses_data()
{
    QTest::addColumn<QString>("server"); // "json", "html": a canned web server of that kind
    QTest::addColumn<QString>("explanation");
    QTest::addRow("not an address") << u"ftp://files.example.com"_s << u"is not a server address"_s;
    QTest::addRow("nothing answers")
        << u"http://127.0.0.1:1"_s << u"No SupportDesk server answers at"_s;
    QTest::addRow("another JSON service") << u"json"_s << u"it is not a SupportDesk server"_s;
    QTest::addRow("an ordinary web site") << u"html"_s << u"No SupportDesk server answers at"_s;
}

void TestSubmitWindow::setupRefuses()
{
    QFETCH(QString, server);
    QFETCH(QString, explanation);
    std::unique_ptr<CannedHttpServer> canned;
    if (server == u"json")
        canned = std::make_unique<CannedHttpServer>(
            httpResponse("200 OK", "application/json", R"({"status":"ok","uptime":12})"));
    else if (server == u"html")
        canned = std::make_unique<CannedHttpServer>(
            httpResponse("404 Not Found", "text/html", "<html><body>Not here</body></html>"));
    if (canned) {
        QVERIFY(canned->listen(QHostAddress::LocalHost, 0));
        server = canned->url().toString();
    }
    QNetworkAccessManager network;
    sd::client::HealthProbe probe(&network);
    ServerSetupDialog dialog(&probe);
    dialog.show();
    dialog.setServerText(server);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isChecking(), 15000);
    QVERIFY2(dialog.problemText().contains(explanation), qPrintable(dialog.problemText()));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(!dialog.server().isValid());

    // The real server is accepted from the same screen.
    dialog.setServerText(m_api.server.baseUrl().toString());
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
    QCOMPARE(dialog.server(), m_api.server.baseUrl().adjusted(QUrl::StripTrailingSlash));
    QVERIFY(dialog.health().databaseOk);
}

void TestSubmitWindow::firstRunAsksForServer()
{
    SubmitLauncher::Options first = options();
    first.submit.serverUrl = QUrl();
    SubmitLauncher launcher(first);
    QSignalSpy opened(&launcher, &SubmitLauncher::windowOpened);
    launcher.start();
    QTRY_VERIFY(launcher.setupDialog() != nullptr && launcher.setupDialog()->isVisible());
    ServerSetupDialog *setup = launcher.setupDialog();
    setup->setServerText(u"http://127.0.0.1:1"_s);
    setup->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!setup->isChecking(), 15000);
    QVERIFY(setup->isVisible());
    QVERIFY(setup->problemText().contains(u"No SupportDesk server answers"_s));
    setup->setServerText(m_api.server.baseUrl().toString());
    setup->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        launcher.loginDialog() != nullptr && launcher.loginDialog()->isVisible(), 15000);
    QCOMPARE(QUrl(QSettings().value(SubmitLauncher::LastServerKey).toString()),
             m_api.server.baseUrl().adjusted(QUrl::StripTrailingSlash));

    // The next start goes to the remembered server without asking.
    SubmitLauncher again(first);
    QVERIFY(openWindow(again, u"alice"_s));
    QVERIFY(again.setupDialog() == nullptr);
}

void TestSubmitWindow::staffAccountIsSentToWorkstation()
{
    SubmitLauncher launcher(options());
    QSignalSpy opened(&launcher, &SubmitLauncher::windowOpened);
    QVERIFY(!openWindow(launcher, u"agent"_s));
    LoginDialog *dialog = launcher.loginDialog();
    QVERIFY(dialog != nullptr);
    auto *message = dialog->findChild<QLabel *>(u"messageLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"workstation"_s), 15000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(opened.count(), 0);
    QVERIFY(launcher.window() == nullptr);
}

void TestSubmitWindow::prefillReachesForm()
{
    SubmitLauncher launcher(
        options({u"--subject"_s, u"Импорт прайс-листа падает с ошибкой 17"_s, u"--product"_s,
                 u"Склад"_s, u"--version"_s, u"5.2.1"_s, u"--attach"_s, u"error-dialog.png"_s,
                 u"--attach"_s, u"no-such.log"_s}));
    QVERIFY(openWindow(launcher, u"alice"_s));
    SubmitWindow *window = launcher.window();
    RequestForm *form = window->requestForm();
    QCOMPARE(form->findChild<QLineEdit *>(u"subjectEdit"_s)->text(),
             u"Импорт прайс-листа падает с ошибкой 17"_s);
    QCOMPARE(form->findChild<QLineEdit *>(u"productEdit"_s)->text(), u"Склад"_s);
    QCOMPARE(form->findChild<QLineEdit *>(u"versionEdit"_s)->text(), u"5.2.1"_s);
    const QJsonObject request = form->request();
    QCOMPARE(request.value(u"product_version"_s).toString(), u"5.2.1"_s);
    QCOMPARE(form->files().size(), 1);
    QCOMPARE(form->files().constFirst().name, u"error-dialog.png"_s);
    // The file that does not exist is not silently dropped: the customer reads about it.
    QVERIFY2(window->noticeText().contains(u"no-such.log"_s), qPrintable(window->noticeText()));
    QCOMPARE(window->tabs()->count(), 2);
}

void TestSubmitWindow::projectCodeWithoutOrganisation_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("required");
    QTest::addRow("organisation on file") << u"alice"_s << false;
    QTest::addRow("no organisation") << u"loner"_s << true;
}

void TestSubmitWindow::projectCodeWithoutOrganisation()
{
    QFETCH(QString, login);
    QFETCH(bool, required);
    SubmitLauncher launcher(options());
    QVERIFY(openWindow(launcher, login));
    auto *field = launcher.window()->requestForm()->findChild<QWidget *>(u"project_codeField"_s);
    QVERIFY(field != nullptr);
    QCOMPARE(field->findChild<QLabel *>(u"requiredMarker"_s)->isVisible(), required);
}

void TestSubmitWindow::remembersSizeAndPosition()
{
    const QRect placed(40, 60, 610, 530);
    {
        SubmitLauncher launcher(options());
        QVERIFY(openWindow(launcher, u"alice"_s));
        launcher.window()->setGeometry(placed);
        QTRY_COMPARE(launcher.window()->geometry(), placed);
        launcher.window()->close();
    }
    SubmitLauncher again(options());
    QVERIFY(openWindow(again, u"alice"_s));
    QCOMPARE(again.window()->geometry().size(), placed.size());
    QCOMPARE(again.window()->geometry().topLeft(), placed.topLeft());
}

void TestSubmitWindow::suggestsKnowledgeBase()
{
    sd::core::KbArticle article;
    article.title = u"Импорт прайс-листа: ошибка доступа 0x80070005"_s;
    article.bodyText = u"Запустите импорт от имени пользователя с правом записи в папку."_s;
    article.bodyHtml = u"<p>"_s + article.bodyText + u"</p>"_s;
    QVERIFY(sd::storage::KbArticleRepository(*m_api.db).create(article));
    SubmitLauncher launcher(options());
    QVERIFY(openWindow(launcher, u"alice"_s));
    RequestForm *form = launcher.window()->requestForm();
    form->findChild<QLineEdit *>(u"subjectEdit"_s)
        ->setText(u"Импорт прайс-листа: ошибка 0x80070005"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!form->findChildren<QWidget *>(u"kbSuggestionLink"_s).isEmpty(),
                             15000);
}

void TestSubmitWindow::offlineRequestBecomesOneTicket()
{
    SubmitLauncher launcher(options({u"--attach"_s, u"error-dialog.png"_s}));
    QVERIFY(openWindow(launcher, u"alice"_s));
    SubmitWindow *window = launcher.window();
    QTRY_VERIFY_WITH_TIMEOUT(window->statusText().contains(u"Connected"_s), 20000);
    QVERIFY(stopServer());

    const QString subject = u"Импорт прайс-листа падает без сети, случай 1"_s;
    fillRequest(window, subject);
    window->requestForm()->findChild<QPushButton *>(u"submitButton"_s)->click();
    auto *status = window->requestForm()->findChild<RequestStatus *>(u"requestStatus"_s);
    QTRY_COMPARE_WITH_TIMEOUT(status->state(), RequestStatus::State::Queued, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window->statusText().contains(u"waiting to be sent"_s), 10000);
    QVERIFY(window->statusText().contains(u"Offline"_s));

    QSignalSpy submitted(window, &SubmitWindow::requestSubmitted);
    QVERIFY(restartServer());
    QVERIFY(submitted.wait(60000));
    const QString number = window->lastNumber();
    QVERIFY(!number.isEmpty());
    QCOMPARE(status->state(), RequestStatus::State::Submitted);
    QVERIFY(status->findChild<QLabel *>(u"requestStatusLabel"_s)->text().contains(number));
    const QList<QJsonObject> tickets = ticketsWithSubject(subject);
    QCOMPARE(tickets.size(), 1);
    QCOMPARE(tickets.constFirst().value(u"number"_s).toString(), number);
    // The screenshot went with it, uploaded once the server was back.
    const auto read =
        m_api.client(u"agent"_s)
            ->get(u"/api/v1/tickets/%1"_s.arg(tickets.constFirst().value(u"id"_s).toInteger()));
    const QJsonArray messages = read.json.value(u"messages"_s).toArray();
    QVERIFY2(!messages.isEmpty(), qPrintable(read.describe()));
    const QJsonArray attachments = messages.first().toObject().value(u"attachments"_s).toArray();
    QCOMPARE(attachments.size(), 1);
    QCOMPARE(attachments.first().toObject().value(u"name"_s).toString(), u"error-dialog.png"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!window->statusText().contains(u"waiting to be sent"_s), 10000);
}

void TestSubmitWindow::restartWhileQueuedStillOneTicket()
{
    const QString subject = u"Импорт прайс-листа падает без сети, случай 2"_s;
    {
        SubmitLauncher launcher(options());
        QVERIFY(openWindow(launcher, u"alice"_s));
        QVERIFY(stopServer());
        fillRequest(launcher.window(), subject);
        launcher.window()->requestForm()->findChild<QPushButton *>(u"submitButton"_s)->click();
        auto *status =
            launcher.window()->requestForm()->findChild<RequestStatus *>(u"requestStatus"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status->state(), RequestStatus::State::Queued, 20000);
    } // the dialog is closed with the request still queued

    SubmitLauncher again(options());
    QSignalSpy opened(&again, &SubmitLauncher::windowOpened);
    again.start();
    if (keychainExpected()) {
        // The saved sign-in and the local copy open the window without the server.
        QVERIFY(opened.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(
            again.window()->noticeText().contains(u"has not reached support yet"_s), 20000);
        QVERIFY(again.window()->statusText().contains(u"waiting to be sent"_s));
    } else {
        // Without a keychain nothing lets this computer in while the server is away.
        QTRY_VERIFY_WITH_TIMEOUT(again.startupText().contains(u"not saved on this computer"_s),
                                 20000);
        QCOMPARE(opened.count(), 0);
    }
    QVERIFY(restartServer());
    SubmitLauncher third(options());
    SubmitLauncher &shown = keychainExpected() ? again : third;
    if (!keychainExpected())
        QVERIFY(openWindow(third, u"alice"_s));
    SubmitWindow *window = shown.window();
    QTRY_VERIFY_WITH_TIMEOUT(!window->lastNumber().isEmpty(), 60000);
    QVERIFY2(window->noticeText().contains(window->lastNumber()), qPrintable(window->noticeText()));
    const QList<QJsonObject> tickets = ticketsWithSubject(subject);
    QCOMPARE(tickets.size(), 1);
    QCOMPARE(tickets.constFirst().value(u"number"_s).toString(), window->lastNumber());
}

void TestSubmitWindow::newRequestWhileQueued()
{
    SubmitLauncher launcher(options());
    QVERIFY(openWindow(launcher, u"alice"_s));
    SubmitWindow *window = launcher.window();
    QVERIFY(stopServer());
    const QString subject = u"Импорт прайс-листа падает без сети, случай 3"_s;
    fillRequest(window, subject);
    window->requestForm()->findChild<QPushButton *>(u"submitButton"_s)->click();
    auto *status = window->requestForm()->findChild<RequestStatus *>(u"requestStatus"_s);
    QTRY_COMPARE_WITH_TIMEOUT(status->state(), RequestStatus::State::Queued, 20000);
    // The customer starts the next request while the first one waits.
    status->findChild<QPushButton *>(u"newRequestButton"_s)->click();
    QCOMPARE(status->state(), RequestStatus::State::None);
    auto *subjectEdit = window->requestForm()->findChild<QLineEdit *>(u"subjectEdit"_s);
    subjectEdit->setText(u"Отчёт по остаткам"_s);
    QVERIFY(restartServer());
    QTRY_VERIFY_WITH_TIMEOUT(!window->lastNumber().isEmpty(), 60000);
    // The number goes to the notice line; the new request stays open for typing.
    QVERIFY2(window->noticeText().contains(window->lastNumber()), qPrintable(window->noticeText()));
    QCOMPARE(status->state(), RequestStatus::State::None);
    QVERIFY(subjectEdit->isEnabled());
    QCOMPARE(subjectEdit->text(), u"Отчёт по остаткам"_s);
    QCOMPARE(ticketsWithSubject(subject).size(), 1);
}

// A request the server refused after it had left the form (in an earlier run) is waiting in the
// profile; the next window puts it back on the form with the refusal, nothing retyped.
void TestSubmitWindow::refusedEarlierRequestComesBack()
{
    const QString profile =
        sd::client::ClientSession::profileDirectory(m_profiles, m_api.server.baseUrl(), u"alice"_s);
    QVERIFY(QDir().mkpath(profile));
    const QJsonObject request{{u"subject"_s, u"Отчёт по остаткам не строится за март"_s},
                              {u"category"_s, u"incident"_s},
                              {u"description"_s, u"Пустая страница вместо отчёта."_s},
                              {u"product"_s, u"Склад"_s},
                              {u"product_version"_s, u"5.2.1"_s}};
    const QJsonObject stored{
        {u"followed"_s, QJsonArray()},
        {u"returned"_s, QJsonArray{QJsonObject{{u"entry_id"_s, 7},
                                               {u"request"_s, request},
                                               {u"field"_s, u"steps"_s},
                                               {u"message"_s, u"Steps are required."_s}}}}};
    QFile file(QDir(profile).filePath(sd::client::RequestSubmitter::FollowFileName));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(stored).toJson());
    file.close();

    SubmitLauncher launcher(options());
    QVERIFY(openWindow(launcher, u"alice"_s));
    RequestForm *form = launcher.window()->requestForm();
    QCOMPARE(form->findChild<QLineEdit *>(u"subjectEdit"_s)->text(),
             request.value(u"subject"_s).toString());
    QCOMPARE(form->request().value(u"description"_s).toString(),
             request.value(u"description"_s).toString());
    QVERIFY(!form->isLocked());
    QVERIFY(launcher.window()->noticeText().contains(u"Steps are required."_s));
    auto *steps = form->findChild<QWidget *>(u"stepsField"_s);
    QVERIFY(steps != nullptr);
    const QStringList shown = [steps] {
        QStringList texts;
        for (const QLabel *label : steps->findChildren<QLabel *>())
            texts << label->text();
        return texts;
    }();
    QVERIFY2(shown.contains(u"Steps are required."_s), qPrintable(shown.join(u" | "_s)));
    // Taken: the next start does not put it on the form a second time.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(
        QJsonDocument::fromJson(file.readAll()).object().value(u"returned"_s).toArray().isEmpty());
}

QTEST_MAIN(TestSubmitWindow)
#include "testsubmitwindow.moc"
