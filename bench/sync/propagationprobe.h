#pragma once

#include <QList>
#include <QString>

namespace sd::bench {

class BenchWorkstation;
class Latencies;

// How long a ticket edit takes to reach another desktop: the editor PATCHes a ticket's
// priority (If-Match the version it knows) and the clock runs from its 200 answer to the
// moment the watcher's SyncEngine reports a sync after which its Replica holds that version
// (the WebSocket announcement, GET /changes and the replica write). One edit at a time,
// round-robin over the given tickets, each toggling between high and low, PauseMs apart: the
// server announces at most one sequence per 20 ms to a client (EventHubOptions), so edits in
// a tight loop would measure that coalescing (about 19 ms each) rather than the path.
class PropagationProbe final
{
public:
    static constexpr int TimeoutMs = 10000;
    static constexpr int PauseMs = 25;

    PropagationProbe(BenchWorkstation &editor, BenchWorkstation &watcher);

    // Adds one latency in ms per edit; false with *error set at the first failed edit.
    bool run(const QList<qint64> &ticketIds, int edits, Latencies *latencies, QString *error);

private:
    // Returns the latency in ms, or -1 with *error set.
    double edit(qint64 id, QString *error);

    BenchWorkstation &m_editor;
    BenchWorkstation &m_watcher;
};

} // namespace sd::bench
