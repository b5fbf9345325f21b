#include "ticketview.h"

#include "attachmentlist.h"
#include "client/clientsession.h"
#include "client/draftstore.h"
#include "client/replica.h"
#include "client/ticketsla.h"
#include "core/ticketworkflow.h"
#include "replyeditor.h"
#include "replytextedit.h"
#include "slatargettext.h"
#include "ticketproperties.h"
#include "ticketvalues.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sd::widgets {

using client::TicketSla;

namespace {

QString nestedName(const QJsonObject &ticket, const char *key)
{
    return ticket.value(QLatin1StringView(key)).toObject().value(u"name").toString();
}

template <typename Enum> Enum enumOf(const QJsonObject &ticket, const char *key, Enum fallback)
{
    return core::fromString<Enum>(ticket.value(QLatin1StringView(key)).toString())
        .value_or(fallback);
}

// Background, left border and label of each kind of message: a note must never pass for a
// reply, nor a reply for a note.
struct KindStyle
{
    const char *background;
    const char *border;
};

KindStyle styleOf(const QString &kind)
{
    if (kind == u"note")
        return {"#fff4c2", "#e5a50a"};
    if (kind == u"reply")
        return {"#ffffff", "#2ec27e"};
    if (kind == u"phone_call")
        return {"#efeafc", "#9141ac"};
    if (kind == u"system")
        return {"#f3f3f3", "#c0bfbc"};
    return {"#eaf2fb", "#3584e4"};
}

QString messageHtml(const QJsonObject &message)
{
    const QString kind = message.value(u"kind").toString();
    const KindStyle style = styleOf(kind);
    QString label = TicketValues::messageKind(kind);
    if (message.value(u"pending").toBool())
        label += QStringLiteral(" · ") + TicketView::tr("waiting to be sent");
    const QString author = message.value(u"author").toObject().value(u"name").toString();
    QString body = message.value(u"body_html").toString();
    if (body.isEmpty())
        body = message.value(u"body_text")
                   .toString()
                   .toHtmlEscaped()
                   .replace(u'\n', QStringLiteral("<br>"));
    QString actions;
    const qint64 id = message.value(u"id").toInteger();
    if (kind != u"system")
        actions = QStringLiteral(" · <a href='quote:%1'>%2</a>")
                      .arg(id)
                      .arg(TicketView::tr("Quote").toHtmlEscaped());
    // Only what the server already has can be split off; a customer's own words are what
    // usually deserve a ticket of their own.
    if (id > 0 && kind == u"customer")
        actions += QStringLiteral(" · <a href='split:%1'>%2</a>")
                       .arg(id)
                       .arg(TicketView::tr("New ticket from this message").toHtmlEscaped());
    QString files;
    for (const QJsonValue &file : message.value(u"attachments").toArray()) {
        const QJsonObject f = file.toObject();
        files += QStringLiteral("<br>📎 %1 <span style='color:#6b6b6b'>(%2)</span>")
                     .arg(f.value(u"name").toString().toHtmlEscaped(),
                          QLocale().formattedDataSize(f.value(u"size").toInteger()));
    }
    // QTextBrowser renders tables reliably; borders and padding on divs it ignores.
    return QStringLiteral("<table width='100%' cellspacing='0' cellpadding='8' "
                          "style='margin-bottom:8px; background:%1; border-left:4px solid %2'>"
                          "<tr><td><b>%3</b> — %4 <span style='color:#6b6b6b'>%5</span>%8"
                          "<br>%6%7</td></tr></table>")
        .arg(QLatin1StringView(style.background), QLatin1StringView(style.border),
             author.toHtmlEscaped(), label.toHtmlEscaped(),
             TicketValues::when(TicketValues::wireSeconds(message.value(u"created_at"))), body,
             files, actions);
}

} // namespace

TicketView::TicketView(client::ClientSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_facts(new QLabel(this)),
      m_sla(new QLabel(this)), m_collision(new QLabel(this)),
      m_conversation(new QTextBrowser(this)), m_properties(new TicketProperties(this)),
      m_editor(new ReplyEditor(this)), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("ticketView"));
    m_title->setObjectName(QStringLiteral("ticketTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sla->setObjectName(QStringLiteral("ticketSla"));
    m_sla->setWordWrap(true);
    m_conversation->setObjectName(QStringLiteral("conversation"));
    m_conversation->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_sla);
    m_collision->setObjectName(QStringLiteral("collisionBanner"));
    m_collision->setWordWrap(true);
    m_collision->setStyleSheet(QStringLiteral("background: #fdecc8; color: #7a4a00; padding: 6px; "
                                              "border: 1px solid #e5a50a; border-radius: 3px;"));
    m_collision->hide();
    layout->addWidget(m_collision);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_conversation);
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidget(m_properties);
    scroll->setWidgetResizable(true);
    m_tabs->addTab(m_editor, tr("Reply"));
    m_tabs->addTab(scroll, tr("Properties"));
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    m_drafts = std::make_unique<client::DraftStore>(session.replica().database());
    // Pictures of drafts live next to the replica, so a restored draft still has them.
    m_editor->setStagingDirectory(QDir(session.directory()).filePath(QStringLiteral("drafts")));
    m_editor->setEnabled(false);
    m_title->setText(tr("Select a ticket"));
    connect(m_conversation, &QTextBrowser::anchorClicked, this, &TicketView::linkClicked);
}

