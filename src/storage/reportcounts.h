#pragma once

#include "result.h"
#include "slareport.h"

namespace sd::storage {

class Database;

// The SLA report's counts: tickets created in the period by status, queue, agent and category
// (one scan, rolled up in SQL), resolutions by reason and each agent's load.
class ReportCounts final
{
    Q_DISABLE_COPY_MOVE(ReportCounts)

public:
    ReportCounts(Database &db, const SlaReportScope &scope);

    Result<void> fill(SlaReport &report);

private:
    Result<void> created(SlaReport &report);
    Result<void> resolutions(SlaReport &report);
    Result<void> agents(SlaReport &report);

    Database &m_db;
    const SlaReportScope &m_scope;
};

} // namespace sd::storage
