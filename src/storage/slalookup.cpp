#include "slalookup.h"

#include "database.h"
#include "serversettings.h"
#include "statement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sd::storage {

namespace {

// One statement: the contract's level (the ticket's contract, else the organisation's oldest
// active one; prospects count as none) and the policy of that level or of the default level,
// preferring the former.
// The warning share comes along (%1): every write that recomputes targets needs it.
const QString RuleSql = QStringLiteral(
    "SELECT p.id, p.support_level, p.first_response_minutes, p.next_response_minutes, "
    "p.resolution_minutes, p.calendar_id, p.pausing_statuses, cal.definition, %1 "
    "FROM sla_policies p LEFT JOIN calendars cal ON cal.id = p.calendar_id "
    "WHERE p.category = ? AND p.priority = ? AND p.support_level IN (COALESCE(("
    "SELECT c.support_level FROM contracts c WHERE c.active = TRUE AND "
    "c.customer_kind <> 'prospect' AND (c.id = ? OR (? = 0 AND c.organisation_id = ?)) "
    "ORDER BY c.id LIMIT 1), 'default'), 'default') "
    "ORDER BY CASE WHEN p.support_level = 'default' THEN 1 ELSE 0 END LIMIT 1");

QList<core::TicketStatus> statusesOf(const QString &json)
{
    QList<core::TicketStatus> statuses;
    for (const QJsonValue &name : QJsonDocument::fromJson(json.toUtf8()).array())
        if (const auto status = core::fromString<core::TicketStatus>(name.toString()))
            statuses.append(*status);
    return statuses;
}

} // namespace

SlaLookup::SlaLookup(Database &db) : m_db(db) {}

Result<std::optional<SlaRule>> SlaLookup::ruleFor(const core::Ticket &ticket)
{
    static const QString sql = RuleSql.arg(ServerSettings::warningShareSql());
    Statement select(m_db, sql);
    select.bind(core::toString(ticket.category)).bind(core::toString(ticket.priority));
    select.bind(ticket.contractId).bind(ticket.contractId).bind(ticket.organisationId);
    if (!select.exec())
        return select.error();
    if (!select.next())
        return std::optional<SlaRule>();
    SlaRule rule;
    rule.policy.id = select.id(0);
    rule.policy.supportLevel = select.text(1);
    rule.policy.category = ticket.category;
    rule.policy.priority = ticket.priority;
    rule.policy.firstResponseMinutes = int(select.id(2));
    rule.policy.nextResponseMinutes = int(select.id(3));
    rule.policy.resolutionMinutes = int(select.id(4));
    rule.policy.calendarId = select.id(5);
    rule.policy.pausingStatuses = statusesOf(select.text(6));
    rule.calendarJson = select.text(7);
    rule.warningShare = ServerSettings::warningShareOf(select.value(8));
    return std::optional<SlaRule>(rule);
}

Result<QList<core::SlaExchange>> SlaLookup::exchanges(qint64 ticketId)
{
    Statement rows(m_db, QStringLiteral("SELECT kind, created_at FROM messages WHERE ticket_id = ? "
                                        "AND kind IN ('customer', 'reply', 'phone_call') "
                                        "ORDER BY created_at, id"));
    if (!rows.bind(ticketId).exec())
        return rows.error();
    QList<core::SlaExchange> out;
    while (rows.next())
        out.append({rows.time(1), rows.text(0) != u"customer"});
    return out;
}

} // namespace sd::storage
