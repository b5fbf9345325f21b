#include "ticketchanges.h"

#include "statement.h"
#include "ticketrow.h"

#include <functional>

namespace sd::storage {

namespace {

using Getter = std::function<QString(const core::Ticket &)>;

QString idText(qint64 id)
{
    return id == 0 ? QString() : QString::number(id);
}

QString timeText(const QDateTime &at)
{
    return at.isValid() ? Statement::timeText(at) : QString();
}

QString tagsText(QStringList tags)
{
    tags.sort();
    return tags.join(u", ");
}

const QList<std::pair<QString, Getter>> &fields()
{
    static const QList<std::pair<QString, Getter>> table = {
        {QStringLiteral("subject"), [](const core::Ticket &t) { return t.subject; }},
        {QStringLiteral("description"), [](const core::Ticket &t) { return t.description; }},
        {QStringLiteral("status"), [](const core::Ticket &t) { return toString(t.status); }},
        {QStringLiteral("resolution"),
         [](const core::Ticket &t) { return toString(t.resolution); }},
        {QStringLiteral("priority"), [](const core::Ticket &t) { return toString(t.priority); }},
        {QStringLiteral("category"), [](const core::Ticket &t) { return toString(t.category); }},
        {QStringLiteral("channel"), [](const core::Ticket &t) { return toString(t.channel); }},
        {QStringLiteral("requester_id"),
         [](const core::Ticket &t) { return idText(t.requesterId); }},
        {QStringLiteral("requester_email"), [](const core::Ticket &t) { return t.requesterEmail; }},
        {QStringLiteral("requester_name"), [](const core::Ticket &t) { return t.requesterName; }},
        {QStringLiteral("organisation_id"),
         [](const core::Ticket &t) { return idText(t.organisationId); }},
        {QStringLiteral("contract_id"), [](const core::Ticket &t) { return idText(t.contractId); }},
        {QStringLiteral("project_code"), [](const core::Ticket &t) { return t.projectCode; }},
        {QStringLiteral("product"), [](const core::Ticket &t) { return t.product; }},
        {QStringLiteral("product_version"), [](const core::Ticket &t) { return t.productVersion; }},
        {QStringLiteral("os"), [](const core::Ticket &t) { return t.os; }},
        {QStringLiteral("steps_to_reproduce"),
         [](const core::Ticket &t) { return t.stepsToReproduce; }},
        {QStringLiteral("affected_users"),
         [](const core::Ticket &t) { return QString::number(t.affectedUsers); }},
        {QStringLiteral("queue_id"), [](const core::Ticket &t) { return idText(t.queueId); }},
        {QStringLiteral("assignee_id"), [](const core::Ticket &t) { return idText(t.assigneeId); }},
        {QStringLiteral("first_response_at"),
         [](const core::Ticket &t) { return timeText(t.firstResponseAt); }},
        {QStringLiteral("first_response_due"),
         [](const core::Ticket &t) { return timeText(t.firstResponseDue); }},
        {QStringLiteral("resolution_due"),
         [](const core::Ticket &t) { return timeText(t.resolutionDue); }},
        {QStringLiteral("resolved_at"),
         [](const core::Ticket &t) { return timeText(t.resolvedAt); }},
        {QStringLiteral("tags"), [](const core::Ticket &t) { return tagsText(t.tags); }},
        {QStringLiteral("custom_fields"),
         [](const core::Ticket &t) { return TicketRow::customFieldsText(t.customFields); }},
    };
    return table;
}

} // namespace

QList<TicketChanges::Field> TicketChanges::between(const core::Ticket &before,
                                                   const core::Ticket &after)
{
    QList<Field> changed;
    for (const auto &[name, get] : fields()) {
        QString oldValue = get(before);
        QString newValue = get(after);
        if (oldValue != newValue)
            changed.append({name, std::move(oldValue), std::move(newValue)});
    }
    return changed;
}

QStringList TicketChanges::names(const QList<Field> &fields)
{
    QStringList out;
    for (const Field &field : fields)
        out.append(field.name);
    return out;
}

} // namespace sd::storage
