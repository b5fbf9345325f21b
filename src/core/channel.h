#pragma once

#include "enumnames.h"

namespace sd::core {

// Where a request came in.
enum class Channel {
    Email,
    SubmitDialog,
    Workstation,
    Phone,
    Api,
};

template <> struct EnumTraits<Channel>
{
    static constexpr EnumNames<Channel, 5> names{{
        {Channel::Email, u"email"},
        {Channel::SubmitDialog, u"submit_dialog"},
        {Channel::Workstation, u"workstation"},
        {Channel::Phone, u"phone"},
        {Channel::Api, u"api"},
    }};
};

} // namespace sd::core
