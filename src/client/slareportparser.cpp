#include "slareportparser.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace sd::client {

namespace {

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

} // namespace

std::optional<SlaReportData> SlaReportParser::parse(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("The SLA report from the server cannot be read: it is not a complete JSON "
                    "object.");
        return std::nullopt;
    }
    return parse(document.object(), error);
}

std::optional<SlaReportData> SlaReportParser::parse(const QJsonObject &report, QString *error)
{
    SlaReportParser parser;
    SlaReportData data;
    if (!parser.read(report, &data)) {
        *error = tr("The SLA report from the server cannot be read: %1.").arg(parser.m_error);
        return std::nullopt;
    }
    return data;
}

bool SlaReportParser::read(const QJsonObject &report, SlaReportData *out)
{
    QJsonObject totals;
    return readScope(report, out) &&
           readRows(report, QStringLiteral("items"), out->group, &out->items) &&
           object(report, QStringLiteral("totals"), {}, &totals) &&
           readCounts(totals, QStringLiteral("totals"), &out->totals) &&
           readRows(report, QStringLiteral("by_status"), QStringLiteral("status"),
                    &out->byStatus) &&
           readRows(report, QStringLiteral("by_queue"), QStringLiteral("queue"), &out->byQueue) &&
           readRows(report, QStringLiteral("by_agent"), QStringLiteral("agent"), &out->byAgent) &&
           readRows(report, QStringLiteral("by_category"), QStringLiteral("category"),
                    &out->byCategory) &&
           readTargets(report, QStringLiteral("breached_now"), &out->breachedNow) &&
           readTargets(report, QStringLiteral("at_risk_now"), &out->atRiskNow) &&
           readDurations(report, QStringLiteral("first_response_minutes"), true,
                         &out->firstResponse) &&
           readDurations(report, QStringLiteral("resolution_minutes"), false, &out->resolution) &&
           readOutcomes(report, out) && readCsat(report, out) && readDays(report, out) &&
           readAgents(report, out);
}

bool SlaReportParser::readScope(const QJsonObject &report, SlaReportData *out)
{
    if (!instant(report, QStringLiteral("from"), &out->from) ||
        !instant(report, QStringLiteral("to"), &out->to) ||
        !instant(report, QStringLiteral("now"), &out->now) ||
        !text(report, QStringLiteral("time_zone"), {}, &out->timeZone) ||
        !text(report, QStringLiteral("group"), {}, &out->group))
        return false;
    if (out->group != u"queue" && out->group != u"agent" && out->group != u"category")
        return fail(tr("group is not queue, agent or category"));
    return true;
}

bool SlaReportParser::readRows(const QJsonObject &parent, const QString &key,
                               const QString &dimension, QList<SlaReportData::Row> *rows)
{
    rows->clear();
    const bool isNamed = dimension == u"queue" || dimension == u"agent";
    return forEach(parent, key, {}, [&](const QJsonObject &item, const QString &path) {
        SlaReportData::Row row;
        const bool ok = isNamed ? named(item, dimension, path, &row.id, &row.name)
                                : text(item, dimension, path, &row.key);
        if (!ok || !readCounts(item, path, &row))
            return false;
        if (isNamed)
            row.key = row.id == 0 ? QString() : QString::number(row.id);
        rows->append(row);
        return true;
    });
}

bool SlaReportParser::readCounts(const QJsonObject &row, const QString &path,
                                 SlaReportData::Row *out)
{
    return count(row, QStringLiteral("tickets"), path, &out->tickets) &&
           count(row, QStringLiteral("done"), path, &out->done) &&
           count(row, QStringLiteral("first_response_breached"), path,
                 &out->firstResponseBreached) &&
           count(row, QStringLiteral("resolution_breached"), path, &out->resolutionBreached);
}

bool SlaReportParser::readTargets(const QJsonObject &parent, const QString &key,
                                  SlaReportData::Targets *out)
{
    QJsonObject targets;
    return object(parent, key, {}, &targets) &&
           count(targets, QStringLiteral("tickets"), key, &out->tickets) &&
           count(targets, QStringLiteral("first_response"), key, &out->firstResponse) &&
           count(targets, QStringLiteral("next_response"), key, &out->nextResponse) &&
           count(targets, QStringLiteral("resolution"), key, &out->resolution);
}

bool SlaReportParser::readDurations(const QJsonObject &parent, const QString &key, bool withBands,
                                    SlaReportData::Durations *out)
{
    QJsonObject durations;
    return object(parent, key, {}, &durations) &&
           readPercentiles(durations, QStringLiteral("calendar"), key, withBands, &out->calendar) &&
           readPercentiles(durations, QStringLiteral("business"), key, withBands, &out->business);
}

