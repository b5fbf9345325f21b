#pragma once

#include "core/attachmentinfo.h"
#include "core/message.h"
#include "core/slatarget.h"
#include "core/ticket.h"
#include "protocol/ticketview.h"
#include "storage/result.h"

#include <QHash>
#include <QJsonObject>

namespace sd::server {

class RequestContext;

// Turns stored tickets into the wire shapes for the signed-in user: names for ids, the SLA
// object, links, and (for one ticket) the messages and attachments that user may see. Names
// are cached for one request, so a page of fifty tickets costs a handful of lookups.
class TicketPresenter final
{
public:
    explicit TicketPresenter(RequestContext &ctx);

    storage::Result<QJsonObject> summary(const core::Ticket &ticket);
    // summary + links + messages (internal notes only for staff) with attachment metadata.
    storage::Result<QJsonObject> full(const core::Ticket &ticket);
    // The same from parts the caller already holds (a ticket it has just written), without
    // reading them back.
    storage::Result<QJsonObject> full(const core::Ticket &ticket,
                                      const QList<core::TicketLink> &links,
                                      const QList<core::Message> &messages);
    // Names the caller already knows, so they are not looked up.
    void rememberQueue(qint64 id, const QString &name) { m_queues.insert(id, name); }
    void rememberOrganisation(qint64 id, const QString &name) { m_organisations.insert(id, name); }
    void rememberAttachments(const QList<core::AttachmentInfo> &infos);
    void rememberSlaTargets(qint64 ticketId, const QList<core::SlaTarget> &targets);
    // Reads the SLA targets of a page of tickets at once instead of one ticket at a time.
    storage::Result<void> loadSlaTargets(const QList<qint64> &ticketIds);
    // The stored SLA targets of a ticket, read once per presenter.
    storage::Result<QList<core::SlaTarget>> slaTargets(qint64 ticketId);

    // The ticket's deadline fields and its targets as they stand at `now` (see
    // core::SlaEvaluator::asOf).
    static QJsonObject slaJson(const core::Ticket &ticket, const QList<core::SlaTarget> &targets,
                               const QDateTime &now);
    // One message with its attachment metadata and author name.
    storage::Result<QJsonObject> message(const core::Message &message);

    // Names, each looked up once per presenter; empty for id 0 or a dangling id.
    storage::Result<QString> userName(qint64 id);
    storage::Result<QString> queueName(qint64 id);
    storage::Result<QString> organisationName(qint64 id);

private:
    storage::Result<protocol::TicketView> view(const core::Ticket &ticket);

    RequestContext &m_ctx;
    QHash<qint64, QString> m_users;
    QHash<qint64, QString> m_queues;
    QHash<qint64, QString> m_organisations;
    QHash<qint64, core::AttachmentInfo> m_attachments;
    QHash<qint64, QList<core::SlaTarget>> m_slaTargets;
};

} // namespace sd::server
