// "My requests" (supportdesk-submit) against a real server, offscreen: a customer's session
// syncs its replica; the pane lists the organisation's tickets and not another's, newest first
// and live; an internal note never shows (neither from the server nor planted in the replica);
// the next expected answer is the SLA's running due; an attachment opens; the customer's reply
// reaches the agent and shows as waiting meanwhile; after the agent resolves, the customer rates
// once (score and comment on the server) and is not offered a second rating. With
// SD_MYREQUESTS_SHOT=file.png it saves a picture of the pane with the rating offered.
#include "apifixture.h"

#include "client/clientsession.h"
#include "client/replica.h"
#include "client/serverapi.h"
#include "client/syncengine.h"
#include "widgets/myrequestsmodel.h"
#include "widgets/myrequestspane.h"
#include "widgets/myrequestsvalues.h"
#include "widgets/ratingwidget.h"
#include "widgets/replyeditor.h"
#include "widgets/replytextedit.h"
#include "widgets/requestthread.h"
#include "widgets/ticketvalues.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDesktopServices>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using sd::testing::ApiFixture;
using sd::testing::ApiReply;
using sd::widgets::MyRequestsModel;
using sd::widgets::MyRequestsPane;

namespace {

const QString NoteText = u"INTERNAL: customer is on a pirated licence"_s;

} // namespace

// Takes the URLs the pane hands to the desktop, so nothing is really opened.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls.append(url); }
};

class TestMyRequests : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsOnlyTheOrganisationsTickets();
    void newTicketAppearsLive();
    void internalNotesNeverShow();
    void nextAnswerIsTheSlaDue();
    void attachmentOpens();
    void customerReplyReachesTheAgent();
    void ratesOnceAfterResolution();

private:
    qint64 createTicket(const QString &login, const QString &subject);
    QJsonObject serverTicket(qint64 id);
    // Every text the pane shows: the list's cells, labels, the conversation.
    QString everythingShown() const;
    int rowOf(qint64 id) const { return m_pane->model()->rowOf(id); }
    QString cell(qint64 id, int column) const;

    ApiFixture m_api;
    QTemporaryDir m_home;
    QNetworkAccessManager m_network;
    std::unique_ptr<sd::client::ServerApi> m_server;
    std::unique_ptr<sd::client::ClientSession> m_session;
    std::unique_ptr<MyRequestsPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    UrlCatcher m_catcher;
    qint64 m_first = 0;  // alice's, with a public reply, an attachment and a note
    qint64 m_second = 0; // alice's, untouched by the team
    qint64 m_others = 0; // bob's (Other Corp)
    QByteArray m_picture;
};

