#pragma once

#include <QString>

namespace sd::bench {

// The ticket table as an agent meets it, offscreen, over a replica of `tickets` tickets:
// first painted table, the full load behind it, keystroke-to-repaint of the typed filter,
// sorting by each column, scrolling, and the process's peak memory.
class GuiBench final
{
public:
    static int run(const QString &replicaPath, int keystrokes, int scrollRows);
};

} // namespace sd::bench
