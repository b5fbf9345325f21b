#include "barchart.h"

#include "chartscale.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace sd::widgets {

BarChart::BarChart(const QStringList &setNames, Direction direction, bool wholeNumbers,
                   QGraphicsItem *parent)
    : QChart(parent), m_categories(new QBarCategoryAxis(this)), m_values(new QValueAxis(this)),
      m_wholeNumbers(wholeNumbers)
{
    setAnimationOptions(QChart::NoAnimation);
    setMargins(QMargins(4, 4, 4, 4));
    legend()->setVisible(setNames.size() > 1);
    legend()->setAlignment(Qt::AlignBottom);
    const bool horizontal = direction == Direction::Horizontal;
    if (horizontal)
        m_series = new QHorizontalBarSeries(this);
    else
        m_series = new QBarSeries(this);
    for (const QString &name : setNames) {
        auto *set = new QBarSet(name, m_series);
        m_series->append(set);
        m_sets.append(set);
    }
    addSeries(m_series);
    // Names of agents and reasons are long for a dashboard box: a size smaller.
    QFont small = m_categories->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_categories->setLabelsFont(small);
    addAxis(m_categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    addAxis(m_values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    setBars({}, {});
}

void BarChart::setBars(const QStringList &categories, const QList<QList<double>> &values)
{
    if (m_categories->categories() != categories)
        m_categories->setCategories(categories);
    double largest = 0;
    for (qsizetype s = 0; s < m_sets.size(); ++s) {
        QBarSet *set = m_sets[s];
        QList<qreal> row(categories.size(), 0.0);
        const QList<double> given = values.value(s);
        for (qsizetype c = 0; c < row.size() && c < given.size(); ++c)
            row[c] = given[c];
        for (const qreal value : row)
            largest = std::max(largest, double(value));
        if (set->count() == row.size()) {
            for (qsizetype c = 0; c < row.size(); ++c)
                if (set->at(c) != row[c])
                    set->replace(c, row[c]);
        } else {
            set->remove(0, set->count());
            set->append(row);
        }
    }
    ChartScale::apply(m_values, largest, m_wholeNumbers);
}

void BarChart::setValueTitle(const QString &title)
{
    m_values->setTitleText(title);
}

QStringList BarChart::categories() const
{
    return m_categories->categories();
}

} // namespace sd::widgets
