#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace sd::client {

// The SLA report as the dashboard reads it from GET /api/v1/reports/sla (the server's
// SlaReportJson): plain values, durations in whole minutes as the server counts them; a
// percentile, rate or average the server could not measure stays empty.
struct SlaReportData
{
    // Samples in [fromMinutes, toMinutes); the last band has no end.
    struct Band
    {
        int fromMinutes = 0;
        std::optional<int> toMinutes;
        int tickets = 0;
    };
    struct Percentiles
    {
        int count = 0;
        std::optional<double> p50;
        std::optional<double> p90;
        QList<Band> distribution; // first responses only; every band, in order
    };
    struct Durations
    {
        Percentiles calendar;
        Percentiles business;
    };
    // Active tickets at the report's `now` with a target in that state, per target kind.
    struct Targets
    {
        int tickets = 0;
        int firstResponse = 0;
        int nextResponse = 0;
        int resolution = 0;
    };
    // Tickets created in the period for one queue or agent (`id`, 0 for none, with its name)
    // or one status or category (`key`, the wire spelling).
    struct Row
    {
        qint64 id = 0;
        QString key;
        QString name;
        int tickets = 0;
        int done = 0;
        int firstResponseBreached = 0;
        int resolutionBreached = 0;
    };
    struct Day
    {
        QDate date;
        int created = 0;
        int resolved = 0;
        int open = 0; // at the end of the day
        int breaches = 0;
    };
    struct AgentLoad
    {
        qint64 id = 0;
        QString name;
        int openAssigned = 0;
        int resolved = 0;
    };
    struct Count
    {
        QString key;
        int tickets = 0;
    };

    QDateTime from;
    QDateTime to;
    QDateTime now;
    QString timeZone;
    QString group;

    Row totals;
    QList<Row> items; // by `group`
    QList<Row> byStatus;
    QList<Row> byQueue;
    QList<Row> byAgent;
    QList<Row> byCategory;

    Targets breachedNow;
    Targets atRiskNow;
    Durations firstResponse;
    Durations resolution;

    int resolvedTickets = 0;
    int reopenedTickets = 0;
    std::optional<double> reopenRate;

    int csatCount = 0;
    std::optional<double> csatAverage;
    std::array<int, 5> csatScores{}; // [0] counts the score 1

    QList<Count> resolutions;
    int openAtStart = 0;
    QList<Day> days;
    QList<AgentLoad> agents;

    // Open at the end of the period: the last day's count, or the start's when there are none.
    int openAtEnd() const { return days.isEmpty() ? openAtStart : days.constLast().open; }
};

} // namespace sd::client