bool SlaReportParser::readPercentiles(const QJsonObject &parent, const QString &key,
                                      const QString &path, bool withBands,
                                      SlaReportData::Percentiles *out)
{
    QJsonObject p;
    const QString here = join(path, key);
    out->distribution.clear();
    return object(parent, key, path, &p) && count(p, QStringLiteral("count"), here, &out->count) &&
           number(p, QStringLiteral("p50"), here, &out->p50) &&
           number(p, QStringLiteral("p90"), here, &out->p90) &&
           (!withBands || readBands(p, here, &out->distribution));
}

// Each band starts where the one before it ended; only the last may have no end.
bool SlaReportParser::readBands(const QJsonObject &parent, const QString &path,
                                QList<SlaReportData::Band> *out)
{
    const QString toKey = QStringLiteral("to_minutes");
    return forEach(parent, QStringLiteral("distribution"), path,
                   [&](const QJsonObject &item, const QString &here) {
                       SlaReportData::Band band;
                       if (!count(item, QStringLiteral("from_minutes"), here, &band.fromMinutes) ||
                           !count(item, QStringLiteral("tickets"), here, &band.tickets))
                           return false;
                       if (!out->isEmpty() && out->constLast().toMinutes != band.fromMinutes)
                           return fail(tr("%1 does not start where the band before it ends")
                                           .arg(join(here, QStringLiteral("from_minutes"))));
                       if (!item.value(toKey).isNull()) {
                           int to = 0;
                           if (!count(item, toKey, here, &to))
                               return false;
                           if (to <= band.fromMinutes)
                               return fail(
                                   tr("%1 is not after from_minutes").arg(join(here, toKey)));
                           band.toMinutes = to;
                       }
                       out->append(band);
                       return true;
                   });
}

bool SlaReportParser::readOutcomes(const QJsonObject &report, SlaReportData *out)
{
    const QString reopenKey = QStringLiteral("reopen");
    QJsonObject reopen;
    if (!object(report, reopenKey, {}, &reopen) ||
        !count(reopen, QStringLiteral("resolved"), reopenKey, &out->resolvedTickets) ||
        !count(reopen, QStringLiteral("reopened"), reopenKey, &out->reopenedTickets) ||
        !number(reopen, QStringLiteral("rate"), reopenKey, &out->reopenRate))
        return false;
    out->resolutions.clear();
    return forEach(report, QStringLiteral("resolutions"), {},
                   [&](const QJsonObject &item, const QString &path) {
                       SlaReportData::Count resolution;
                       if (!text(item, QStringLiteral("resolution"), path, &resolution.key) ||
                           !count(item, QStringLiteral("tickets"), path, &resolution.tickets))
                           return false;
                       out->resolutions.append(resolution);
                       return true;
                   });
}

bool SlaReportParser::readCsat(const QJsonObject &report, SlaReportData *out)
{
    const QString csatKey = QStringLiteral("csat");
    QJsonObject csat;
    if (!object(report, csatKey, {}, &csat) ||
        !count(csat, QStringLiteral("count"), csatKey, &out->csatCount) ||
        !number(csat, QStringLiteral("average"), csatKey, &out->csatAverage))
        return false;
    out->csatScores.fill(0);
    return forEach(
        csat, QStringLiteral("distribution"), csatKey,
        [&](const QJsonObject &item, const QString &path) {
            int score = 0;
            int tickets = 0;
            if (!count(item, QStringLiteral("score"), path, &score) ||
                !count(item, QStringLiteral("count"), path, &tickets))
                return false;
            if (score < 1 || score > int(out->csatScores.size()))
                return fail(
                    tr("%1 is not a score from 1 to 5").arg(join(path, QStringLiteral("score"))));
            out->csatScores[std::size_t(score - 1)] = tickets;
            return true;
        });
}

bool SlaReportParser::readDays(const QJsonObject &report, SlaReportData *out)
{
    if (!count(report, QStringLiteral("open_at_start"), {}, &out->openAtStart))
        return false;
    out->days.clear();
    return forEach(
        report, QStringLiteral("days"), {}, [&](const QJsonObject &item, const QString &path) {
            SlaReportData::Day day;
            QString date;
            if (!text(item, QStringLiteral("date"), path, &date))
                return false;
            day.date = QDate::fromString(date, Qt::ISODate);
            if (!day.date.isValid())
                return fail(tr("%1 is not a date").arg(join(path, QStringLiteral("date"))));
            if (!count(item, QStringLiteral("created"), path, &day.created) ||
                !count(item, QStringLiteral("resolved"), path, &day.resolved) ||
                !count(item, QStringLiteral("open"), path, &day.open) ||
                !count(item, QStringLiteral("breaches"), path, &day.breaches))
                return false;
            out->days.append(day);
            return true;
        });
}

