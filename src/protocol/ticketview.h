#pragma once

#include "core/ticketlink.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sd::protocol {

// What the ticket read shape needs beside core::Ticket: who looks (staff see agent-only
// fields) and what the server looked up for it. Names are resolved by the server so a client
// can show a ticket without knowing every queue and user.
struct TicketView
{
    bool staff = false;
    QString queueName;
    QString assigneeName;
    QString requesterName;
    QString organisationName;
    QJsonObject sla; // computed by the server's SLA clock; passed through as is
    QList<core::TicketLink> links;
};

} // namespace sd::protocol
