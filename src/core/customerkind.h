#pragma once

#include "enumnames.h"

namespace sd::core {

// Current customers are served before prospects (seed 004).
enum class CustomerKind {
    Paying,
    Trial,
    Demo,
    Prospect,
};

template <> struct EnumTraits<CustomerKind>
{
    static constexpr EnumNames<CustomerKind, 4> names{{
        {CustomerKind::Paying, u"paying"},
        {CustomerKind::Trial, u"trial"},
        {CustomerKind::Demo, u"demo"},
        {CustomerKind::Prospect, u"prospect"},
    }};
};

} // namespace sd::core
