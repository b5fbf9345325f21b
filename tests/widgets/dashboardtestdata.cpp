#include "dashboardtestdata.h"

#include "sourcetree.h"

#include <QFile>

using namespace Qt::StringLiterals;
using sd::client::SlaReportData;

namespace sd::testing::DashboardTestData {

namespace {

// The server's bands of first-response minutes with these counts.
QList<SlaReportData::Band> bands(const QList<int> &tickets)
{
    static const int Starts[] = {0, 15, 30, 60, 120, 240, 480, 960};
    QList<SlaReportData::Band> out;
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        SlaReportData::Band band{Starts[i], std::nullopt, tickets[i]};
        if (i + 1 < tickets.size())
            band.toMinutes = Starts[i + 1];
        out.append(band);
    }
    return out;
}

} // namespace

SlaReportData fixedReport()
{
    SlaReportData r;
    r.from = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    r.to = QDateTime(QDate(2026, 11, 8), QTime(0, 0), Qt::UTC);
    r.now = r.to;
    r.timeZone = u"UTC"_s;
    r.group = u"queue"_s;
    r.totals.tickets = 1234;
    r.totals.done = 600;
    r.breachedNow = {5, 2, 1, 3};
    r.atRiskNow = {0, 0, 0, 0};
    r.firstResponse = {{40, 60, 400, bands({5, 5, 8, 9, 6, 5, 2, 0})},
                       {40, 45, 190, bands({8, 7, 6, 10, 6, 2, 1, 0})}};
    r.resolution = {{3, 2000, 3000, {}}, {3, 1625, std::nullopt, {}}};
    r.resolvedTickets = 40;
    r.reopenedTickets = 5;
    r.reopenRate = 0.125;
    r.csatScores = {1, 0, 2, 3, 5};
    r.csatCount = 11;
    r.csatAverage = 4.0;
    r.resolutions = {{u"answered"_s, 7},         {u"fixed"_s, 4},
                     {u"cannot_reproduce"_s, 2}, {u"insufficient_information"_s, 3},
                     {u"out_of_scope"_s, 0},     {u"duplicate"_s, 1},
                     {u"declined_abusive"_s, 1}, {u"feature_accepted"_s, 2}};
    r.openAtStart = 9;
    const QList<int> open{10, 12, 15, 14, 13, 13, 16};
    const QList<int> breaches{0, 1, 2, 0, 0, 3, 1};
    for (int i = 0; i < open.size(); ++i)
        r.days.append({QDate(2026, 11, 1 + i), 3, 1, open[i], breaches[i]});
    r.agents = {{4, u"Мария Петрова"_s, 12, 7},
                {5, u"Smith, \"Jr\""_s, 3, 9},
                {9, u"=HYPERLINK()"_s, 0, 1}};
    return r;
}

namespace {

QString iso(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject ticket(qint64 id, const QString &status, qint64 age, qint64 dueIn, qint64 queue)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return {{u"id"_s, id},
            {u"number"_s, u"SD-2026-%1"_s.arg(id, 6, 10, QLatin1Char('0'))},
            {u"version"_s, 1},
            {u"subject"_s, u"Сбой выгрузки %1"_s.arg(id)},
            {u"status"_s, status},
            {u"priority"_s, u"high"_s},
            {u"category"_s, u"incident"_s},
            {u"queue"_s, QJsonObject{{u"id"_s, queue}, {u"name"_s, u"Queue %1"_s.arg(queue)}}},
            {u"organisation"_s, QJsonObject{{u"id"_s, 3}, {u"name"_s, u"Ромашка"_s}}},
            {u"requester"_s, QJsonObject{{u"id"_s, 50}, {u"name"_s, u"Елена"_s}}},
            {u"created_at"_s, iso(now - age)},
            {u"updated_at"_s, iso(now - age)},
            {u"first_response_due"_s, iso(now + dueIn)},
            {u"resolution_due"_s, iso(now + dueIn + 86400)},
            {u"resolved_at"_s, status == u"resolved"_s ? QJsonValue(iso(now)) : QJsonValue()}};
}

QByteArray capturedReport()
{
    QFile file(sd::testing::sourcePath(u"tests/data/sla-report.json"_s));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace sd::testing::DashboardTestData
