// The workstation end to end against a real server: the launcher asks for a sign-in, opens
// the main window on a fresh profile, the views count what the server holds, opening a
// ticket shows its conversation with the internal note marked as such, a property changed
// in the panel reaches the server through the outbox, and the customer's answer arrives in
// the open ticket by push.
#include "apifixture.h"
#include "client/ticketfilter.h"
#include "widgets/attachmentlist.h"
#include "widgets/logindialog.h"
#include "widgets/mainwindow.h"
#include "widgets/replyeditor.h"
#include "widgets/replytextedit.h"
#include "widgets/syncstatus.h"
#include "widgets/ticketproperties.h"
#include "widgets/tickettablemodel.h"
#include "widgets/tickettablepane.h"
#include "widgets/ticketview.h"
#include "widgets/viewlist.h"
#include "widgets/workstationlauncher.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkRequest>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using sd::client::TicketFilter;
using sd::testing::ApiFixture;
using sd::testing::ApiReply;
using sd::widgets::MainWindow;
using sd::widgets::WorkstationLauncher;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signsInAndWorks();

private:
    qint64 createTicket(const QString &subject);

    ApiFixture m_api;
    QTemporaryDir m_home;
    QList<qint64> m_tickets;
};

void TestMainWindow::initTestCase()
{
    QString error;
    QVERIFY2(m_api.setUp(&error), qPrintable(error));
    // Settings and profiles of this run only.
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
    QCoreApplication::setOrganizationName(u"SupportDeskTest"_s);
    for (int i = 0; i < 12; ++i) {
        m_tickets.append(createTicket(u"Принтер не печатает счета, случай %1"_s.arg(i)));
        QVERIFY(m_tickets.constLast() > 0);
    }
    auto agent = m_api.client(u"agent"_s);
    // An internal note on the first ticket: the agent sees it marked as internal.
    const ApiReply note = agent->post(
        u"/api/v1/tickets/%1/messages"_s.arg(m_tickets[0]),
        {{u"kind"_s, u"note"_s}, {u"body_text"_s, u"Checked the logs, spooler crash"_s}});
    QCOMPARE(note.status, 201);
}

