#include "ticketrow.h"

#include "statement.h"

#include <QJsonDocument>

namespace sd::storage {

namespace {

template <typename Enum> Enum readEnum(const Statement &row, int column, Enum fallback)
{
    return core::fromString<Enum>(row.text(column)).value_or(fallback);
}

} // namespace

QString TicketRow::selectColumns()
{
    return QStringLiteral(
        "t.id, t.number, t.created_at, t.updated_at, t.version, t.merged_into_id, t.subject, "
        "t.description, t.status, t.resolution, t.priority, t.category, t.channel, "
        "t.requester_id, t.requester_email, t.requester_name, t.organisation_id, t.contract_id, "
        "t.project_code, t.product, t.product_version, t.os, t.steps_to_reproduce, "
        "t.affected_users, t.queue_id, t.assignee_id, t.first_response_at, "
        "t.first_response_due, t.resolution_due, t.resolved_at, t.custom_fields");
}

QStringList TicketRow::writableColumns()
{
    return {
        QStringLiteral("subject"),
        QStringLiteral("description"),
        QStringLiteral("status"),
        QStringLiteral("resolution"),
        QStringLiteral("priority"),
        QStringLiteral("category"),
        QStringLiteral("channel"),
        QStringLiteral("requester_id"),
        QStringLiteral("requester_email"),
        QStringLiteral("requester_name"),
        QStringLiteral("organisation_id"),
        QStringLiteral("contract_id"),
        QStringLiteral("project_code"),
        QStringLiteral("product"),
        QStringLiteral("product_version"),
        QStringLiteral("os"),
        QStringLiteral("steps_to_reproduce"),
        QStringLiteral("affected_users"),
        QStringLiteral("queue_id"),
        QStringLiteral("assignee_id"),
        QStringLiteral("first_response_at"),
        QStringLiteral("first_response_due"),
        QStringLiteral("resolution_due"),
        QStringLiteral("resolved_at"),
        QStringLiteral("custom_fields"),
    };
}

core::Ticket TicketRow::read(const Statement &row)
{
    core::Ticket t;
    t.id = row.id(0);
    t.number = row.text(1);
    t.createdAt = row.time(2);
    t.updatedAt = row.time(3);
    t.version = int(row.id(4));
    t.mergedIntoId = row.id(5);
    t.subject = row.text(6);
    t.description = row.text(7);
    t.status = readEnum(row, 8, core::TicketStatus::New);
    t.resolution = readEnum(row, 9, core::Resolution::None);
    t.priority = readEnum(row, 10, core::Priority::Normal);
    t.category = readEnum(row, 11, core::Category::Question);
    t.channel = readEnum(row, 12, core::Channel::Workstation);
    t.requesterId = row.id(13);
    t.requesterEmail = row.text(14);
    t.requesterName = row.text(15);
    t.organisationId = row.id(16);
    t.contractId = row.id(17);
    t.projectCode = row.text(18);
    t.product = row.text(19);
    t.productVersion = row.text(20);
    t.os = row.text(21);
    t.stepsToReproduce = row.text(22);
    t.affectedUsers = int(row.id(23));
    t.queueId = row.id(24);
    t.assigneeId = row.id(25);
    t.firstResponseAt = row.time(26);
    t.firstResponseDue = row.time(27);
    t.resolutionDue = row.time(28);
    t.resolvedAt = row.time(29);
    t.customFields = QJsonDocument::fromJson(row.text(30).toUtf8()).toVariant().toMap();
    return t;
}

void TicketRow::bindWritable(Statement &statement, const core::Ticket &t)
{
    statement.bind(t.subject).bind(t.description).bind(core::toString(t.status));
    statement.bind(core::toString(t.resolution)).bind(core::toString(t.priority));
    statement.bind(core::toString(t.category)).bind(core::toString(t.channel));
    statement.bindId(t.requesterId).bind(t.requesterEmail).bind(t.requesterName);
    statement.bindId(t.organisationId).bindId(t.contractId).bind(t.projectCode);
    statement.bind(t.product).bind(t.productVersion).bind(t.os).bind(t.stepsToReproduce);
    statement.bind(t.affectedUsers).bindId(t.queueId).bindId(t.assigneeId);
    statement.bindTime(t.firstResponseAt).bindTime(t.firstResponseDue);
    statement.bindTime(t.resolutionDue).bindTime(t.resolvedAt);
    statement.bind(customFieldsText(t.customFields));
}

QString TicketRow::customFieldsText(const QVariantMap &fields)
{
    return QString::fromUtf8(QJsonDocument::fromVariant(fields).toJson(QJsonDocument::Compact));
}

QVariantMap TicketRow::normalizedCustomFields(const QVariantMap &fields)
{
    return QJsonDocument::fromJson(customFieldsText(fields).toUtf8()).toVariant().toMap();
}

} // namespace sd::storage
