#pragma once

#include "client/ticketsla.h"
#include "core/category.h"
#include "core/priority.h"
#include "core/resolution.h"
#include "core/ticketstatus.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace sd::widgets {

// How ticket values read to people, in the user's language: status, priority and category
// names, SLA states and countdowns ("2 h 05 min left", "35 min overdue").
class TicketValues final
{
    Q_DECLARE_TR_FUNCTIONS(TicketValues)

public:
    static QString status(core::TicketStatus status);
    static QString priority(core::Priority priority);
    static QString category(core::Category category);
    static QString resolution(core::Resolution resolution);
    static QString messageKind(const QString &kind);
    static QString slaState(client::TicketSla::State state);
    // Whole minutes, signed: negative is overdue.
    static QString countdown(qint64 secondsLeft);
    static QString slaCell(const client::TicketSla &sla, qint64 now);
    // A wire instant (ISO-8601 text) in seconds since the epoch; 0 when absent or unreadable.
    static qint64 wireSeconds(const QJsonValue &value);
    // An instant in the user's short date-and-time format.
    static QString when(qint64 secondsSinceEpoch);
};

} // namespace sd::widgets
