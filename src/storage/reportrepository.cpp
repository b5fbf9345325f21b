#include "reportrepository.h"

#include "database.h"
#include "reportcounts.h"
#include "reportdays.h"
#include "reportoutcomes.h"
#include "reportrisk.h"
#include "reporttimes.h"
#include "statement.h"
#include "transaction.h"

namespace sd::storage {

ReportRepository::ReportRepository(Database &db) : m_db(db) {}

Result<SlaReport> ReportRepository::sla(const SlaReportScope &scope)
{
    // One snapshot, so the parts add up (REPEATABLE READ on PostgreSQL).
    Transaction tx(m_db, Transaction::Mode::Read);
    if (!tx)
        return tx.error();
    if (const Result<void> tuned = tunePostgres(); !tuned)
        return tuned.error();
    SlaReport report;
    if (const Result<void> done = ReportCounts(m_db, scope).fill(report); !done)
        return done.error();
    if (const Result<void> done = ReportRisk(m_db, scope).fill(report); !done)
        return done.error();
    if (const Result<void> done = ReportTimes(m_db, scope).fill(report); !done)
        return done.error();
    if (const Result<void> done = ReportOutcomes(m_db, scope).fill(report); !done)
        return done.error();
    if (const Result<void> done = ReportDays(m_db, scope).fill(report); !done)
        return done.error();
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return report;
}

Result<void> ReportRepository::tunePostgres()
{
    if (m_db.backend() != Backend::PostgreSql)
        return {};
    // For this transaction only. JIT compiled each of the report's queries for about 90 ms
    // (more than most of them then ran); the per-minute histograms and the grouped counts
    // spilled to disk within the default 4 MB of work memory; and the scans over a year are
    // worth the parallel workers that connections otherwise do without (Database turns them
    // off for the short queries of the API).
    for (const char *setting : {"SET LOCAL jit = off", "SET LOCAL work_mem = '64MB'",
                                "SET LOCAL max_parallel_workers_per_gather = 2"}) {
        if (const Result<void> set = m_db.execute(QString::fromLatin1(setting)); !set)
            return set;
    }
    return {};
}

Result<bool> ReportRepository::isKnownSupportLevel(const QString &level)
{
    if (level == SlaReportScope::DefaultSupportLevel)
        return true;
    Statement select(m_db, QStringLiteral("SELECT 1 WHERE EXISTS (SELECT 1 FROM contracts "
                                          "WHERE support_level = ?) OR EXISTS (SELECT 1 FROM "
                                          "sla_policies WHERE support_level = ?)"));
    if (!select.bind(level).bind(level).exec())
        return select.error();
    return select.next();
}

} // namespace sd::storage
