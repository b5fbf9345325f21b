#pragma once

#include <QString>

namespace sd::bench {

// Inserts tickets with three messages each through the repositories (first one transaction
// per ticket, as the server acknowledges them, then in batches), then times full-text ticket
// searches over what was stored. Prints storage.<label>.* figures.
class StorageBench final
{
public:
    struct Sizes
    {
        int tickets = 100000;
        int singleCommitTickets = 5000; // inserted one transaction each, the rest in batches
        int queries = 400;
    };

    StorageBench(QString databaseUrl, Sizes sizes);
    // label: "sqlite" or "postgresql" in the figure names; empty: taken from the URL.
    bool run(const QString &label);

private:
    QString m_url;
    Sizes m_sizes;
};

} // namespace sd::bench
