#pragma once

#include "result.h"
#include "slareport.h"

namespace sd::storage {

class Database;

// How the period's work ended: the reopen rate and the customers' ratings.
//
// Reopens are read from the audit trail, where every status change is an "update" event of
// the ticket with field "status" (old -> new value). A ticket was resolved in the period when
// its resolved_at falls in it or an event moved it from an active to a done status in it
// (a reopened ticket's resolved_at is cleared); it was reopened when an event in the period
// moved it from a done status back to an active one.
class ReportOutcomes final
{
    Q_DISABLE_COPY_MOVE(ReportOutcomes)

public:
    ReportOutcomes(Database &db, const SlaReportScope &scope);

    Result<void> fill(SlaReport &report);

private:
    Result<void> reopens(SlaReport &report);
    Result<void> ratings(SlaReport &report);

    Database &m_db;
    const SlaReportScope &m_scope;
};

} // namespace sd::storage
