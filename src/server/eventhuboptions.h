#pragma once

#include <QtGlobal>

namespace sd::server {

struct EventHubOptions
{
    // A client that sent no Authorization header must send {"type":"auth"} within this.
    int authTimeoutMs = 10000;
    // At most one "seq" message per client per interval; the last one carries the latest.
    int sequenceIntervalMs = 20;
    // Presence not refreshed within this is dropped (clients refresh every 20 s).
    int presenceTtlMs = 60000;
    qint64 maxMessageBytes = 64 * 1024;
};

} // namespace sd::server
