#include "slareportjson.h"

#include "protocol/wirevalue.h"

#include <QJsonArray>

namespace sd::server {

using storage::SlaReportScope;

namespace {

QJsonValue optional(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject counts(const storage::SlaReportRow &row)
{
    return {{QStringLiteral("tickets"), row.tickets},
            {QStringLiteral("done"), row.done},
            {QStringLiteral("first_response_breached"), row.firstResponseBreached},
            {QStringLiteral("resolution_breached"), row.resolutionBreached}};
}

// {id, name} of a queue or agent, null for "none".
QJsonValue named(const QString &id, const QString &name)
{
    if (id.isEmpty())
        return QJsonValue();
    return QJsonObject{{QStringLiteral("id"), id.toLongLong()}, {QStringLiteral("name"), name}};
}

QJsonObject targets(const storage::SlaTargetCounts &counts)
{
    return {{QStringLiteral("tickets"), counts.tickets},
            {QStringLiteral("first_response"), counts.firstResponse},
            {QStringLiteral("next_response"), counts.nextResponse},
            {QStringLiteral("resolution"), counts.resolution}};
}

QJsonObject percentiles(const storage::SlaPercentiles &p)
{
    return {{QStringLiteral("count"), p.count},
            {QStringLiteral("p50"), optional(p.p50)},
            {QStringLiteral("p90"), optional(p.p90)}};
}

// [{from_minutes, to_minutes (null for the last band), tickets}]
QJsonArray bands(const QList<storage::SlaBand> &bands)
{
    QJsonArray out;
    for (const storage::SlaBand &band : bands)
        out.append(QJsonObject{{QStringLiteral("from_minutes"), band.fromMinutes},
                               {QStringLiteral("to_minutes"),
                                band.toMinutes ? QJsonValue(*band.toMinutes) : QJsonValue()},
                               {QStringLiteral("tickets"), band.tickets}});
    return out;
}

} // namespace

QJsonObject SlaReportJson::write(const storage::SlaReport &report, const SlaReportScope &scope)
{
    QJsonObject out = scopeJson(scope);
    out.insert(QStringLiteral("items"), rows(report.items(scope.group), scope.group));
    out.insert(QStringLiteral("totals"), counts(report.totals));
    out.insert(QStringLiteral("by_status"), rows(report.byStatus, QStringLiteral("status")));
    out.insert(QStringLiteral("by_queue"), rows(report.byQueue, SlaReportScope::Group::Queue));
    out.insert(QStringLiteral("by_agent"), rows(report.byAgent, SlaReportScope::Group::Agent));
    out.insert(QStringLiteral("by_category"),
               rows(report.byCategory, SlaReportScope::Group::Category));
    out.insert(QStringLiteral("breached_now"), targets(report.breachedNow));
    out.insert(QStringLiteral("at_risk_now"), targets(report.atRiskNow));
    out.insert(QStringLiteral("first_response_minutes"),
               durations(report.firstResponse, &report.firstResponseBands));
    out.insert(QStringLiteral("resolution_minutes"), durations(report.resolution));
    const QJsonObject ended = outcomes(report);
    for (auto it = ended.constBegin(); it != ended.constEnd(); ++it)
        out.insert(it.key(), it.value());
    out.insert(QStringLiteral("open_at_start"), report.openAtStart);
    out.insert(QStringLiteral("days"), days(report));
    out.insert(QStringLiteral("agents"), agents(report));
    return out;
}

QString SlaReportJson::groupName(SlaReportScope::Group group)
{
    switch (group) {
    case SlaReportScope::Group::Agent:
        return QStringLiteral("agent");
    case SlaReportScope::Group::Category:
        return QStringLiteral("category");
    case SlaReportScope::Group::Queue:
        break;
    }
    return QStringLiteral("queue");
}

QJsonObject SlaReportJson::scopeJson(const SlaReportScope &scope)
{
    using protocol::WireValue;
    const QJsonValue level =
        scope.supportLevel.isEmpty() ? QJsonValue() : QJsonValue(scope.supportLevel);
    return {{QStringLiteral("from"), WireValue::dateTime(scope.from)},
            {QStringLiteral("to"), WireValue::dateTime(scope.to)},
            {QStringLiteral("now"), WireValue::dateTime(scope.now)},
            {QStringLiteral("group"), groupName(scope.group)},
            {QStringLiteral("time_zone"), QString::fromUtf8(scope.zone.id())},
            {QStringLiteral("filters"),
             QJsonObject{{QStringLiteral("queue"), WireValue::id(scope.queueId)},
                         {QStringLiteral("agent"), WireValue::id(scope.agentId)},
                         {QStringLiteral("organisation"), WireValue::id(scope.organisationId)},
                         {QStringLiteral("support_level"), level}}}};
}

QJsonArray SlaReportJson::rows(const QList<storage::SlaReportRow> &rows,
                               SlaReportScope::Group group)
{
    QJsonArray out;
    for (const storage::SlaReportRow &row : rows) {
        QJsonObject item = counts(row);
        if (group == SlaReportScope::Group::Category)
            item.insert(QStringLiteral("category"), row.key);
        else
            item.insert(groupName(group), named(row.key, row.name));
        out.append(item);
    }
    return out;
}

QJsonArray SlaReportJson::rows(const QList<storage::SlaReportRow> &rows, const QString &key)
{
    QJsonArray out;
    for (const storage::SlaReportRow &row : rows) {
        QJsonObject item = counts(row);
        item.insert(key, row.key);
        out.append(item);
    }
    return out;
}

QJsonObject SlaReportJson::durations(const storage::SlaDurations &durations,
                                     const storage::SlaDistribution *distribution)
{
    QJsonObject calendar = percentiles(durations.calendarMinutes);
    QJsonObject business = percentiles(durations.businessMinutes);
    if (distribution != nullptr) {
        calendar.insert(QStringLiteral("distribution"), bands(distribution->calendarMinutes));
        business.insert(QStringLiteral("distribution"), bands(distribution->businessMinutes));
    }
    return {{QStringLiteral("calendar"), calendar}, {QStringLiteral("business"), business}};
}

QJsonObject SlaReportJson::outcomes(const storage::SlaReport &report)
{
    QJsonArray distribution;
    for (std::size_t i = 0; i < report.csatScores.size(); ++i)
        distribution.append(QJsonObject{{QStringLiteral("score"), int(i + 1)},
                                        {QStringLiteral("count"), report.csatScores[i]}});
    QJsonArray resolutions;
    for (const storage::SlaReportCount &count : report.resolutions)
        resolutions.append(QJsonObject{{QStringLiteral("resolution"), count.key},
                                       {QStringLiteral("tickets"), count.tickets}});
    return {{QStringLiteral("reopen"),
             QJsonObject{{QStringLiteral("resolved"), report.resolvedTickets},
                         {QStringLiteral("reopened"), report.reopenedTickets},
                         {QStringLiteral("rate"), optional(report.reopenRate())}}},
            {QStringLiteral("csat"),
             QJsonObject{{QStringLiteral("count"), report.csatCount()},
                         {QStringLiteral("average"), optional(report.csatAverage())},
                         {QStringLiteral("distribution"), distribution}}},
            {QStringLiteral("resolutions"), resolutions}};
}

QJsonArray SlaReportJson::days(const storage::SlaReport &report)
{
    QJsonArray out;
    for (const storage::SlaReportDay &day : report.days)
        out.append(QJsonObject{{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                               {QStringLiteral("created"), day.created},
                               {QStringLiteral("resolved"), day.resolved},
                               {QStringLiteral("open"), day.open},
                               {QStringLiteral("breaches"), day.breaches}});
    return out;
}

QJsonArray SlaReportJson::agents(const storage::SlaReport &report)
{
    QJsonArray out;
    for (const storage::SlaAgentLoad &load : report.agents)
        out.append(
            QJsonObject{{QStringLiteral("agent"), named(QString::number(load.agentId), load.name)},
                        {QStringLiteral("open_assigned"), load.openAssigned},
                        {QStringLiteral("resolved"), load.resolved}});
    return out;
}

} // namespace sd::server
