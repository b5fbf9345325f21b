#pragma once

#include "core/category.h"
#include "core/priority.h"
#include "core/ticketstatus.h"

#include <QByteArrayView>

namespace sd::client {

// One ticket as the ticket table reads it from the replica. Text is UTF-8 and only valid
// while the row is being stored; a null view (data() == nullptr) means the replica has no
// value (a queue chosen offline has an id but no name yet). Times are Unix seconds, 0 = none.
struct TicketRowInput
{
    qint64 id = 0;
    QByteArrayView number;
    QByteArrayView subject;
    QByteArrayView requesterName;
    QByteArrayView requesterEmail;
    qint64 organisationId = 0;
    QByteArrayView organisationName;
    qint64 queueId = 0;
    QByteArrayView queueName;
    qint64 assigneeId = 0;
    QByteArrayView assigneeName;
    core::TicketStatus status = core::TicketStatus::New;
    core::Priority priority = core::Priority::Normal;
    core::Category category = core::Category::Question;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 firstResponseAt = 0;
    qint64 firstResponseDue = 0;
    qint64 resolutionDue = 0;
    qint64 resolvedAt = 0;
    bool pending = false;
    bool unread = false;
};

} // namespace sd::client
