#pragma once

#include "core/message.h"
#include "core/organisation.h"
#include "core/ticket.h"
#include "core/user.h"

#include <QList>
#include <QRandomGenerator>

namespace sd::server {

// Realistic demo content, the same for the same seed: organisations with contracts and
// support levels, agents and customers, and tickets in every status with Russian and English
// conversations, so a new installation shows what a working support desk looks like.
// Only builds values; DemoCommand stores them.
class DemoData final
{
public:
    struct DemoUser
    {
        sd::core::User user;
        QString password;
        int organisationIndex = -1; // into organisations(), customers only
    };
    struct DemoTicket
    {
        sd::core::Ticket ticket;
        int organisationIndex = 0;
        int requesterIndex = 0;            // into users()
        int assigneeIndex = -1;            // into users(); -1 unassigned
        bool development = false;          // belongs in the Development queue
        QList<sd::core::Message> messages; // authorId holds an index into users(), -1 system
    };
    struct DemoCannedResponse
    {
        QString title;
        QString bodyHtml;    // with {{placeholders}} (core::Placeholders)
        int ownerIndex = -1; // into users(); -1 shared
    };

    explicit DemoData(quint32 seed = 2026);

    QList<sd::core::Organisation> organisations() const;
    QList<DemoUser> users() const;
    QList<DemoCannedResponse> cannedResponses() const;
    DemoTicket ticket(int index, const QDateTime &now);

private:
    QRandomGenerator m_random;
};

} // namespace sd::server
