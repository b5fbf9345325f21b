#pragma once

#include <QChart>
#include <QDate>
#include <QList>
#include <QStringList>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace sd::widgets {

// Values per day of the report's period as lines over a date axis (backlog trend, breaches
// per day). setDays() replaces each line's points in one step, so a refresh redraws in place
// instead of rebuilding the chart.
class DayChart final : public QChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayChart)

public:
    explicit DayChart(const QStringList &seriesNames, QGraphicsItem *parent = nullptr);

    // values[s][i]: series s on days[i].
    void setDays(const QList<QDate> &days, const QList<QList<double>> &values);
    QLineSeries *line(int index) const { return m_lines.value(index); }
    qsizetype lineCount() const { return m_lines.size(); }

private:
    QList<QLineSeries *> m_lines;
    QDateTimeAxis *m_days;
    QValueAxis *m_values;
};

} // namespace sd::widgets
