#pragma once

#include "asyncapiclient.h"
#include "latencies.h"

#include <functional>

namespace sd::bench {

struct LoadResult
{
    qint64 answers = 0;
    qint64 errors = 0; // answers that were not 2xx, and requests with no answer
    double seconds = 0;
    Latencies latencies;

    double rate() const { return seconds > 0 ? answers / seconds : 0; }
};

// Closed-loop load: every client keeps exactly one request in flight and sends its next one
// when the answer arrives, until the time is up; then the answers still in flight are
// awaited (each is bounded by the client's transfer timeout).
class LoadRun final
{
public:
    using MakeRequest = std::function<ApiRequest(int client)>;
    using OnAnswer = std::function<void(int client, const ApiAnswer &answer)>;

    static LoadResult run(const QList<AsyncApiClient *> &clients, int durationMs,
                          const MakeRequest &make, const OnAnswer &onAnswer);
};

} // namespace sd::bench
