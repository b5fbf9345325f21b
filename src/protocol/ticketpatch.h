#pragma once

#include "apierror.h"

#include "core/ticket.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace sd::protocol {

// The body of PATCH /api/v1/tickets/{id} (sent with If-Match: version). A field that is absent
// stays as it is; a field that is there is set. Null clears where clearing makes sense:
// resolution (to none), queue_id and assignee_id (to 0), product, product_version and os
// (to empty), tags (to none), affected_users (to 0). The client's merge after a 409 compares
// patches field by field, hence fieldNames().
struct TicketPatch
{
    Q_DECLARE_TR_FUNCTIONS(TicketPatch)

public:
    std::optional<QString> subject;
    std::optional<core::TicketStatus> status;
    std::optional<core::Resolution> resolution; // Resolution::None clears
    std::optional<core::Priority> priority;
    std::optional<core::Category> category;
    std::optional<qint64> queueId;    // 0 clears
    std::optional<qint64> assigneeId; // 0 clears
    std::optional<QString> product;
    std::optional<QString> productVersion;
    std::optional<QString> os;
    std::optional<QStringList> tags;
    std::optional<int> affectedUsers;

    // Wire names a patch may set, and names of the read shape it may not (refused with
    // "read_only_field" so a client echoing a whole ticket learns why).
    static QStringList patchableFields();
    static QStringList readOnlyFields();

    static std::optional<TicketPatch> fromJson(const QJsonObject &json, ApiError *error);
    QJsonObject toJson() const;
    // Sets the fields present; id, version and updated_at are the server's to change.
    void applyTo(core::Ticket &ticket) const;
    // Wire names of the fields present, in patchableFields() order.
    QStringList fieldNames() const;
    bool isEmpty() const { return fieldNames().isEmpty(); }

    friend bool operator==(const TicketPatch &, const TicketPatch &) = default;
};

} // namespace sd::protocol
