#pragma once

#include "protocol/apierror.h"
#include "storage/slaevent.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sd::server {

// An escalation rule on the wire:
//   {id, kind: "warning"|"breach", target: "first_response"|"next_response"|"resolution"|null,
//    priority: "low"|...|null, notify_supervisors, raise_priority, move_queue_id: id|null,
//    active, created_at, updated_at}
// A null target or priority matches any.
class EscalationJson final
{
    Q_DECLARE_TR_FUNCTIONS(EscalationJson)

public:
    EscalationJson() = delete;

    static QJsonObject toJson(const storage::EscalationRule &rule);
    // Creating requires `kind`; otherwise present fields replace those of *rule (PATCH).
    static bool read(const QJsonObject &body, bool creating, storage::EscalationRule *rule,
                     protocol::ApiError *error);
};

} // namespace sd::server
