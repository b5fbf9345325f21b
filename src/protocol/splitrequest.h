#pragma once

#include "apierror.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace sd::protocol {

// The body that splits a message of the route's ticket into a new ticket (seed 000: one
// problem per ticket): {message_id, subject}, the subject being the new ticket's.
struct SplitRequest
{
    qint64 messageId = 0;
    QString subject;

    static std::optional<SplitRequest> fromJson(const QJsonObject &json, ApiError *error);
    QJsonObject toJson() const;

    friend bool operator==(const SplitRequest &, const SplitRequest &) = default;
};

} // namespace sd::protocol
