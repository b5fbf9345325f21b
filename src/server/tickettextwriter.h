#pragma once

#include "core/attachmentinfo.h"
#include "core/message.h"
#include "core/ticket.h"
#include "core/ticketlink.h"
#include "storage/result.h"
#include "storage/snapshotrepository.h"
#include "ticketpresenter.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>

namespace sd::server {

class RequestContext;

// Writes tickets in the read shape (ticket with links and the messages the caller may see)
// straight from the stored structs as JSON text: the same bytes TicketPresenter::full()
// gives through QJsonDocument::toJson(Compact), at a fraction of the cost, for bodies that
// carry hundreds of tickets (the first sync). Building the QJsonObjects and serialising them
// took two thirds of the server's time per sync page. Names come from a TicketPresenter, looked up
// once per writer.
class TicketTextWriter final
{
public:
    explicit TicketTextWriter(RequestContext &ctx);

    void rememberAttachments(const QList<core::AttachmentInfo> &infos);
    // Message bodies as the database stores them (UTF-8), by message id: written as they are
    // instead of the messages' own (then empty) body fields.
    void rememberBodies(QHash<qint64, storage::StoredBodies> bodies);
    // Reads the SLA targets of a page of tickets at once (else one query per ticket).
    storage::Result<void> loadSlaTargets(const QList<qint64> &ticketIds);
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
    void appendTail(QByteArray &out, const core::Ticket &ticket, const Names &names,
                    const QList<core::SlaTarget> &targets) const;
    void appendSla(QByteArray &out, const core::Ticket &ticket,
                   const QList<core::SlaTarget> &targets) const;
    void appendTarget(QByteArray &out, const core::SlaTarget &target) const;
    storage::Result<void> appendMessages(QByteArray &out, const QList<core::Message> &messages);
    storage::Result<void> appendMessage(QByteArray &out, const core::Message &message);

    RequestContext &m_ctx;
    bool m_staff = false;
    QDateTime m_now;
    TicketPresenter m_names; // its cached name lookups
    QHash<qint64, core::AttachmentInfo> m_attachments;
    QHash<qint64, storage::StoredBodies> m_bodies;
};

} // namespace sd::server
