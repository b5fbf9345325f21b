#pragma once

#include "apierror.h"

#include "core/user.h"

#include <QJsonObject>
#include <optional>

namespace sd::protocol {

// A user on the wire: {id, login, role, name, email, organisation_id|null, locale, queue_ids,
// active}. The password hash never leaves the server, so it has no field here at all.
class UserJson final
{
public:
    static QJsonObject toJson(const core::User &user);
    static std::optional<core::User> fromJson(const QJsonObject &json, ApiError *error);
};

} // namespace sd::protocol
