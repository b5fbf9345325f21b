#pragma once

#include "enumnames.h"

namespace sd::core {

// Who a user is; the server checks every route and change-feed item against it.
enum class UserRole {
    Customer,
    Agent,
    Supervisor,
    Admin,
};

template <> struct EnumTraits<UserRole>
{
    static constexpr EnumNames<UserRole, 4> names{{
        {UserRole::Customer, u"customer"},
        {UserRole::Agent, u"agent"},
        {UserRole::Supervisor, u"supervisor"},
        {UserRole::Admin, u"admin"},
    }};
};

} // namespace sd::core
