#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>

namespace sd::storage {

// What an SLA report covers. Tickets are filtered by the ids and the support level (0 or
// empty: no filter); the period is [from, to); `now` decides what is breached or at risk.
struct SlaReportScope
{
    enum class Group { Queue, Agent, Category };

    QDateTime from;
    QDateTime to;
    QDateTime now;
    Group group = Group::Queue;
    qint64 queueId = 0;
    qint64 agentId = 0;
    qint64 organisationId = 0;
    QString supportLevel;
    // Days of the backlog trend are this zone's calendar days.
    QTimeZone zone = QTimeZone::utc();

    // Tickets without a contract get the policies of this support level (the SLA engine's
    // fallback for prospects and unknown senders), so filtering by it includes them.
    static constexpr QLatin1StringView DefaultSupportLevel{"default"};
};

// Tickets created in the period (merged duplicates not counted), for one value of one
// dimension: a queue or agent id (empty for none), a status or a category spelling.
struct SlaReportRow
{
    QString key;
    QString name; // queue or agent name; empty for statuses and categories
    int tickets = 0;
    int done = 0; // resolved or closed by now
    int firstResponseBreached = 0;
    int resolutionBreached = 0;
};

// A count per value of a dimension (a resolution, a status).
struct SlaReportCount
{
    QString key;
    int tickets = 0;
};

// Nearest-rank percentiles (PostgreSQL's percentile_disc): the smallest sample with at least
// p of the samples at or below it. Empty when there are no samples.
struct SlaPercentiles
{
    int count = 0;
    std::optional<double> p50;
    std::optional<double> p90;
};

// Calendar minutes come from the ticket's timestamps (whole seconds / 60); business minutes
// are the SLA engine's used_minutes of the met target.
struct SlaDurations
{
    SlaPercentiles calendarMinutes;
    SlaPercentiles businessMinutes;
};

// The samples in [fromMinutes, toMinutes); the last band of a distribution has no end.
struct SlaBand
{
    int fromMinutes = 0;
    std::optional<int> toMinutes;
    int tickets = 0;
};

// First responses per band of minutes, the same samples as their percentiles: under 15 min,
// 15-30, 30-60, 1-2 h, 2-4 h, 4-8 h (a working day of business time), 1-2 working days,
// 2 working days and more. Every band is listed, empty ones with no tickets.
struct SlaDistribution
{
    static constexpr std::array<int, 8> BandStarts{0, 15, 30, 60, 120, 240, 480, 960};

    QList<SlaBand> calendarMinutes;
    QList<SlaBand> businessMinutes;
};

// SLA targets of active tickets at `now`, per target kind, and the tickets having any.
struct SlaTargetCounts
{
    int tickets = 0;
    int firstResponse = 0;
    int nextResponse = 0;
    int resolution = 0;
};

struct SlaReportDay
{
    QDate date;
    int created = 0;
    int resolved = 0;
    int open = 0;     // at the end of the day
    int breaches = 0; // targets whose due time passed unmet during the day
};

struct SlaAgentLoad
{
    qint64 agentId = 0;
    QString name;
    int openAssigned = 0; // active tickets assigned now
    int resolved = 0;     // resolved in the period
};

struct SlaReport
{
    QList<SlaReportRow> byStatus;
    QList<SlaReportRow> byQueue;
    QList<SlaReportRow> byAgent;
    QList<SlaReportRow> byCategory;
    SlaReportRow totals;

    SlaTargetCounts breachedNow;
    SlaTargetCounts atRiskNow;

    SlaDurations firstResponse; // first responses given in the period
    SlaDurations resolution;    // resolutions in the period
    SlaDistribution firstResponseBands;

    int resolvedTickets = 0; // resolved at some moment of the period
    int reopenedTickets = 0; // of those, reopened in the period

    std::array<int, 5> csatScores{}; // ratings given in the period, [0] counts score 1
    int csatCount() const;
    std::optional<double> csatAverage() const;

    int openAtStart = 0; // open when the first day began
    QList<SlaReportDay> days;

    QList<SlaReportCount> resolutions; // every resolution reason, resolved in the period
    QList<SlaAgentLoad> agents;

    // byQueue, byAgent or byCategory, as the scope's group asks.
    const QList<SlaReportRow> &items(SlaReportScope::Group group) const;
    std::optional<double> reopenRate() const;
};

} // namespace sd::storage
