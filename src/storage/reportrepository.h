#pragma once

#include "result.h"
#include "slareport.h"

namespace sd::storage {

class Database;

// The SLA report (GET /api/v1/reports/sla), computed in SQL on both backends from one
// read-only snapshot: each part is one or a few set queries, never a query per ticket.
// ReportCounts, ReportRisk, ReportTimes, ReportOutcomes and ReportDays say what each figure
// counts.
class ReportRepository final
{
    Q_DISABLE_COPY_MOVE(ReportRepository)

public:
    explicit ReportRepository(Database &db);

    Result<SlaReport> sla(const SlaReportScope &scope);

    // Whether any contract or SLA policy uses this support level (the default level always
    // exists): what a report filter may name.
    Result<bool> isKnownSupportLevel(const QString &level);

private:
    Result<void> tunePostgres();

    Database &m_db;
};

} // namespace sd::storage
