#pragma once

#include <QChart>
#include <QList>
#include <QStringList>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace sd::widgets {

// Grouped bars, one set per measure over named categories (agents, scores, reasons). setBars()
// changes the values of the existing sets in place; only a different number of categories
// refills them.
class BarChart final : public QChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarChart)

public:
    enum class Direction { Vertical, Horizontal };

    BarChart(const QStringList &setNames, Direction direction, bool wholeNumbers,
             QGraphicsItem *parent = nullptr);

    // values[s][c]: set s for categories[c].
    void setBars(const QStringList &categories, const QList<QList<double>> &values);
    void setValueTitle(const QString &title);
    QAbstractBarSeries *bars() const { return m_series; }
    QBarSet *set(int index) const { return m_sets.value(index); }
    QStringList categories() const;

private:
    QAbstractBarSeries *m_series;
    QList<QBarSet *> m_sets;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
    bool m_wholeNumbers;
};

} // namespace sd::widgets
