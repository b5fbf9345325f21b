#pragma once

#include "enumnames.h"

namespace sd::core {

// What the customer asks for; SLA targets and required intake fields depend on it (seed 000).
enum class Category {
    Question,
    Incident,
    FeatureRequest,
    Consultation,
};

template <> struct EnumTraits<Category>
{
    static constexpr EnumNames<Category, 4> names{{
        {Category::Question, u"question"},
        {Category::Incident, u"incident"},
        {Category::FeatureRequest, u"feature_request"},
        {Category::Consultation, u"consultation"},
    }};
};

} // namespace sd::core
