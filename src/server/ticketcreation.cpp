#include "ticketcreation.h"

#include "attachmentroutes.h"
#include "core/intakevalidator.h"
#include "htmlsanitizer.h"
#include "idempotency.h"
#include "permissions.h"
#include "requestbody.h"
#include "requestcontext.h"
#include "slaengine.h"
#include "storage/attachmentrepository.h"
#include "storage/duplicatefinder.h"
#include "storage/messagerepository.h"
#include "storage/organisationrepository.h"
#include "storage/queuerepository.h"
#include "storage/ticketrepository.h"
#include "storage/transaction.h"
#include "ticketpresenter.h"

#include <QJsonArray>

namespace sd::server {

namespace {

using Kind = storage::StorageError::Kind;

const QString DefaultQueue = QStringLiteral("Support");

} // namespace

ApiResponse TicketCreation::run()
{
    if (auto replay = Idempotency::replay(m_ctx))
        return *replay;
    ApiResponse refused;
    const auto request =
        RequestBody::parse(m_ctx, protocol::TicketCreateRequest::fromJson, &refused);
    if (!request)
        return refused;
    m_request = *request;
    core::Ticket ticket = m_request.toTicket();
    bool firstContact = false;
    if (auto refused = resolveRequester(ticket, &firstContact))
        return *refused;
    if (auto refused = validate(ticket, firstContact))
        return *refused;
    if (auto refused = AttachmentRoutes::requireExisting(m_ctx, m_request.attachmentIds))
        return *refused;
    return store(ticket);
}

std::optional<ApiResponse> TicketCreation::resolveRequester(core::Ticket &ticket,
                                                            bool *firstContact)
{
    const core::User &user = *m_ctx.user;
    storage::OrganisationRepository organisations(m_ctx.db);
    if (user.role == core::UserRole::Customer) {
        // Customers file for themselves; what they claim about others is ignored.
        ticket.requesterId = user.id;
        ticket.requesterEmail = user.email;
        ticket.requesterName = user.name;
        ticket.organisationId = user.organisationId;
        if (!m_request.channel)
            ticket.channel = core::Channel::SubmitDialog;
        if (ticket.channel == core::Channel::Phone || ticket.channel == core::Channel::Workstation)
            ticket.channel = core::Channel::SubmitDialog;
    } else {
        if (ticket.requesterEmail.isEmpty())
            return ApiResponse::error(422, QStringLiteral("required"),
                                      tr("Give the customer's email address so the answer "
                                         "reaches them."),
                                      QStringLiteral("requester_email"));
        if (!m_request.channel)
            ticket.channel = core::Channel::Workstation;
        auto byEmail = organisations.findByContactEmail(ticket.requesterEmail);
        if (byEmail)
            ticket.organisationId = byEmail->id;
        else if (byEmail.error().kind != Kind::NotFound)
            return ApiResponse::storageError(byEmail.error());
    }
    if (!ticket.projectCode.isEmpty()) {
        auto match = organisations.findByCode(ticket.projectCode);
        if (match &&
            (ticket.organisationId == 0 || ticket.organisationId == match->organisation.id)) {
            ticket.organisationId = match->organisation.id;
            ticket.contractId = match->contractId;
        } else if (!match && match.error().kind != Kind::NotFound) {
            return ApiResponse::storageError(match.error());
        }
    }
    *firstContact = ticket.organisationId == 0;
    return std::nullopt;
}

std::optional<ApiResponse> TicketCreation::validate(const core::Ticket &ticket, bool firstContact)
{
    core::IntakeValidator::Context context;
    context.firstContact = firstContact;
    context.attachmentCount = int(m_request.attachmentIds.size());
    const QList<core::IntakeIssue> issues = core::IntakeValidator().validate(ticket, context);
    if (issues.isEmpty())
        return std::nullopt;
    QJsonArray all;
    for (const core::IntakeIssue &issue : issues)
        all.append(QJsonObject{{QStringLiteral("code"), issue.code},
                               {QStringLiteral("message"), issue.message},
                               {QStringLiteral("field"), issue.field}});
    protocol::ApiError first;
    first.httpStatus = 422;
    first.code = issues.first().code;
    first.message = issues.first().message;
    first.field = issues.first().field;
    QJsonObject body = first.toJson();
    QJsonObject error = body.value(QStringLiteral("error")).toObject();
    error.insert(QStringLiteral("issues"), all);
    body.insert(QStringLiteral("error"), error);
    return ApiResponse::json(body, 422);
}

ApiResponse TicketCreation::store(core::Ticket ticket)
{
    TicketPresenter presenter(m_ctx);
    auto queue = storage::QueueRepository(m_ctx.db).findByName(DefaultQueue);
    if (queue) {
        ticket.queueId = queue->id;
        presenter.rememberQueue(queue->id, queue->name);
    }
    const ServerConfig &settings = m_ctx.services.settings;
    storage::TicketRepository tickets(m_ctx.db, settings.ticketNumberPrefix, settings.numberZone());
    ticket.createdAt = QDateTime::currentDateTimeUtc();
    // Before the transaction: the ticket's own row cannot be a candidate yet, and the search
    // holds no lock that other creates wait for.
    const QJsonArray duplicates = possibleDuplicates(ticket);
    // The targets go into the ticket's own row (its due columns) and right after it: no
    // second write of the row. The first message is the one exchange so far.
    SlaEngine sla(m_ctx.db);
    core::SlaFacts facts = SlaEngine::factsOf(ticket);
    facts.exchanges = {{ticket.createdAt, false}};
    const auto targets = sla.plan(ticket, facts, ticket.createdAt);
    if (!targets)
        return ApiResponse::storageError(targets.error());
    const auto number = tickets.reserveNumber(ticket.createdAt);
    if (!number)
        return ApiResponse::storageError(number.error());
    storage::Transaction tx(m_ctx.db);
    if (!tx)
        return ApiResponse::storageError(tx.error());
    auto created = tickets.create(ticket, m_ctx.userId(), number.value());
    if (!created)
        return ApiResponse::storageError(created.error());
    core::Message first;
    first.ticketId = created->id;
    first.authorId = ticket.requesterId;
    first.authorName = ticket.requesterName;
    first.kind = core::MessageKind::Customer;
    first.bodyText = ticket.description;
    first.bodyHtml = HtmlSanitizer::fromPlainText(ticket.description);
    first.attachmentIds = m_request.attachmentIds;
    auto message = storage::MessageRepository(m_ctx.db).appendFirst(first, created.value());
    if (!message)
        return ApiResponse::storageError(message.error());
    if (const auto stored = sla.storeNew(created->id, targets.value(), {}); !stored)
        return ApiResponse::storageError(stored.error());
    presenter.rememberSlaTargets(created->id, targets.value());
    auto json = presenter.full(created.value(), {}, {message.value()});
    if (!json)
        return ApiResponse::storageError(json.error());
    json->insert(QStringLiteral("possible_duplicates"), duplicates);
    ApiResponse response = ApiResponse::json(json.value(), 201);
    response.withHeader("Location", "/api/v1/tickets/" + QByteArray::number(created->id));
    return Idempotency::commit(m_ctx, tx, QStringLiteral("ticket"), created->id, response);
}

QJsonArray TicketCreation::possibleDuplicates(const core::Ticket &ticket)
{
    // Suggestions only: a failed search must not fail the intake.
    QJsonArray found;
    storage::DuplicateFinder::Query query;
    query.requesterId = ticket.requesterId;
    query.requesterEmail = ticket.requesterEmail;
    query.subject = ticket.subject;
    query.since = ticket.createdAt.addDays(-m_ctx.services.settings.duplicateWindowDays);
    const auto similar = storage::DuplicateFinder(m_ctx.db).find(query);
    if (!similar)
        return found;
    for (const core::Ticket &other : similar.value()) {
        if (!Permissions::canView(*m_ctx.user, other))
            continue;
        found.append(QJsonObject{{QStringLiteral("id"), other.id},
                                 {QStringLiteral("number"), other.number},
                                 {QStringLiteral("subject"), other.subject},
                                 {QStringLiteral("status"), core::toString(other.status)}});
    }
    return found;
}

} // namespace sd::server
