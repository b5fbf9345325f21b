#pragma once

#include "apierror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace sd::protocol {

// A ticket named by its database id or by its human number, whichever the caller has: an agent
// types "SD-2026-123" from a phone call, a program passes 42. On the wire a JSON number is an
// id, a string a ticket number.
struct TicketRef
{
    Q_DECLARE_TR_FUNCTIONS(TicketRef)

public:
    qint64 id = 0;  // set for an id
    QString number; // set for a number, in canonical spelling ("SD-2026-000123")

    bool isValid() const { return id > 0 || !number.isEmpty(); }
    QJsonValue toJson() const;

    // Reads the required field `key`. A number typed without its zero padding is accepted and
    // made canonical, so the server compares one spelling.
    static bool read(const QJsonObject &obj, const QString &key, TicketRef *out, ApiError *error);

    friend bool operator==(const TicketRef &, const TicketRef &) = default;
};

} // namespace sd::protocol