qint64 TestMyRequests::createTicket(const QString &login, const QString &subject)
{
    const ApiReply created = m_api.client(login)->post(
        u"/api/v1/tickets"_s,
        {{u"subject"_s, subject},
         {u"description"_s, u"Since this morning every invoice fails to print."_s},
         {u"category"_s, u"question"_s},
         {u"product"_s, u"Склад"_s},
         {u"product_version"_s, u"5.2.1"_s}},
        {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
    if (created.status != 201)
        qWarning("create failed: %s", qPrintable(created.describe()));
    return created.json.value(u"id"_s).toInteger();
}

QJsonObject TestMyRequests::serverTicket(qint64 id)
{
    return m_api.client(u"agent"_s)->get(u"/api/v1/tickets/%1"_s.arg(id)).json;
}

QString TestMyRequests::cell(qint64 id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QString() : m_pane->model()->index(row, column).data().toString();
}

QString TestMyRequests::everythingShown() const
{
    QStringList texts;
    const MyRequestsModel *model = m_pane->model();
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 0; column < model->columnCount(); ++column)
            texts.append(model->index(row, column).data().toString());
    for (const QLabel *label : m_pane->findChildren<QLabel *>())
        texts.append(label->text());
    for (const QTextBrowser *browser : m_pane->findChildren<QTextBrowser *>())
        texts.append(browser->toHtml());
    return texts.join(u'\n');
}

void TestMyRequests::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QString error;
    QVERIFY2(m_api.setUp(&error), qPrintable(error));
    m_first = createTicket(u"alice"_s, u"Принтер не печатает счета"_s);
    m_second = createTicket(u"alice"_s, u"Отчёт по складу строится 10 минут"_s);
    m_others = createTicket(u"bob"_s, u"Other Corp cannot sign in"_s);
    QVERIFY(m_first > 0 && m_second > m_first && m_others > 0);

    auto agent = m_api.client(u"agent"_s);
    QImage image(32, 24, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QBuffer png(&m_picture);
    png.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&png, "PNG"));
    const ApiReply uploaded =
        agent->send("POST", u"/api/v1/attachments?name=driver-settings.png"_s, m_picture);
    QCOMPARE(uploaded.status, 201);
    QCOMPARE(agent
                 ->post(u"/api/v1/tickets/%1/messages"_s.arg(m_first),
                        {{u"kind"_s, u"reply"_s},
                         {u"body_text"_s, u"Please set the driver as on the picture."_s},
                         {u"attachments"_s, QJsonArray{uploaded.json.value(u"id"_s)}}})
                 .status,
             201);
    QCOMPARE(agent
                 ->post(u"/api/v1/tickets/%1/messages"_s.arg(m_first),
                        {{u"kind"_s, u"note"_s}, {u"body_text"_s, NoteText}})
                 .status,
             201);

    m_server = std::make_unique<sd::client::ServerApi>(&m_network, m_api.server.baseUrl());
    m_server->setToken(m_api.client(u"alice"_s)->token());
    auto session = sd::client::ClientSession::open(m_server.get(), m_api.user(u"alice"_s),
                                                   m_home.filePath(u"profiles"_s));
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
    m_session = std::move(session.value());
    QSignalSpy synced(&m_session->sync(), &sd::client::SyncEngine::firstSyncFinished);
    m_pane = std::make_unique<MyRequestsPane>(*m_session);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_pane->resize(1000, 800);
    m_pane->show();
    m_session->start();
    QVERIFY(synced.wait(60000));
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowCount(), 2, 10000);
    QDesktopServices::setUrlHandler(u"file"_s, &m_catcher, "open");
}

void TestMyRequests::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"file"_s);
    m_tester.reset();
    m_pane.reset();
    if (m_session)
        m_session->stop();
    m_session.reset();
}

void TestMyRequests::listsOnlyTheOrganisationsTickets()
{
    const MyRequestsModel *model = m_pane->model();
    QCOMPARE(model->rowCount(), 2);
    // Newest first.
    QCOMPARE(model->ticketIdAt(0), m_second);
    QCOMPARE(model->ticketIdAt(1), m_first);
    QCOMPARE(rowOf(m_others), -1);
    QVERIFY(!everythingShown().contains(u"Other Corp cannot sign in"_s));
    const QJsonObject first = serverTicket(m_first);
    QCOMPARE(cell(m_first, MyRequestsModel::NumberColumn), first.value(u"number"_s).toString());
    QCOMPARE(cell(m_first, MyRequestsModel::SubjectColumn), u"Принтер не печатает счета"_s);
    // The team's public reply opened it.
    QCOMPARE(first.value(u"status"_s).toString(), u"open"_s);
    QCOMPARE(cell(m_first, MyRequestsModel::StatusColumn),
             sd::widgets::TicketValues::status(sd::core::TicketStatus::Open));
    QCOMPARE(cell(m_second, MyRequestsModel::StatusColumn),
             sd::widgets::TicketValues::status(sd::core::TicketStatus::New));
    QVERIFY(!cell(m_first, MyRequestsModel::LastUpdateColumn).isEmpty());
}

