#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace sd::client {
class ClientSession;
}

namespace sd::widgets {

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

    void showTicket(qint64 id);
    // Re-reads the ticket (a sync or a local write changed it) and the clock.
    void refresh();
    qint64 ticketId() const { return m_id; }
    const QJsonObject &ticket() const { return m_ticket; }
    QString headerText() const;
    QString conversationHtml() const;
    TicketProperties *properties() const { return m_properties; }

private:
    void render();
    QString slaLine(qint64 now) const;

    client::ClientSession &m_session;
    qint64 m_id = 0;
    QJsonObject m_ticket;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_sla;
    QTextBrowser *m_conversation;
    TicketProperties *m_properties;
};

} // namespace sd::widgets