qint64 TestMainWindow::createTicket(const QString &subject)
{
    auto alice = m_api.client(u"alice"_s);
    const ApiReply created =
        alice->post(u"/api/v1/tickets"_s,
                    {{u"subject"_s, subject},
                     {u"description"_s, u"Since this morning every invoice fails to print."_s},
                     {u"category"_s, u"question"_s},
                     {u"product"_s, u"Склад"_s},
                     {u"product_version"_s, u"5.2.1"_s}},
                    {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
    if (created.status != 201)
        qWarning() << created.status << created.json;
    return created.json.value(u"id"_s).toInteger();
}

void TestMainWindow::signsInAndWorks()
{
    WorkstationLauncher::Options options;
    options.serverUrl = m_api.server.baseUrl();
    options.profileDir = m_home.filePath(u"profiles"_s);
    WorkstationLauncher launcher(options);
    QSignalSpy opened(&launcher, &WorkstationLauncher::workstationOpened);
    launcher.start();

    // No saved sign-in: the dialog asks. A wrong password is refused in words.
    const auto visibleLogin = []() -> sd::widgets::LoginDialog * {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *dialog = qobject_cast<sd::widgets::LoginDialog *>(w);
                dialog && w->isVisible())
                return dialog;
        return nullptr;
    };
    QTRY_VERIFY_WITH_TIMEOUT(visibleLogin() != nullptr, 15000);
    sd::widgets::LoginDialog *login = visibleLogin();
    auto *loginEdit = login->findChild<QLineEdit *>(u"loginEdit"_s);
    auto *passwordEdit = login->findChild<QLineEdit *>(u"passwordEdit"_s);
    auto *message = login->findChild<QLabel *>(u"messageLabel"_s);
    auto *ok = login->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    loginEdit->setText(u"agent"_s);
    passwordEdit->setText(u"wrong"_s);
    ok->click();
    QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled() && !message->text().isEmpty() &&
                                 message->text() != sd::widgets::LoginDialog::tr("Signing in…"),
                             15000);
    QVERIFY(passwordEdit->text().isEmpty());
    passwordEdit->setText(ApiFixture::Password);
    ok->click();
    QVERIFY(opened.wait(15000));
    MainWindow *window = launcher.mainWindow();
    QVERIFY(window != nullptr);

    // The first sync brings the tickets; "All open" counts them all, "Unassigned" too.
    sd::widgets::TicketTableModel *model = window->ticketModel();
    window->viewList()->selectView(TicketFilter::View::AllOpen);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(m_tickets.size()), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(window->viewList()->countText(TicketFilter::View::AllOpen),
                              QString::number(m_tickets.size()), 5000);
    QCOMPARE(window->viewList()->countText(TicketFilter::View::MyOpen), u"0"_s);
    QTRY_VERIFY(window->syncStatus()->stateText().contains(u"Online"_s));

    // The typed filter narrows the table.
    window->ticketPane()->filterEdit()->setText(u"случай 11"_s);
    QTRY_COMPARE(model->rowCount(), 1);
    window->ticketPane()->filterEdit()->clear();
    QTRY_COMPARE(model->rowCount(), int(m_tickets.size()));

    // Opening the first ticket: header, conversation, the note marked internal.
    window->ticketPane()->selectTicket(m_tickets[0]);
    sd::widgets::TicketView *view = window->ticketView();
    QTRY_COMPARE(view->ticketId(), m_tickets[0]);
    QVERIFY(view->headerText().contains(u"случай 0"_s));
    QVERIFY(view->conversationHtml().contains(u"spooler crash"_s));
    QVERIFY(view->conversationHtml().contains(u"Internal note"_s));

    // A colleague starts replying to the same ticket: the collision warning names them.
    auto boss = m_api.client(u"boss"_s);
    QUrl events = m_api.server.baseUrl();
    events.setScheme(u"ws"_s);
    events.setPath(u"/api/v1/events"_s);
    QNetworkRequest upgrade(events);
    upgrade.setRawHeader("Authorization", "Bearer " + boss->token().toUtf8());
    QWebSocket colleague;
    QSignalSpy connected(&colleague, &QWebSocket::connected);
    colleague.open(upgrade);
    QVERIFY(connected.wait(10000));
    colleague.sendTextMessage(
        QString::fromUtf8(QJsonDocument(QJsonObject{{u"type"_s, u"presence"_s},
                                                    {u"ticket_id"_s, m_tickets[0]},
                                                    {u"state"_s, u"replying"_s}})
                              .toJson(QJsonDocument::Compact)));
    const QString bossName = m_api.user(u"boss"_s).name;
    QTRY_VERIFY_WITH_TIMEOUT(view->collisionText().contains(bossName), 10000);
    QVERIFY(view->collisionText().contains(u"reply"_s));
    colleague.close();
    QTRY_VERIFY_WITH_TIMEOUT(view->collisionText().isEmpty(), 10000);

    // Assign to me in the properties panel: the server gets it through the outbox.
    sd::widgets::TicketProperties *properties = view->properties();
    const qint64 agentId = m_api.user(u"agent"_s).id;
    QComboBox *assignee = properties->assigneeBox();
    QTRY_VERIFY(assignee->findData(agentId) >= 0);
    assignee->setCurrentIndex(assignee->findData(agentId));
    QVERIFY(properties->applyButton()->isEnabled());
    properties->applyButton()->click();
    auto agent = m_api.client(u"agent"_s);
    QTRY_VERIFY_WITH_TIMEOUT(agent->get(u"/api/v1/tickets/%1"_s.arg(m_tickets[0]))
                                     .json.value(u"assignee"_s)
                                     .toObject()
                                     .value(u"id"_s)
                                     .toInteger() == agentId,
                             15000);
    QTRY_COMPARE_WITH_TIMEOUT(window->viewList()->countText(TicketFilter::View::MyOpen), u"1"_s,
                              10000);

    // A bulk change of the selected rows (the table's context menu) reaches every ticket.
    window->viewList()->selectView(TicketFilter::View::AllOpen);
    QTableView *table = window->ticketPane()->table();
    table->selectRow(2);
    table->selectionModel()->select(model->index(3, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QList<qint64> chosen = window->ticketPane()->selectedTickets();
    QCOMPARE(chosen.size(), 2);
    window->changeTickets(chosen, {{u"status"_s, u"pending_customer"_s}});
    for (const qint64 id : chosen)
        QTRY_COMPARE_WITH_TIMEOUT(
            agent->get(u"/api/v1/tickets/%1"_s.arg(id)).json.value(u"status"_s).toString(),
            u"pending_customer"_s, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(window->viewList()->countText(TicketFilter::View::PendingCustomer),
                              u"2"_s, 10000);

    // The customer's answer reaches the open ticket by push.
    window->ticketPane()->selectTicket(m_tickets[0]);
    QTRY_COMPARE(view->ticketId(), m_tickets[0]);
    auto alice = m_api.client(u"alice"_s);
    const ApiReply reply = alice->post(
        u"/api/v1/tickets/%1/messages"_s.arg(m_tickets[0]),
        {{u"kind"_s, u"customer"_s}, {u"body_text"_s, u"It prints again after a restart"_s}});
    QCOMPARE(reply.status, 201);
    QTRY_VERIFY_WITH_TIMEOUT(view->conversationHtml().contains(u"prints again"_s), 15000);
    // Each customer message offers to become a ticket of its own.
    QVERIFY(view->conversationHtml().contains(
        u"split:%1"_s.arg(reply.json.value(u"id"_s).toInteger())));

    // Quoting a message puts it into the reply as a quote.
    sd::widgets::ReplyEditor *editor = view->editor();
    auto *conversation = view->findChild<QTextBrowser *>(u"conversation"_s);
    QVERIFY(conversation != nullptr);
    QVERIFY(QMetaObject::invokeMethod(
        conversation, "anchorClicked",
        Q_ARG(QUrl, QUrl(u"quote:%1"_s.arg(reply.json.value(u"id"_s).toInteger())))));
    QVERIFY(editor->textEdit()->toPlainText().contains(u"prints again"_s));
    editor->textEdit()->clear();

    // A reply with a screenshot: typed, a picture attached, sent through the outbox.
    view->startReply();
    QTest::keyClicks(editor->textEdit(), u"Checking the printer driver"_s);
    QImage picture(64, 48, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    QVERIFY(editor->attachmentList()->addImage(picture, u"printer.png"_s));
    // Meanwhile the customer writes again: Send first shows it and asks.
    QVERIFY(alice
                ->post(u"/api/v1/tickets/%1/messages"_s.arg(m_tickets[0]),
                       {{u"kind"_s, u"customer"_s}, {u"body_text"_s, u"И ещё: сканер тоже"_s}})
                .status == 201);
    QTRY_VERIFY_WITH_TIMEOUT(view->conversationHtml().contains(u"сканер тоже"_s), 15000);
    const auto answerNextQuestion = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(50, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box != nullptr)
                box->button(button)->click();
        });
    };
    const auto serverReplies = [&] {
        int replies = 0;
        for (const QJsonValue &m : agent->get(u"/api/v1/tickets/%1"_s.arg(m_tickets[0]))
                                       .json.value(u"messages"_s)
                                       .toArray())
            replies += m.toObject().value(u"kind"_s).toString() == u"reply"_s ? 1 : 0;
        return replies;
    };
    const int repliesBefore = serverReplies();
    answerNextQuestion(QMessageBox::No);
    editor->send();
    QVERIFY(!editor->isEmpty()); // not sent: the agent reads first
    // The next Send goes out without asking again.
    editor->send();
    QTRY_VERIFY(editor->isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(serverReplies(), repliesBefore + 1, 15000);
    const QJsonArray messages =
        agent->get(u"/api/v1/tickets/%1"_s.arg(m_tickets[0])).json.value(u"messages"_s).toArray();
    const QJsonObject sent = messages.last().toObject();
    QVERIFY(sent.value(u"body_text"_s).toString().contains(u"printer driver"_s));
    QCOMPARE(sent.value(u"attachments"_s).toArray().size(), 1);
    QCOMPARE(sent.value(u"attachments"_s).toArray().first().toObject().value(u"type"_s).toString(),
             u"image/png"_s);
    window->close();
}

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"