bool SlaReportParser::readAgents(const QJsonObject &report, SlaReportData *out)
{
    out->agents.clear();
    return forEach(
        report, QStringLiteral("agents"), {}, [&](const QJsonObject &item, const QString &path) {
            SlaReportData::AgentLoad load;
            if (!named(item, QStringLiteral("agent"), path, &load.id, &load.name) ||
                !count(item, QStringLiteral("open_assigned"), path, &load.openAssigned) ||
                !count(item, QStringLiteral("resolved"), path, &load.resolved))
                return false;
            out->agents.append(load);
            return true;
        });
}

bool SlaReportParser::forEach(const QJsonObject &parent, const QString &key, const QString &path,
                              const std::function<bool(const QJsonObject &, const QString &)> &read)
{
    const QString here = join(path, key);
    const QJsonValue value = parent.value(key);
    if (value.isUndefined())
        return fail(tr("%1 is missing").arg(here));
    if (!value.isArray())
        return fail(tr("%1 is not a list").arg(here));
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = here + u'[' + QString::number(i) + u']';
        if (!items.at(i).isObject())
            return fail(tr("%1 is not an object").arg(itemPath));
        if (!read(items.at(i).toObject(), itemPath))
            return false;
    }
    return true;
}

bool SlaReportParser::object(const QJsonObject &parent, const QString &key, const QString &path,
                             QJsonObject *out)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined())
        return fail(tr("%1 is missing").arg(join(path, key)));
    if (!value.isObject())
        return fail(tr("%1 is not an object").arg(join(path, key)));
    *out = value.toObject();
    return true;
}

bool SlaReportParser::count(const QJsonObject &parent, const QString &key, const QString &path,
                            int *out)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined())
        return fail(tr("%1 is missing").arg(join(path, key)));
    const double n = value.toDouble(-1);
    if (!value.isDouble() || n < 0 || n > std::numeric_limits<int>::max() || std::trunc(n) != n)
        return fail(tr("%1 is not a whole number").arg(join(path, key)));
    *out = int(n);
    return true;
}

bool SlaReportParser::number(const QJsonObject &parent, const QString &key, const QString &path,
                             std::optional<double> *out)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined())
        return fail(tr("%1 is missing").arg(join(path, key)));
    if (value.isNull()) {
        out->reset();
        return true;
    }
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return fail(tr("%1 is not a number").arg(join(path, key)));
    *out = value.toDouble();
    return true;
}

bool SlaReportParser::text(const QJsonObject &parent, const QString &key, const QString &path,
                           QString *out)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined())
        return fail(tr("%1 is missing").arg(join(path, key)));
    if (!value.isString())
        return fail(tr("%1 is not text").arg(join(path, key)));
    *out = value.toString();
    return true;
}

bool SlaReportParser::instant(const QJsonObject &parent, const QString &key, QDateTime *out)
{
    QString spelled;
    if (!text(parent, key, {}, &spelled))
        return false;
    *out = QDateTime::fromString(spelled, Qt::ISODateWithMs);
    if (!out->isValid())
        return fail(tr("%1 is not a date and time").arg(key));
    return true;
}

bool SlaReportParser::named(const QJsonObject &parent, const QString &key, const QString &path,
                            qint64 *id, QString *name)
{
    const QJsonValue value = parent.value(key);
    const QString here = join(path, key);
    if (value.isUndefined())
        return fail(tr("%1 is missing").arg(here));
    if (value.isNull()) {
        *id = 0;
        name->clear();
        return true;
    }
    if (!value.isObject())
        return fail(tr("%1 is not an object").arg(here));
    const QJsonObject item = value.toObject();
    const QJsonValue rawId = item.value(QStringLiteral("id"));
    const double n = rawId.toDouble(0);
    if (!rawId.isDouble() || n < 1 || std::trunc(n) != n)
        return fail(tr("%1 is not an id").arg(join(here, QStringLiteral("id"))));
    *id = rawId.toInteger();
    return text(item, QStringLiteral("name"), here, name);
}

bool SlaReportParser::fail(const QString &problem)
{
    m_error = problem;
    return false;
}

} // namespace sd::client
