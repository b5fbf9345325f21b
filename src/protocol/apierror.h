#pragma once

#include <QJsonObject>
#include <QString>

namespace sd::protocol {

// The one error shape of the API: {"error": {"code", "message", "field"?}} with the HTTP
// status beside it. Codes are stable machine-readable strings; messages are for people and
// already translated into the caller's language.
struct ApiError
{
    int httpStatus = 500;
    QString code;
    QString message;
    QString field; // empty unless one input field is to blame

    QJsonObject toJson() const;
    // Reads an error body; returns false when the JSON is not an API error.
    static bool fromJson(const QJsonObject &body, int httpStatus, ApiError *out);
};

} // namespace sd::protocol
