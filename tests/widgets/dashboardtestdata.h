#pragma once

#include "client/slareportdata.h"

#include <QByteArray>
#include <QJsonObject>

// What the dashboard's tests feed it: a report with round figures, tickets for the replica,
// and the report captured from a demo database (tests/data/sla-report.json).
namespace sd::testing::DashboardTestData {

client::SlaReportData fixedReport();
// A ticket whose first response is due `dueIn` seconds from now, created `age` seconds ago.
QJsonObject ticket(qint64 id, const QString &status, qint64 age, qint64 dueIn, qint64 queue = 1);
QByteArray capturedReport();

} // namespace sd::testing::DashboardTestData