void TestMyRequests::newTicketAppearsLive()
{
    // A colleague at Acme would file it the same way; the sync brings it without a reload.
    const qint64 third = createTicket(u"alice"_s, u"Сканер штрихкодов не видит товар"_s);
    QVERIFY(third > m_second);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowCount(), 3, 15000);
    QCOMPARE(m_pane->model()->ticketIdAt(0), third);
    // The team asks something: the status says it is the customer's turn.
    const int version = serverTicket(third).value(u"version"_s).toInt();
    QCOMPARE(m_api.client(u"agent"_s)
                 ->patch(u"/api/v1/tickets/%1"_s.arg(third), {{u"status"_s, u"pending_customer"_s}},
                         {{"If-Match", QByteArray::number(version)}})
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(cell(third, MyRequestsModel::StatusColumn),
                              sd::widgets::MyRequestsValues::tr("Waiting for your reply"), 15000);
    QCOMPARE(cell(third, MyRequestsModel::NextResponseColumn),
             sd::widgets::MyRequestsValues::tr("waiting for you"));
    // Another organisation's new ticket never arrives.
    const qint64 bobs = createTicket(u"bob"_s, u"Other Corp invoices are late"_s);
    QVERIFY(bobs > 0);
    const qint64 marker = createTicket(u"alice"_s, u"Маркер: после тикета Other Corp"_s);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(marker) >= 0, 15000);
    QCOMPARE(rowOf(bobs), -1);
}

void TestMyRequests::internalNotesNeverShow()
{
    m_pane->showTicket(m_first);
    sd::widgets::RequestThread *thread = m_pane->thread();
    QCOMPARE(thread->ticketId(), m_first);
    QVERIFY(thread->conversationText().contains(u"set the driver as on the picture"_s));
    QVERIFY(!everythingShown().contains(NoteText));

    // Written while the customer looks at the ticket: the public reply after it arrives, the
    // note does not.
    auto agent = m_api.client(u"agent"_s);
    QCOMPARE(
        agent
            ->post(u"/api/v1/tickets/%1/messages"_s.arg(m_first),
                   {{u"kind"_s, u"note"_s}, {u"body_text"_s, QString(NoteText + u" (again)"_s)}})
            .status,
        201);
    QCOMPARE(agent
                 ->post(u"/api/v1/tickets/%1/messages"_s.arg(m_first),
                        {{u"kind"_s, u"reply"_s}, {u"body_text"_s, u"Any luck with it?"_s}})
                 .status,
             201);
    QTRY_VERIFY_WITH_TIMEOUT(thread->conversationText().contains(u"Any luck with it?"_s), 15000);
    QVERIFY(!everythingShown().contains(NoteText));

    // Defence in depth: a note that reached the replica anyway is still not shown.
    const QJsonObject planted{{u"id"_s, 9'000'000},
                              {u"ticket_id"_s, m_first},
                              {u"kind"_s, u"note"_s},
                              {u"author"_s, QJsonObject{{u"id"_s, 1}, {u"name"_s, u"Agent"_s}}},
                              {u"created_at"_s, u"2026-01-01T10:00:00.000Z"_s},
                              {u"body_html"_s, u"<p>PLANTED NOTE</p>"_s},
                              {u"body_text"_s, u"PLANTED NOTE"_s},
                              {u"attachments"_s, QJsonArray()}};
    QVERIFY(m_session->replica().applyMessages(QJsonArray{planted}));
    thread->refresh();
    bool inReplica = false;
    for (const QJsonValue &m : thread->ticket().value(u"messages"_s).toArray())
        inReplica |= m.toObject().value(u"body_text"_s).toString() == u"PLANTED NOTE"_s;
    QVERIFY(inReplica);
    QVERIFY(!everythingShown().contains(u"PLANTED NOTE"_s));
}

