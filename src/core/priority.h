#pragma once

#include "enumnames.h"

namespace sd::core {

// Critical tickets alone count the duty schedule and may be discussed by phone (seed 000).
enum class Priority {
    Low,
    Normal,
    High,
    Critical,
};

template <> struct EnumTraits<Priority>
{
    static constexpr EnumNames<Priority, 4> names{{
        {Priority::Low, u"low"},
        {Priority::Normal, u"normal"},
        {Priority::High, u"high"},
        {Priority::Critical, u"critical"},
    }};
};

} // namespace sd::core
