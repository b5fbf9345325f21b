#pragma once

#include "result.h"
#include "slareport.h"

namespace sd::storage {

class Database;

// SLA targets of active tickets at the scope's `now`: breached (marked so by the SLA engine,
// or still running past due) and at risk (running, past the warning time, not yet due).
// Independent of the period; the ticket filters apply.
class ReportRisk final
{
    Q_DISABLE_COPY_MOVE(ReportRisk)

public:
    ReportRisk(Database &db, const SlaReportScope &scope);

    Result<void> fill(SlaReport &report);

private:
    Database &m_db;
    const SlaReportScope &m_scope;
};

} // namespace sd::storage
