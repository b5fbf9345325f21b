#include "fieldmerge.h"

#include "protocol/ticketpatch.h"

#include <QJsonArray>

namespace sd::client {

namespace {

// PATCH fields that the read shape nests as {id, name}.
QString nestedKey(const QString &field)
{
    if (field == u"queue_id")
        return QStringLiteral("queue");
    if (field == u"assignee_id")
        return QStringLiteral("assignee");
    return {};
}

} // namespace

QJsonValue FieldMerge::normalized(const QJsonValue &value)
{
    if (value.isUndefined() || (value.isString() && value.toString().isEmpty()) ||
        (value.isArray() && value.toArray().isEmpty()))
        return QJsonValue(QJsonValue::Null);
    if (value.isDouble() && value.toInteger(-1) == 0)
        return QJsonValue(QJsonValue::Null);
    return value;
}

QJsonValue FieldMerge::valueOf(const QJsonObject &ticket, const QString &field)
{
    if (const QString nested = nestedKey(field); !nested.isEmpty())
        return normalized(ticket.value(nested).toObject().value(QStringLiteral("id")));
    return normalized(ticket.value(field));
}

QJsonObject FieldMerge::snapshot(const QJsonObject &ticket)
{
    QJsonObject base;
    for (const QString &field : protocol::TicketPatch::patchableFields())
        base.insert(field, valueOf(ticket, field));
    return base;
}

FieldMerge::Outcome FieldMerge::merge(const QJsonObject &base, const QJsonObject &mine,
                                      const QJsonObject &theirsTicket)
{
    Outcome outcome;
    for (auto it = mine.constBegin(); it != mine.constEnd(); ++it) {
        const QJsonValue before = normalized(base.value(it.key()));
        const QJsonValue wanted = normalized(it.value());
        const QJsonValue now = valueOf(theirsTicket, it.key());
        if (now == wanted)
            continue;
        if (now == before)
            outcome.patch.insert(it.key(), it.value());
        else
            outcome.conflicts.append({it.key(), before, wanted, now});
    }
    return outcome;
}

QJsonObject FieldMerge::overlay(QJsonObject ticket, const QJsonObject &patch)
{
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        const QString nested = nestedKey(it.key());
        if (nested.isEmpty()) {
            ticket.insert(it.key(), it.value());
            continue;
        }
        // The name of a newly chosen queue or assignee is not known offline; the id is.
        QJsonObject inner = ticket.value(nested).toObject();
        if (normalized(it.value()).isNull()) {
            ticket.insert(nested, QJsonValue(QJsonValue::Null));
        } else if (inner.value(QStringLiteral("id")) != it.value()) {
            inner = QJsonObject{{QStringLiteral("id"), it.value()},
                                {QStringLiteral("name"), QJsonValue(QJsonValue::Null)}};
            ticket.insert(nested, inner);
        }
    }
    return ticket;
}

} // namespace sd::client
