#pragma once

#include <QString>

namespace sd::bench {

// A replica file with `tickets` tickets shaped like a real queue: numbers, subjects mixing
// Russian and English words, a few thousand requesters in a few hundred organisations, every
// status, SLA deadlines around now. Written through SQLite directly; it is the table's input,
// not something the benchmark measures.
class GuiDataset final
{
public:
    // Returns an error message, empty on success.
    static QString create(const QString &path, int tickets);
};

} // namespace sd::bench
