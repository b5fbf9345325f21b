#pragma once

#include "category.h"
#include "channel.h"
#include "priority.h"
#include "resolution.h"
#include "ticketstatus.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace sd::core {

// A customer's request as the domain sees it. Ids are database ids (0 = not stored yet);
// `version` drives optimistic concurrency (PATCH with If-Match).
struct Ticket
{
    qint64 id = 0;
    QString number; // human number, e.g. SD-2026-000123; also the subject tag
    QString subject;
    QString description;
    TicketStatus status = TicketStatus::New;
    Resolution resolution = Resolution::None;
    Priority priority = Priority::Normal;
    Category category = Category::Question;
    Channel channel = Channel::Workstation;

    qint64 requesterId = 0; // user who asked (customer), 0 when only an email is known
    QString requesterEmail;
    QString requesterName;
    qint64 organisationId = 0;
    qint64 contractId = 0;
    QString projectCode; // project code or account/contract number given on first contact

    QString product;
    QString productVersion;
    QString os;
    QString stepsToReproduce;
    int affectedUsers = 0; // how many employees the problem touches (seed 002)

    qint64 queueId = 0;
    qint64 assigneeId = 0;

    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime firstResponseAt;
    QDateTime firstResponseDue;
    QDateTime resolutionDue;
    QDateTime resolvedAt;

    QStringList tags;
    QVariantMap customFields;
    qint64 mergedIntoId = 0;
    int version = 1;
};

} // namespace sd::core