TicketView::~TicketView()
{
    // The editor saves its draft on the way out; the store must still be there.
    delete m_editor;
}

void TicketView::linkClicked(const QUrl &link)
{
    if (link.scheme() == u"ticket") {
        emit ticketRequested(link.path().toLongLong());
        return;
    }
    const qint64 messageId = link.path().toLongLong();
    for (const QJsonValue &value : m_ticket.value(u"messages").toArray()) {
        const QJsonObject message = value.toObject();
        if (message.value(u"id").toInteger() != messageId)
            continue;
        if (link.scheme() == u"split") {
            emit splitRequested(m_id, messageId,
                                message.value(u"body_text").toString().simplified().left(80));
        } else if (link.scheme() == u"quote") {
            startReply();
            m_editor->quoteMessage(
                message.value(u"author").toObject().value(u"name").toString(),
                message.value(u"body_html").toString(),
                QDateTime::fromString(message.value(u"created_at").toString(), Qt::ISODateWithMs));
        }
    }
}

QString TicketView::linksHtml() const
{
    QStringList items;
    for (const QJsonValue &value : m_ticket.value(u"links").toArray()) {
        const QJsonObject link = value.toObject();
        const qint64 from = link.value(u"from_ticket_id").toInteger();
        const qint64 other = from == m_id ? link.value(u"to_ticket_id").toInteger() : from;
        QString label = tr("ticket %1").arg(other);
        if (auto linked = m_session.replica().ticket(other); linked && linked->has_value())
            label = linked->value().value(u"number").toString() + QStringLiteral(" · ") +
                    linked->value().value(u"subject").toString();
        const QString kind = link.value(u"kind").toString();
        QString relation = tr("related");
        if (kind == u"duplicate_of")
            relation = from == m_id ? tr("duplicate of") : tr("has a duplicate");
        else if (kind == u"parent_of")
            relation = from == m_id ? tr("parent of") : tr("part of");
        items.append(QStringLiteral("%1 <a href='ticket:%2'>%3</a>")
                         .arg(relation.toHtmlEscaped())
                         .arg(other)
                         .arg(label.toHtmlEscaped()));
    }
    if (items.isEmpty())
        return {};
    return QStringLiteral("<p style='color:#555'>%1 %2</p>")
        .arg(tr("Linked:").toHtmlEscaped(), items.join(QStringLiteral("; ")));
}

void TicketView::showTicket(qint64 id)
{
    m_id = id;
    refresh();
    m_editor->setEnabled(!m_ticket.isEmpty());
    m_editor->setTicket(m_ticket.isEmpty() ? 0 : id, m_drafts.get());
    if (!m_ticket.isEmpty())
        m_editor->setContext(m_ticket.value(u"number").toString(),
                             m_ticket.value(u"requester").toObject().value(u"name").toString(),
                             m_session.user().name);
}

void TicketView::setOthers(const QList<std::pair<QString, bool>> &others)
{
    QStringList replying;
    QStringList viewing;
    for (const auto &[name, isReplying] : others)
        (isReplying ? replying : viewing).append(name);
    QStringList lines;
    // Replying matters most: two answers to one customer is what the warning prevents.
    if (!replying.isEmpty())
        lines.append(
            tr("⚠ %1 is writing a reply to this ticket right now.", nullptr, int(replying.size()))
                .arg(replying.join(QStringLiteral(", "))));
    if (!viewing.isEmpty())
        lines.append(tr("%1 is looking at this ticket too.", nullptr, int(viewing.size()))
                         .arg(viewing.join(QStringLiteral(", "))));
    m_collision->setText(lines.join(u'\n'));
    m_collision->setVisible(!lines.isEmpty());
}

QString TicketView::collisionText() const
{
    return m_collision->isVisible() ? m_collision->text() : QString();
}

void TicketView::startReply()
{
    if (m_ticket.isEmpty())
        return;
    m_tabs->setCurrentWidget(m_editor);
    m_editor->textEdit()->setFocus(Qt::ShortcutFocusReason);
}

qint64 TicketView::newestMessageId() const
{
    qint64 newest = 0;
    for (const QJsonValue &message : m_ticket.value(u"messages").toArray())
        newest = std::max(newest, message.toObject().value(u"id").toInteger());
    return newest;
}

QList<QJsonObject> TicketView::messagesSince(qint64 messageId, qint64 userId) const
{
    QList<QJsonObject> newer;
    for (const QJsonValue &value : m_ticket.value(u"messages").toArray()) {
        const QJsonObject message = value.toObject();
        const qint64 author = message.value(u"author").toObject().value(u"id").toInteger();
        if (message.value(u"id").toInteger() > messageId && author != userId &&
            message.value(u"kind").toString() != u"system")
            newer.append(message);
    }
    return newer;
}

