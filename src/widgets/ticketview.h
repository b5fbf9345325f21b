#pragma once

#include <QJsonObject>
#include <QWidget>

#include <memory>

class QLabel;
class QTabWidget;
class QTextBrowser;

namespace sd::client {
class ClientSession;
class DraftStore;
} // namespace sd::client

namespace sd::widgets {

class ReplyEditor;
class TicketProperties;

// The open ticket: a header (number, subject, status, priority, requester, organisation,
// contract, each SLA target with its countdown or why it is paused), the conversation
// (customer messages, public replies, internal notes, phone calls and system events, each
// unmistakably styled) and the properties panel. Reads the replica only.
class TicketView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketView)

public:
    explicit TicketView(client::ClientSession &session, QWidget *parent = nullptr);
    ~TicketView() override;

    void showTicket(qint64 id);
    // Re-reads the ticket (a sync or a local write changed it) and the clock.
    void refresh();
    // The clock moved: only the SLA countdowns change, the conversation is left as it is.
    void tick();
    qint64 ticketId() const { return m_id; }
    const QJsonObject &ticket() const { return m_ticket; }
    QString headerText() const;
    QString conversationHtml() const;
    TicketProperties *properties() const { return m_properties; }
    ReplyEditor *editor() const { return m_editor; }
    // The newest message the server has for the open ticket (0: none).
    qint64 newestMessageId() const;
    // Messages newer than `messageId` written by someone else than `userId`: what the agent
    // has not seen if they began their reply when `messageId` was the newest.
    QList<QJsonObject> messagesSince(qint64 messageId, qint64 userId) const;
    // Opens the reply editor on the open ticket (Ctrl+R).
    void startReply();
    // The collision warning: other staff on this ticket (name, replying?); empty hides it.
    void setOthers(const QList<std::pair<QString, bool>> &others);
    QString collisionText() const;

signals:
    // The agent chose "New ticket from this message" on one of the conversation's messages.
    void splitRequested(qint64 ticketId, qint64 messageId, const QString &suggestedSubject);
    // A linked ticket was clicked.
    void ticketRequested(qint64 ticketId);

private:
    void render();
    void linkClicked(const QUrl &link);
    QString linksHtml() const;
    QString slaLine(qint64 now) const;

    client::ClientSession &m_session;
    std::unique_ptr<client::DraftStore> m_drafts;
    qint64 m_id = 0;
    QJsonObject m_ticket;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_sla;
    QLabel *m_collision;
    QTextBrowser *m_conversation;
    TicketProperties *m_properties;
    ReplyEditor *m_editor;
    QTabWidget *m_tabs;
};

} // namespace sd::widgets
