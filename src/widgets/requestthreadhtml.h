#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace sd::widgets {

// The conversation of a request as the customer reads it: their own messages and the team's
// public replies, each with its author, time and attachments (links "attachment:<id>"), and
// those still waiting in the outbox marked so. Internal notes, phone-call logs and system
// events are left out here too, whatever the server sent: a note must never reach a customer.
class RequestThreadHtml final
{
    Q_DECLARE_TR_FUNCTIONS(RequestThreadHtml)

public:
    static bool isShownToCustomer(const QJsonObject &message);
    static QString conversation(const QJsonArray &messages, qint64 customerId);
    // The attachment `id` of a shown message, or an empty object.
    static QJsonObject attachment(const QJsonArray &messages, qint64 id);
};

} // namespace sd::widgets
