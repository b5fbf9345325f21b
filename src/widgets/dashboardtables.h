#pragma once

#include "client/slareportdata.h"
#include "reporttablemodel.h"

#include <QCoreApplication>

namespace sd::widgets {

// The dashboard's tables, each the figures of one chart: columns and rows from a report.
// Charts draw from the same rows, so a chart never shows what its table does not.
class DashboardTables final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardTables)

public:
    using Columns = QList<ReportTableModel::Column>;
    using Rows = QList<QVariantList>;

    // Day, created, resolved, open at the day's end.
    static Columns backlogColumns();
    static Rows backlogRows(const client::SlaReportData &report);
    // Day, breaches.
    static Columns breachColumns();
    static Rows breachRows(const client::SlaReportData &report);
    // Measure, count, business p50/p90, calendar p50/p90 (minutes).
    static Columns responseColumns();
    static Rows responseRows(const client::SlaReportData &report);
    // First responses per band of business time: band, first responses, share, share answered
    // by the band's end.
    static Columns distributionColumns();
    static Rows distributionRows(const client::SlaReportData &report);
    // A band of business minutes as the axis and the table name it ("< 15 min", "4-8 h",
    // "≥ 2 days"): from a working day (480 minutes) on in working days.
    static QString bandName(const client::SlaReportData::Band &band);
    // Agent, open assigned now, resolved in the period.
    static Columns agentColumns();
    static Rows agentRows(const client::SlaReportData &report);
    // Score 1..5, ratings, share.
    static Columns csatColumns();
    static Rows csatRows(const client::SlaReportData &report);
    // Resolution reason, tickets.
    static Columns resolutionColumns();
    static Rows resolutionRows(const client::SlaReportData &report);

    static QString resolutionName(const QString &wire);
};

} // namespace sd::widgets
