#pragma once

#include "apicall.h"
#include "slareportdata.h"
#include "slareportfilter.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>

namespace sd::client {

class ApiJob;
class ServerApi;
struct ApiResult;

// Fetches the SLA report (GET /api/v1/reports/sla) for a SlaReportFilter and parses it. A
// fetch with another filter abandons the one still running, so a report for filters the
// supervisor has already changed never arrives.
class SlaReportQuery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaReportQuery)

public:
    // `api` is not owned.
    explicit SlaReportQuery(ServerApi *api, QObject *parent = nullptr);

    // Days begin at midnight in this zone (the system's unless set).
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    const QTimeZone &timeZone() const { return m_zone; }
    void fetch(const SlaReportFilter &filter);
    void abort();
    bool isFetching() const { return !m_job.isNull(); }
    const SlaReportFilter &filter() const { return m_filter; }

    // The request for `filter`: the period as UTC instants of the days' midnights in `zone`,
    // the end exclusive (the day after `to`); filters only when set.
    static ApiCall call(const SlaReportFilter &filter, const QTimeZone &zone);

signals:
    void loaded(const sd::client::SlaReportData &report);
    void failed(const QString &message);

private:
    void answered(const ApiResult &result);

    QPointer<ServerApi> m_api;
    QPointer<ApiJob> m_job;
    SlaReportFilter m_filter;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace sd::client
