#include "daychart.h"

#include "chartscale.h"
#include "dashboardformat.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace sd::widgets {

namespace {

// Points are drawn while each still has room of its own.
constexpr qsizetype MarkedDays = 45;
// More date labels than this do not fit a dashboard box and get cut.
constexpr qint64 MaxTicks = 5;

} // namespace

DayChart::DayChart(const QStringList &seriesNames, QGraphicsItem *parent)
    : QChart(parent), m_days(new QDateTimeAxis(this)), m_values(new QValueAxis(this))
{
    setAnimationOptions(QChart::NoAnimation);
    setMargins(QMargins(4, 4, 4, 4));
    legend()->setVisible(seriesNames.size() > 1);
    legend()->setAlignment(Qt::AlignBottom);
    m_days->setFormat(DashboardFormat::dayMonthPattern());
    addAxis(m_days, Qt::AlignBottom);
    addAxis(m_values, Qt::AlignLeft);
    for (const QString &name : seriesNames) {
        auto *line = new QLineSeries(this);
        line->setName(name);
        addSeries(line);
        line->attachAxis(m_days);
        line->attachAxis(m_values);
        m_lines.append(line);
    }
    setDays({}, {});
}

void DayChart::setDays(const QList<QDate> &days, const QList<QList<double>> &values)
{
    double largest = 0;
    for (qsizetype s = 0; s < m_lines.size(); ++s) {
        QList<QPointF> points;
        points.reserve(days.size());
        const QList<double> series = values.value(s);
        for (qsizetype i = 0; i < days.size() && i < series.size(); ++i) {
            points.append(QPointF(qreal(days[i].startOfDay().toMSecsSinceEpoch()), series[i]));
            largest = std::max(largest, series[i]);
        }
        m_lines[s]->replace(points);
        m_lines[s]->setPointsVisible(days.size() <= MarkedDays);
    }
    const QDate first = days.isEmpty() ? QDate::currentDate() : days.constFirst();
    const QDate last = days.isEmpty() ? first : days.constLast();
    const qint64 span = first.daysTo(last);
    if (span == 0) {
        // A single day still needs a span to draw on.
        m_days->setRange(first.startOfDay().addSecs(-43200), first.startOfDay().addSecs(43200));
        m_days->setTickCount(2);
    } else {
        // Ticks on whole days, as few days past the last as the period allows (a date label at
        // noon would name a day the point is not on).
        qint64 best = std::min(span, MaxTicks - 1);
        qint64 bestPast = span % best == 0 ? 0 : span;
        for (qint64 intervals = best; intervals >= 2 && bestPast > 0; --intervals) {
            const qint64 step = (span + intervals - 1) / intervals;
            if (const qint64 past = step * intervals - span; past < bestPast) {
                best = intervals;
                bestPast = past;
            }
        }
        m_days->setRange(first.startOfDay(), last.addDays(bestPast).startOfDay());
        m_days->setTickCount(int(best + 1));
    }
    ChartScale::apply(m_values, largest, true);
}

} // namespace sd::widgets
