#pragma once

#include "apierror.h"

#include "core/messagekind.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sd::protocol {

// The body of POST /api/v1/tickets/{id}/messages:
//   {kind: "reply"|"note"|"customer"|"phone_call", body_html?, body_text?, attachments?: [ids],
//    ticket_number?}
// At least one body must say something. `system` messages are the server's own and cannot be
// posted. ticket_number lets a phone call be logged against the number the caller reads out
// (seed 000); the server checks it names the ticket of the route.
struct MessageCreateRequest
{
    Q_DECLARE_TR_FUNCTIONS(MessageCreateRequest)

public:
    core::MessageKind kind = core::MessageKind::Reply;
    QString bodyHtml; // sanitized by the server before it is stored
    QString bodyText;
    QList<qint64> attachmentIds;
    QString ticketNumber; // canonical spelling, empty when not given

    static QStringList fieldNames();
    static QList<core::MessageKind> postableKinds();

    static std::optional<MessageCreateRequest> fromJson(const QJsonObject &json, ApiError *error);
    QJsonObject toJson() const;

    friend bool operator==(const MessageCreateRequest &, const MessageCreateRequest &) = default;
};

} // namespace sd::protocol
