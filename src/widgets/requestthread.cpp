#include "requestthread.h"

#include "client/attachmentcache.h"
#include "client/attachmentlimit.h"
#include "client/attachmenttransfer.h"
#include "client/clientsession.h"
#include "client/draftstore.h"
#include "client/outbox.h"
#include "client/outboxsender.h"
#include "client/replica.h"
#include "client/requestthreadrating.h"
#include "core/ticketworkflow.h"
#include "myrequestsvalues.h"
#include "ratingwidget.h"
#include "replyeditor.h"
#include "requestthreadhtml.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sd::widgets {

namespace {

using RatingState = client::RequestThreadRating::State;

core::TicketStatus statusOf(const QJsonObject &ticket)
{
    return core::fromString<core::TicketStatus>(ticket.value(u"status").toString())
        .value_or(core::TicketStatus::New);
}

QLabel *wrappedLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

RequestThread::RequestThread(client::ClientSession &session, QWidget *parent)
    : QWidget(parent), m_session(session),
      m_drafts(std::make_unique<client::DraftStore>(session.replica().database())),
      m_cache(std::make_unique<client::AttachmentCache>(
          QDir(session.directory()).filePath(QStringLiteral("attachments")))),
      m_limit(new client::AttachmentLimit(session.api(), session.replica().database(), this)),
      m_ratingState(new client::RequestThreadRating(session.api(), session.outbox(), this)),
      m_title(wrappedLabel(QStringLiteral("requestTitle"), this)),
      m_facts(wrappedLabel(QStringLiteral("requestFacts"), this)),
      m_problem(wrappedLabel(QStringLiteral("requestProblemLabel"), this)),
      m_conversation(new QTextBrowser(this)),
      m_replyHint(wrappedLabel(QStringLiteral("replyHintLabel"), this)),
      m_writeButton(new QPushButton(tr("Write a message…"), this)), m_editor(new ReplyEditor(this)),
      m_rating(new RatingWidget(this))
{
    setObjectName(QStringLiteral("requestThread"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_problem->setStyleSheet(QStringLiteral("color: #a51d2d;"));
    m_problem->hide();
    m_conversation->setObjectName(QStringLiteral("requestConversation"));
    m_conversation->setOpenLinks(false);
    m_editor->setAudience(ReplyEditor::Audience::Customer);
    // Pictures of drafts live next to the replica, so a restored draft still has them.
    m_editor->setStagingDirectory(QDir(session.directory()).filePath(QStringLiteral("drafts")));
    m_editor->setAttachmentPolicy(m_limit->policy());
    m_rating->hide();
    m_writeButton->setObjectName(QStringLiteral("writeMessageButton"));
    m_writeButton->hide();
    buildLayout();
    wire();
    render();
}

void RequestThread::buildLayout()
{
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_rating);
    bottomLayout->addWidget(m_replyHint);
    bottomLayout->addWidget(m_writeButton, 0, Qt::AlignLeft);
    bottomLayout->addWidget(m_editor, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_conversation);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_problem);
    layout->addWidget(split, 1);
}

void RequestThread::wire()
{
    connect(m_writeButton, &QPushButton::clicked, this, [this] {
        m_writingId = m_id;
        render();
        m_editor->setFocus();
    });
    connect(m_limit, &client::AttachmentLimit::changed, this,
            [this] { m_editor->setAttachmentPolicy(m_limit->policy()); });
    m_limit->refresh();
    connect(m_editor, &ReplyEditor::sendRequested, this,
            [this](const QString &, const QString &html, const QString &text,
                   const QList<AttachmentFile> &files) {
                QStringList paths;
                for (const AttachmentFile &file : files)
                    paths.append(file.path);
                sendMessage(html, text, paths);
            });
    connect(m_rating, &RatingWidget::rated, this, &RequestThread::rate);
    connect(m_ratingState, &client::RequestThreadRating::changed, this,
            &RequestThread::renderRating);
    connect(m_conversation, &QTextBrowser::anchorClicked, this, &RequestThread::openAttachment);
    // A rating the server took is shown as given, no longer as on its way.
    connect(&m_session.sender(), &client::OutboxSender::acknowledged, this,
            [this](const client::OutboxEntry &entry) {
                if (entry.operation == client::OutboxEntry::Operation::Rate &&
                    entry.ticketId == m_id)
                    m_ratingState->check(m_id);
            });
}

RequestThread::~RequestThread()
{
    // The editor saves its draft on the way out; the store must still be there.
    delete m_editor;
}

void RequestThread::showTicket(qint64 ticketId)
{
    m_id = ticketId;
    // Another request: what was known of the last one's rating says nothing about this one.
    m_ticket = {};
    m_problem->hide();
    refresh();
    m_editor->setTicket(m_ticket.isEmpty() ? 0 : m_id, m_drafts.get());
}

void RequestThread::refresh()
{
    const bool wasDone = !m_ticket.isEmpty() && core::TicketWorkflow::isDone(statusOf(m_ticket));
    m_ticket = {};
    if (m_id != 0) {
        auto ticket = m_session.replica().ticket(m_id);
        if (!ticket)
            showProblem(ticket.error().message);
        else if (ticket->has_value())
            m_ticket = ticket->value();
    }
    render();
    const bool done = !m_ticket.isEmpty() && core::TicketWorkflow::isDone(statusOf(m_ticket));
    // Resolved since it was shown, or the server could not be asked before: ask now.
    if (done && (!wasDone || m_ratingState->state() == RatingState::Unavailable))
        m_ratingState->check(m_id);
}

void RequestThread::recheckRating()
{
    if (m_ratingState->state() == RatingState::Unavailable && !m_ticket.isEmpty() &&
        core::TicketWorkflow::isDone(statusOf(m_ticket)))
        m_ratingState->check(m_id);
}

void RequestThread::render()
{
    m_editor->setEnabled(!m_ticket.isEmpty());
    if (m_ticket.isEmpty()) {
        m_title->setText(m_id == 0 ? tr("Choose a request in the list")
                                   : tr("This request is no longer available here."));
        m_facts->clear();
        m_conversation->clear();
        m_replyHint->hide();
        m_writeButton->hide();
        m_rating->hide();
        return;
    }
    QString number = m_ticket.value(u"number").toString();
    if (number.isEmpty())
        number = tr("not sent yet");
    m_title->setText(QStringLiteral("%1 · %2").arg(number, m_ticket.value(u"subject").toString()));
    const core::TicketStatus status = statusOf(m_ticket);
    QStringList facts{tr("Status: %1").arg(MyRequestsValues::status(status))};
    const QJsonArray targets = m_ticket.value(u"sla").toObject().value(u"targets").toArray();
    const QString next =
        MyRequestsValues::nextResponse(status, targets, QDateTime::currentSecsSinceEpoch());
    if (status == core::TicketStatus::PendingCustomer)
        facts.append(tr("The support team is waiting for your reply."));
    else if (!next.isEmpty())
        facts.append(tr("Next answer expected: %1").arg(next));
    if (m_ticket.value(u"pending").toBool() || m_id < 0)
        facts.append(tr("Waiting to be sent: it goes out as soon as the connection allows."));
    m_facts->setText(facts.join(QStringLiteral(" · ")));

    const QJsonArray messages = m_ticket.value(u"messages").toArray();
    QString html = RequestThreadHtml::conversation(messages, m_session.user().id);
    if (html.isEmpty())
        html = QStringLiteral("<p>%1</p>")
                   .arg(m_ticket.value(u"description").toString().toHtmlEscaped());
    const int scroll = m_conversation->verticalScrollBar()->value();
    const bool sameTicket = m_conversation->property("ticketId").toLongLong() == m_id;
    m_conversation->setHtml(html);
    m_conversation->setProperty("ticketId", m_id);
    if (sameTicket)
        m_conversation->verticalScrollBar()->setValue(scroll);

    const bool done = core::TicketWorkflow::isDone(status);
    m_rating->setVisible(done);
    m_replyHint->setVisible(done);
    // A finished request asks for the rating first; its reply box stays folded (the
    // conversation keeps the room) unless the customer opens it or has a draft in it.
    const bool writing = !done || m_writingId == m_id || !m_editor->isEmpty();
    m_writeButton->setVisible(!writing);
    m_editor->setVisible(writing);
    m_replyHint->setText(
        status == core::TicketStatus::Closed
            ? tr("This request is closed. A message written here starts a new request linked "
                 "to it.")
            : tr("Is the problem back? Write here and the support team takes the request up "
                 "again."));
}

void RequestThread::renderRating()
{
    if (m_ratingState->ticketId() != m_id)
        return;
    switch (m_ratingState->state()) {
    case RatingState::Unknown:
    case RatingState::Checking:
        m_rating->showWaiting(tr("Checking whether you have rated this request…"));
        break;
    case RatingState::Unavailable:
        m_rating->showWaiting(tr("You can rate this request once the connection to the support "
                                 "server is back."));
        break;
    case RatingState::Open:
        m_rating->offer();
        break;
    case RatingState::Rated:
        m_rating->showThanks(m_ratingState->score(), m_ratingState->comment(), false);
        break;
    case RatingState::Queued:
        m_rating->showThanks(m_ratingState->score(), m_ratingState->comment(), true,
                             m_ratingState->problem());
        break;
    }
}

void RequestThread::sendMessage(const QString &html, const QString &text, const QStringList &files)
{
    if (m_id == 0 || m_ticket.isEmpty())
        return;
    // Always a customer's message, whatever the editor says: this window is the customer's.
    const QJsonObject message{{QStringLiteral("kind"), QStringLiteral("customer")},
                              {QStringLiteral("body_html"), html},
                              {QStringLiteral("body_text"), text}};
    if (auto queued = m_session.outbox().postMessage(m_id, message, files); !queued)
        return showProblem(tr("Your message was not sent: %1").arg(queued.error().message));
    m_problem->hide();
    m_editor->clearAfterSend();
    m_session.sendQueued();
}

void RequestThread::rate(int score, const QString &comment)
{
    if (m_id <= 0)
        return;
    if (auto queued = m_session.outbox().rate(m_id, score, comment); !queued)
        return showProblem(tr("Your rating was not sent: %1").arg(queued.error().message));
    m_ratingState->setQueued(score, comment);
    m_session.sendQueued();
}

void RequestThread::openAttachment(const QUrl &link)
{
    if (link.scheme() != u"attachment")
        return;
    const QJsonObject file = RequestThreadHtml::attachment(m_ticket.value(u"messages").toArray(),
                                                           link.path().toLongLong());
    if (file.isEmpty())
        return;
    core::AttachmentInfo info;
    info.id = file.value(u"id").toInteger();
    info.name = file.value(u"name").toString();
    info.mimeType = file.value(u"type").toString();
    info.size = file.value(u"size").toInteger();
    info.sha256 = file.value(u"sha256").toString();
    auto *transfer =
        client::AttachmentTransfer::download(m_session.api(), m_cache.get(), info, this);
    connect(transfer, &client::AttachmentTransfer::downloaded, this, [this](const QString &path) {
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            showProblem(tr("The file was downloaded but no program opened it: %1")
                            .arg(QDir::toNativeSeparators(path)));
        emit attachmentOpened(path);
    });
    connect(transfer, &client::AttachmentTransfer::failed, this,
            [this, info](const client::ApiResult &result) {
                showProblem(
                    tr("%1 could not be downloaded: %2").arg(info.name, result.userMessage));
            });
}

void RequestThread::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

QString RequestThread::headerText() const
{
    return m_title->text() + u'\n' + m_facts->text();
}

QString RequestThread::conversationText() const
{
    return m_conversation->toPlainText();
}

} // namespace sd::widgets