void TestMyRequests::nextAnswerIsTheSlaDue()
{
    const QJsonObject second = serverTicket(m_second);
    QString firstResponseDue;
    for (const QJsonValue &t : second.value(u"sla"_s).toObject().value(u"targets"_s).toArray())
        if (t.toObject().value(u"target"_s).toString() == u"first_response"_s)
            firstResponseDue = t.toObject().value(u"due_at"_s).toString();
    QVERIFY2(!firstResponseDue.isEmpty(), "the default policy sets a first-response target");
    const qint64 due =
        QDateTime::fromString(firstResponseDue, Qt::ISODateWithMs).toSecsSinceEpoch();
    const QString expected = sd::widgets::TicketValues::when(due);
    const QString shown = cell(m_second, MyRequestsModel::NextResponseColumn);
    QVERIFY2(shown.startsWith(expected), qPrintable(shown + u" vs "_s + expected));
    m_pane->showTicket(m_second);
    QVERIFY2(m_pane->thread()->headerText().contains(expected),
             qPrintable(m_pane->thread()->headerText()));
    // Nothing to rate yet, and the reply box is open.
    QVERIFY(m_pane->thread()->rating()->isHidden());
    QVERIFY(m_pane->thread()->writeButton()->isHidden());
    QVERIFY(!m_pane->thread()->editor()->isHidden());
}

void TestMyRequests::attachmentOpens()
{
    m_pane->showTicket(m_first);
    sd::widgets::RequestThread *thread = m_pane->thread();
    qint64 attachmentId = 0;
    for (const QJsonValue &m : thread->ticket().value(u"messages"_s).toArray())
        for (const QJsonValue &a : m.toObject().value(u"attachments"_s).toArray())
            attachmentId = a.toObject().value(u"id"_s).toInteger();
    QVERIFY(attachmentId > 0);
    auto *conversation = thread->findChild<QTextBrowser *>(u"requestConversation"_s);
    QVERIFY(conversation->toHtml().contains(u"attachment:%1"_s.arg(attachmentId)));
    QSignalSpy opened(thread, &sd::widgets::RequestThread::attachmentOpened);
    m_catcher.urls.clear();
    emit conversation->anchorClicked(QUrl(u"attachment:%1"_s.arg(attachmentId)));
    QVERIFY(opened.count() > 0 || opened.wait(15000));
    const QString path = opened.first().first().toString();
    QCOMPARE(m_catcher.urls, QList<QUrl>{QUrl::fromLocalFile(path)});
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_picture);
}

