#pragma once

#include "enumnames.h"

namespace sd::core {

// Why a ticket was resolved or closed; the refusal reasons come from seeds 001 and 003 and are
// visible to supervisors.
enum class Resolution {
    None,
    Answered,
    Fixed,
    CannotReproduce,
    InsufficientInformation,
    OutOfScope,
    Duplicate,
    DeclinedAbusive,
    FeatureAccepted,
};

template <> struct EnumTraits<Resolution>
{
    static constexpr EnumNames<Resolution, 9> names{{
        {Resolution::None, u"none"},
        {Resolution::Answered, u"answered"},
        {Resolution::Fixed, u"fixed"},
        {Resolution::CannotReproduce, u"cannot_reproduce"},
        {Resolution::InsufficientInformation, u"insufficient_information"},
        {Resolution::OutOfScope, u"out_of_scope"},
        {Resolution::Duplicate, u"duplicate"},
        {Resolution::DeclinedAbusive, u"declined_abusive"},
        {Resolution::FeatureAccepted, u"feature_accepted"},
    }};
};

} // namespace sd::core
