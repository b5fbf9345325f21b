#include "slareportquery.h"

#include "apijob.h"
#include "apiresult.h"
#include "serverapi.h"
#include "slareportparser.h"

#include <QUrlQuery>

namespace sd::client {

namespace {

QString midnight(const QDate &day, const QTimeZone &zone)
{
    return QDateTime(day, QTime(0, 0), zone).toUTC().toString(Qt::ISODate);
}

} // namespace

SlaReportQuery::SlaReportQuery(ServerApi *api, QObject *parent) : QObject(parent), m_api(api) {}

ApiCall SlaReportQuery::call(const SlaReportFilter &filter, const QTimeZone &zone)
{
    QUrlQuery query;
    if (filter.from.isValid())
        query.addQueryItem(QStringLiteral("from"), midnight(filter.from, zone));
    if (filter.to.isValid())
        query.addQueryItem(QStringLiteral("to"), midnight(filter.to.addDays(1), zone));
    const auto id = [&query](const QString &name, qint64 value) {
        if (value > 0)
            query.addQueryItem(name, QString::number(value));
    };
    id(QStringLiteral("queue"), filter.queueId);
    id(QStringLiteral("agent"), filter.agentId);
    id(QStringLiteral("organisation"), filter.organisationId);
    if (!filter.supportLevel.isEmpty())
        query.addQueryItem(QStringLiteral("support_level"), filter.supportLevel);
    return ApiCall::get(QStringLiteral("/api/v1/reports/sla"), query);
}

void SlaReportQuery::fetch(const SlaReportFilter &filter)
{
    abort();
    m_filter = filter;
    if (!m_api)
        return;
    m_job = m_api->send(call(filter, m_zone));
    connect(m_job, &ApiJob::finished, this, &SlaReportQuery::answered);
}

void SlaReportQuery::abort()
{
    if (!m_job)
        return;
    // The old filter's answer is of no use any more, not even as a failure.
    m_job->disconnect(this);
    m_job->abort();
    m_job.clear();
}

void SlaReportQuery::answered(const ApiResult &result)
{
    m_job.clear();
    if (!result.ok()) {
        emit failed(result.userMessage);
        return;
    }
    QString error;
    const std::optional<SlaReportData> report =
        result.json.isObject() ? SlaReportParser::parse(result.json.object(), &error)
                               : SlaReportParser::parse(result.body, &error);
    if (!report) {
        emit failed(error);
        return;
    }
    emit loaded(*report);
}

} // namespace sd::client
