#pragma once

#include "enumnames.h"

namespace sd::core {

// Kinds of message in a ticket; Note is internal and never shown to customers.
enum class MessageKind {
    Customer,
    Reply,
    Note,
    PhoneCall,
    System,
};

template <> struct EnumTraits<MessageKind>
{
    static constexpr EnumNames<MessageKind, 5> names{{
        {MessageKind::Customer, u"customer"},
        {MessageKind::Reply, u"reply"},
        {MessageKind::Note, u"note"},
        {MessageKind::PhoneCall, u"phone_call"},
        {MessageKind::System, u"system"},
    }};
};

} // namespace sd::core
