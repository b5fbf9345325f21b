#pragma once

#include "apierror.h"

#include "core/category.h"
#include "core/channel.h"
#include "core/priority.h"
#include "core/ticket.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sd::protocol {

// The body of POST /api/v1/tickets:
//   {subject, description, category, priority?, product?, product_version?, os?, steps?,
//    affected_users?, project_code?, attachments?: [ids], requester_email?, requester_name?,
//    channel?}
// Only the shape is checked here; whether the request says enough for its category is
// core::IntakeValidator's call, made by the server on toTicket().
struct TicketCreateRequest
{
    Q_DECLARE_TR_FUNCTIONS(TicketCreateRequest)

public:
    QString subject;
    QString description;
    core::Category category = core::Category::Question;
    std::optional<core::Priority> priority; // the server's default when absent
    QString product;
    QString productVersion;
    QString os;
    QString steps;
    int affectedUsers = 0; // 0 = not given
    QString projectCode;
    QList<qint64> attachmentIds;
    // Agents filing for a caller, and the mail gateway, name someone other than themselves.
    QString requesterEmail;
    QString requesterName;
    std::optional<core::Channel> channel;

    // Every field the body may hold, in wire spelling.
    static QStringList fieldNames();

    static std::optional<TicketCreateRequest> fromJson(const QJsonObject &json, ApiError *error);
    // Absent optional fields stay absent, so the body reads back into the same request.
    QJsonObject toJson() const;
    // A new ticket (id 0, no number yet); priority Normal and channel Api when not given.
    core::Ticket toTicket() const;

    friend bool operator==(const TicketCreateRequest &, const TicketCreateRequest &) = default;
};

} // namespace sd::protocol
