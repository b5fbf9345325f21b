#pragma once

#include "apierror.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace sd::protocol {

// The body of POST /api/v1/tickets/{id}/rating: {score: 1..5, comment?} (seed 000: the customer
// rates the work and comments after resolution).
struct RatingRequest
{
    static constexpr int MinScore = 1;
    static constexpr int MaxScore = 5;

    int score = MaxScore;
    QString comment;

    static std::optional<RatingRequest> fromJson(const QJsonObject &json, ApiError *error);
    QJsonObject toJson() const;

    friend bool operator==(const RatingRequest &, const RatingRequest &) = default;
};

} // namespace sd::protocol
