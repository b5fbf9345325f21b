#include "reporttimes.h"

#include "database.h"
#include "reportsql.h"
#include "statement.h"

namespace sd::storage {

namespace {

// Whole minutes elapsed (floor of the exact difference). SQLite counts milliseconds from the
// stored text ("2026-03-01T08:15:00.123Z": epoch seconds, then the three digits after the
// dot); PostgreSQL takes the interval's seconds, one call per row instead of two.
QString minutesBetween(Backend backend, const QString &later, const QString &earlier)
{
    if (backend == Backend::PostgreSql)
        return u"CAST(floor(date_part('epoch', " + later + u" - " + earlier + u") / 60) AS BIGINT)";
    const auto msecs = [](const QString &column) -> QString {
        return u"(CAST(strftime('%s', " + column + u") AS INTEGER) * 1000 + CAST(substr(" + column +
               u", 21, 3) AS INTEGER))";
    };
    return u"(" + msecs(later) + u" - " + msecs(earlier) + u") / 60000";
}

// The minute holding each rank: the first whose running count reaches it. Then the first
// responses (metrics 1 and 3) per band, summed from the same histogram (a few thousand rows,
// not the samples again) as metrics 5 and 6 with the band's index as the value.
const QString Percentiles = QStringLiteral(R"(
WITH histogram AS (
    SELECT metric, value, COUNT(*) AS samples FROM (%1) AS timed GROUP BY metric, value),
ranked AS (
    SELECT metric, value, samples,
           CAST(SUM(samples) OVER (PARTITION BY metric ORDER BY value) AS BIGINT) AS reached,
           CAST(SUM(samples) OVER (PARTITION BY metric) AS BIGINT) AS n
    FROM histogram)
SELECT metric, n, value,
       CASE WHEN reached >= (n + 1) / 2 AND reached - samples < (n + 1) / 2 THEN 1 ELSE 0 END,
       CASE WHEN reached >= (9 * n + 9) / 10 AND reached - samples < (9 * n + 9) / 10
            THEN 1 ELSE 0 END
FROM ranked
WHERE (reached >= (n + 1) / 2 AND reached - samples < (n + 1) / 2)
    OR (reached >= (9 * n + 9) / 10 AND reached - samples < (9 * n + 9) / 10)
UNION ALL
SELECT CASE metric WHEN 1 THEN 5 ELSE 6 END, CAST(SUM(samples) AS BIGINT), band, 0, 0
FROM (SELECT metric, samples, %2 AS band FROM histogram WHERE metric IN (1, 3)) AS banded
GROUP BY metric, band)");

// The index of the band holding `value` in SlaDistribution::BandStarts.
QString bandOf(const QString &value)
{
    const auto &starts = SlaDistribution::BandStarts;
    QString sql = QStringLiteral("CASE");
    for (std::size_t i = 1; i < starts.size(); ++i)
        sql += QStringLiteral(" WHEN %1 < %2 THEN %3").arg(value).arg(starts[i]).arg(i - 1);
    return sql + QStringLiteral(" ELSE %1 END").arg(starts.size() - 1);
}

QList<SlaBand> emptyBands()
{
    const auto &starts = SlaDistribution::BandStarts;
    QList<SlaBand> bands;
    for (std::size_t i = 0; i < starts.size(); ++i) {
        SlaBand band{starts[i], std::nullopt, 0};
        if (i + 1 < starts.size())
            band.toMinutes = starts[i + 1];
        bands.append(band);
    }
    return bands;
}

} // namespace

ReportTimes::ReportTimes(Database &db, const SlaReportScope &scope) : m_db(db), m_scope(scope) {}

// One row per sample: a metric code (1 calendar first response, 2 calendar resolution,
// 3 business first response, 4 business resolution; integers hash faster than names) and its
// whole minutes.
SqlFragment ReportTimes::samples() const
{
    const Backend backend = m_db.backend();
    const SqlFragment filter = ReportSql::ticketFilter(m_scope, QStringLiteral("t"));
    const QVariantList period = ReportSql::range(m_scope.from, m_scope.to);
    SqlFragment sql{u"SELECT 1 AS metric, " +
                        minutesBetween(backend, QStringLiteral("t.first_response_at"),
                                       QStringLiteral("t.created_at")) +
                        u" AS value FROM tickets t "
                        u"WHERE t.first_response_at >= ? AND t.first_response_at < ?",
                    period};
    ReportSql::append(sql, filter);
    ReportSql::append(sql,
                      u" UNION ALL SELECT 2, " +
                          minutesBetween(backend, QStringLiteral("t.resolved_at"),
                                         QStringLiteral("t.created_at")) +
                          u" FROM tickets t WHERE t.resolved_at >= ? AND t.resolved_at < ? "
                          u"AND t.status IN " +
                          ReportSql::doneStatuses(),
                      period);
    ReportSql::append(sql, filter);
    ReportSql::append(sql, QStringLiteral(" UNION ALL SELECT CASE s.target WHEN "
                                          "'first_response' THEN 3 ELSE 4 END, s.used_minutes "
                                          "FROM sla_targets s"));
    ReportSql::append(sql, ReportSql::filteredTickets(m_scope, QStringLiteral("s.ticket_id")));
    ReportSql::append(sql,
                      QStringLiteral(" WHERE s.state = 'met' AND s.target IN "
                                     "('first_response', 'resolution') "
                                     "AND s.met_at >= ? AND s.met_at < ?"),
                      period);
    return sql;
}

Result<void> ReportTimes::fill(SlaReport &report)
{
    // The metric codes of samples() and of the bands, in order.
    SlaPercentiles *const metrics[] = {
        &report.firstResponse.calendarMinutes, &report.resolution.calendarMinutes,
        &report.firstResponse.businessMinutes, &report.resolution.businessMinutes};
    SlaDistribution &bands = report.firstResponseBands;
    bands.calendarMinutes = emptyBands();
    bands.businessMinutes = emptyBands();
    QList<SlaBand> *const distributions[] = {&bands.calendarMinutes, &bands.businessMinutes};
    const SqlFragment timed = samples();
    const SqlFragment query{Percentiles.arg(timed.sql, bandOf(QStringLiteral("value"))),
                            timed.values};
    return ReportSql::forEachRow(m_db, query, [&](const Statement &row) {
        const qint64 metric = row.id(0);
        if (metric == 5 || metric == 6) {
            QList<SlaBand> &out = *distributions[metric - 5];
            if (const qint64 band = row.id(2); band >= 0 && band < out.size())
                out[band].tickets = int(row.id(1));
            return;
        }
        if (metric < 1 || metric > 4)
            return;
        SlaPercentiles *out = metrics[metric - 1];
        out->count = int(row.id(1));
        if (row.id(3) == 1)
            out->p50 = double(row.id(2));
        if (row.id(4) == 1)
            out->p90 = double(row.id(2));
    });
}

} // namespace sd::storage
