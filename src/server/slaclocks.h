#pragma once

#include "core/slaclock.h"

#include <QString>
#include <optional>

namespace sd::server {

// SLA clocks by calendar definition, shared by every request on every thread: a clock builds
// its business-time tables one year at a time on first use, which costs far more than the
// computations a request makes, so each definition gets one clock for the process. Keyed by
// the definition itself, so an edited calendar simply gets a new clock.
class SlaClocks final
{
public:
    SlaClocks() = delete;

    // The clock of a calendar JSON (an empty text: round the clock, for policies without a
    // calendar); nothing when the definition cannot be read.
    static std::optional<core::SlaClock> forDefinition(const QString &calendarJson);
};

} // namespace sd::server
