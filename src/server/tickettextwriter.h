#pragma once

#include "core/attachmentinfo.h"
#include "core/message.h"
#include "core/ticket.h"
#include "core/ticketlink.h"
#include "storage/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>

namespace sd::server {

class RequestContext;

// Writes tickets in the read shape (ticket with links and the messages the caller may see)
// straight from the stored structs as JSON text: the same bytes TicketPresenter::full()
// gives through QJsonDocument::toJson(Compact), at a fraction of the cost, for bodies that
// carry hundreds of tickets (the first sync). Building the QJsonObjects and serialising them
// took two thirds of the server's time per sync page. Names are looked up once per writer.
class TicketTextWriter final
{
public:
    explicit TicketTextWriter(RequestContext &ctx);

    void rememberAttachments(const QList<core::AttachmentInfo> &infos);
    storage::Result<void> append(QByteArray &out, const core::Ticket &ticket,
                                 const QList<core::TicketLink> &links,
                                 const QList<core::Message> &messages);

private:
    struct Names
    {
        QString assignee;
        QString organisation;
        QString queue;
        QString requester;
    };

    storage::Result<Names> names(const core::Ticket &ticket);
    // The members before "links" and after "messages", in key order.
    void appendHead(QByteArray &out, const core::Ticket &ticket, const Names &names) const;
    void appendTail(QByteArray &out, const core::Ticket &ticket, const Names &names) const;
    storage::Result<void> appendMessages(QByteArray &out, const QList<core::Message> &messages);
    storage::Result<void> appendMessage(QByteArray &out, const core::Message &message);
    storage::Result<QString> userName(qint64 id);
    storage::Result<QString> queueName(qint64 id);
    storage::Result<QString> organisationName(qint64 id);

    RequestContext &m_ctx;
    bool m_staff = false;
    QDateTime m_now;
    QHash<qint64, QString> m_users;
    QHash<qint64, QString> m_queues;
    QHash<qint64, QString> m_organisations;
    QHash<qint64, core::AttachmentInfo> m_attachments;
};

} // namespace sd::server
