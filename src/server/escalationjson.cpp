#include "escalationjson.h"

#include "protocol/jsonbody.h"
#include "protocol/wirevalue.h"

namespace sd::server {

namespace {

using protocol::JsonBody;
using Presence = JsonBody::Presence;

const QString Kind = QStringLiteral("kind");
const QString Target = QStringLiteral("target");
const QString Priority = QStringLiteral("priority");
const QString Notify = QStringLiteral("notify_supervisors");
const QString Raise = QStringLiteral("raise_priority");
const QString MoveQueue = QStringLiteral("move_queue_id");
const QString Active = QStringLiteral("active");

QJsonValue nameOrNull(const auto &value)
{
    return value ? QJsonValue(core::toString(*value)) : QJsonValue(QJsonValue::Null);
}

// A field where null means "any": absent keeps *out, null clears it.
template <typename E>
bool readAny(const QJsonObject &body, const QString &key, std::optional<E> *out,
             protocol::ApiError *error)
{
    if (!body.contains(key))
        return true;
    if (body.value(key).isNull()) {
        out->reset();
        return true;
    }
    E value{};
    if (!JsonBody::readEnum(body, key, Presence::Required, &value, error))
        return false;
    *out = value;
    return true;
}

} // namespace

QJsonObject EscalationJson::toJson(const storage::EscalationRule &rule)
{
    return QJsonObject{
        {QStringLiteral("id"), rule.id},
        {Kind, core::toString(rule.kind)},
        {Target, nameOrNull(rule.target)},
        {Priority, nameOrNull(rule.priority)},
        {Notify, rule.notifySupervisors},
        {Raise, rule.raisePriority},
        {MoveQueue,
         rule.moveQueueId != 0 ? QJsonValue(rule.moveQueueId) : QJsonValue(QJsonValue::Null)},
        {Active, rule.active},
        {QStringLiteral("created_at"), protocol::WireValue::dateTime(rule.createdAt)},
        {QStringLiteral("updated_at"), protocol::WireValue::dateTime(rule.updatedAt)},
    };
}

bool EscalationJson::read(const QJsonObject &body, bool creating, storage::EscalationRule *rule,
                          protocol::ApiError *error)
{
    return JsonBody::rejectUnknownFields(
               body, {Kind, Target, Priority, Notify, Raise, MoveQueue, Active}, error) &&
           JsonBody::readEnum(body, Kind, creating ? Presence::Required : Presence::Optional,
                              &rule->kind, error) &&
           readAny(body, Target, &rule->target, error) &&
           readAny(body, Priority, &rule->priority, error) &&
           JsonBody::readBool(body, Notify, Presence::Optional, &rule->notifySupervisors, error) &&
           JsonBody::readBool(body, Raise, Presence::Optional, &rule->raisePriority, error) &&
           JsonBody::readId(body, MoveQueue, Presence::Nullable, &rule->moveQueueId, error) &&
           JsonBody::readBool(body, Active, Presence::Optional, &rule->active, error);
}

} // namespace sd::server