void TestMyRequests::customerReplyReachesTheAgent()
{
    m_pane->showTicket(m_first);
    sd::widgets::RequestThread *thread = m_pane->thread();
    sd::widgets::ReplyEditor *editor = thread->editor();
    // A customer's box: no internal notes, canned responses or knowledge-base links.
    QCOMPARE(editor->audience(), sd::widgets::ReplyEditor::Audience::Customer);
    for (const char *agentTool :
         {"internalNoteButton", "publicReplyButton", "cannedResponseButton", "kbSearchButton"}) {
        auto *tool = editor->findChild<QWidget *>(QLatin1StringView(agentTool));
        QVERIFY2(tool == nullptr || tool->isHidden(), agentTool);
    }
    editor->setMode(sd::widgets::ReplyEditor::Mode::Note);
    QCOMPARE(editor->mode(), sd::widgets::ReplyEditor::Mode::Reply);

    QTest::keyClicks(editor->textEdit(), u"Done, it prints now. Thank you!"_s);
    editor->send();
    QVERIFY(editor->isEmpty());
    // In the outbox, not yet sent (nothing ran since): shown as waiting.
    thread->refresh();
    QVERIFY(thread->conversationText().contains(u"it prints now"_s));
    QVERIFY(thread->conversationText().contains(u"waiting to be sent"_s));
    m_pane->model()->ticketsChanged({m_first});
    QVERIFY(cell(m_first, MyRequestsModel::StatusColumn).contains(u"waiting to be sent"_s));

    const auto agentSees = [&] {
        for (const QJsonValue &m : serverTicket(m_first).value(u"messages"_s).toArray()) {
            const QJsonObject message = m.toObject();
            if (message.value(u"body_text"_s).toString().contains(u"it prints now"_s))
                return message.value(u"kind"_s).toString();
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(agentSees(), u"customer"_s, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!thread->conversationText().contains(u"waiting to be sent"_s), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!cell(m_first, MyRequestsModel::StatusColumn).contains(u"waiting"_s),
                             15000);
}

void TestMyRequests::ratesOnceAfterResolution()
{
    m_pane->showTicket(m_first);
    sd::widgets::RequestThread *thread = m_pane->thread();
    sd::widgets::RatingWidget *rating = thread->rating();
    QVERIFY(rating->isHidden());
    const int version = serverTicket(m_first).value(u"version"_s).toInt();
    QCOMPARE(m_api.client(u"agent"_s)
                 ->patch(u"/api/v1/tickets/%1"_s.arg(m_first),
                         {{u"status"_s, u"resolved"_s}, {u"resolution"_s, u"fixed"_s}},
                         {{"If-Match", QByteArray::number(version)}})
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(cell(m_first, MyRequestsModel::StatusColumn),
                              sd::widgets::TicketValues::status(sd::core::TicketStatus::Resolved),
                              15000);
    QCOMPARE(cell(m_first, MyRequestsModel::NextResponseColumn), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!rating->isHidden() && rating->isOffered(), 15000);
    // The rating comes first; writing again is one click away.
    QVERIFY(thread->editor()->isHidden());
    QVERIFY(!thread->writeButton()->isHidden());
    thread->writeButton()->click();
    QVERIFY(!thread->editor()->isHidden());
    QVERIFY(thread->writeButton()->isHidden());

    rating->findChild<QAbstractButton *>(u"star4"_s)->click();
    rating->findChild<QPlainTextEdit *>(u"ratingCommentEdit"_s)->setPlainText(u"Быстро помогли"_s);
    auto *send = rating->findChild<QPushButton *>(u"sendRatingButton"_s);
    QVERIFY(send->isEnabled());
    if (const QString shot = qEnvironmentVariable("SD_MYREQUESTS_SHOT"); !shot.isEmpty())
        QVERIFY(m_pane->grab().save(shot));
    send->click();
    QVERIFY(!rating->isOffered());
    QVERIFY(rating->text().contains(u"Thank you"_s));

    auto alice = m_api.client(u"alice"_s);
    const auto stored = [&] { return alice->get(u"/api/v1/tickets/%1/rating"_s.arg(m_first)); };
    QTRY_COMPARE_WITH_TIMEOUT(stored().status, 200, 15000);
    QCOMPARE(stored().json.value(u"score"_s).toInt(), 4);
    QCOMPARE(stored().json.value(u"comment"_s).toString(), u"Быстро помогли"_s);
    // Acknowledged: no longer "on its way".
    QTRY_VERIFY_WITH_TIMEOUT(!rating->text().contains(u"as soon as"_s), 15000);

    // Not offered twice: back on the ticket, and in a conversation opened afresh (as after a
    // restart), the server's rating is shown instead of the stars.
    m_pane->showTicket(m_second);
    m_pane->showTicket(m_first);
    QTRY_VERIFY_WITH_TIMEOUT(rating->text().contains(u"Thank you"_s), 15000);
    QVERIFY(!rating->isOffered());
    sd::widgets::RequestThread fresh(*m_session);
    fresh.show();
    fresh.showTicket(m_first);
    sd::widgets::RatingWidget *again = fresh.rating();
    QTRY_VERIFY_WITH_TIMEOUT(again->text().contains(u"Thank you"_s), 15000);
    QVERIFY(!again->isOffered());
    QVERIFY(again->text().contains(u"Быстро помогли"_s));
}

QTEST_MAIN(TestMyRequests)
#include "testmyrequests.moc"