void TicketView::refresh()
{
    m_ticket = {};
    if (m_id != 0) {
        auto ticket = m_session.replica().ticket(m_id);
        if (ticket && ticket->has_value())
            m_ticket = ticket->value();
    }
    render();
}

void TicketView::tick()
{
    if (!m_ticket.isEmpty())
        m_sla->setText(slaLine(QDateTime::currentSecsSinceEpoch()));
}

QString TicketView::slaLine(qint64 now) const
{
    // A server with the SLA engine sends every target; older ones (and a ticket not sent yet)
    // only the first-response and resolution dues read below.
    const QJsonArray targets = m_ticket.value(u"sla").toObject().value(u"targets").toArray();
    if (!targets.isEmpty())
        return SlaTargetText::describe(targets, now);
    const auto status = enumOf(m_ticket, "status", core::TicketStatus::New);
    const bool paused = core::TicketWorkflow::pausesSla(status);
    const qint64 created = TicketValues::wireSeconds(m_ticket.value(u"created_at"));
    QStringList parts;
    const auto target = [&](const QString &name, const char *dueKey, const char *metKey) {
        const qint64 due = TicketValues::wireSeconds(m_ticket.value(QLatin1StringView(dueKey)));
        if (due == 0)
            return;
        const qint64 met = TicketValues::wireSeconds(m_ticket.value(QLatin1StringView(metKey)));
        const TicketSla::State state = TicketSla::stateOf(due, met, created, paused, now);
        QString text = TicketValues::slaState(state);
        if (state == TicketSla::State::Ok || state == TicketSla::State::AtRisk ||
            (state == TicketSla::State::Breached && met == 0))
            text = TicketValues::countdown(due - now);
        parts.append(tr("%1: %2 (due %3)").arg(name, text, TicketValues::when(due)));
    };
    target(tr("First response"), "first_response_due", "first_response_at");
    target(tr("Resolution"), "resolution_due", "resolved_at");
    if (paused)
        parts.append(tr("The SLA clock is paused while the ticket waits for the customer."));
    return parts.join(QStringLiteral(" · "));
}

void TicketView::render()
{
    if (m_ticket.isEmpty()) {
        m_title->setText(m_id == 0 ? tr("Select a ticket")
                                   : tr("This ticket is no longer in your replica."));
        m_facts->clear();
        m_sla->clear();
        m_conversation->clear();
        m_properties->setTicket({});
        return;
    }
    QString number = m_ticket.value(u"number").toString();
    if (number.isEmpty())
        number = tr("(not sent yet)");
    m_title->setText(QStringLiteral("%1 · %2").arg(number, m_ticket.value(u"subject").toString()));
    const auto status = enumOf(m_ticket, "status", core::TicketStatus::New);
    QStringList facts{
        TicketValues::status(status),
        TicketValues::priority(enumOf(m_ticket, "priority", core::Priority::Normal)),
        TicketValues::category(enumOf(m_ticket, "category", core::Category::Question))};
    const QJsonObject requester = m_ticket.value(u"requester").toObject();
    QString who = requester.value(u"name").toString();
    if (const QString email = requester.value(u"email").toString(); !email.isEmpty())
        who += QStringLiteral(" <%1>").arg(email);
    facts.append(tr("Requester: %1").arg(who));
    if (const QString org = nestedName(m_ticket, "organisation"); !org.isEmpty())
        facts.append(tr("Organisation: %1").arg(org));
    if (const qint64 contract = m_ticket.value(u"contract_id").toInteger(); contract != 0)
        facts.append(tr("Contract #%1").arg(contract));
    if (m_ticket.value(u"pending").toBool())
        facts.append(tr("Changes waiting to be sent"));
    m_facts->setText(facts.join(QStringLiteral(" · ")).toHtmlEscaped());
    m_sla->setText(slaLine(QDateTime::currentSecsSinceEpoch()));
    QString html = linksHtml();
    for (const QJsonValue &message : m_ticket.value(u"messages").toArray())
        html += messageHtml(message.toObject());
    if (html.isEmpty())
        html = QStringLiteral("<p>%1</p>")
                   .arg(m_ticket.value(u"description").toString().toHtmlEscaped());
    const int scroll = m_conversation->verticalScrollBar()->value();
    const bool sameTicket = m_conversation->property("ticketId").toLongLong() == m_id;
    m_conversation->setHtml(html);
    m_conversation->setProperty("ticketId", m_id);
    if (sameTicket)
        m_conversation->verticalScrollBar()->setValue(scroll);
    m_properties->setTicket(m_ticket);
}

QString TicketView::headerText() const
{
    return m_title->text() + u'\n' + m_facts->text() + u'\n' + m_sla->text();
}

QString TicketView::conversationHtml() const
{
    return m_conversation->toHtml();
}

} // namespace sd::widgets
