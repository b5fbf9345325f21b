#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QChart;
class QPainter;
class QRectF;

namespace sd::widgets {

// The dashboard for a period as one A4 page: title, period and filters, the headline figures,
// every chart (painted as vectors) and the first tickets of the risk list.
class DashboardPdf final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardPdf)

public:
    struct Figure
    {
        QString title;
        QString value;
        QString detail;
    };
    struct Page
    {
        QString title;
        QStringList subtitle; // period, filters, when it was made
        QList<Figure> figures;
        QList<std::pair<QString, QChart *>> charts; // not owned
        QString listTitle;
        QStringList listHeader;
        qsizetype listWide = -1; // the column that takes the rest of the width
        QList<QStringList> listRows;
    };

    // Logical units across the page's printable width; everything is laid out in them.
    static constexpr qreal Width = 1000;

    static bool write(const QString &path, const Page &page, QString *error);

private:
    static qreal paintHeader(QPainter &painter, const Page &page, qreal y);
    static qreal paintFigures(QPainter &painter, const QList<Figure> &figures, qreal y);
    static qreal paintCharts(QPainter &painter, const Page &page, qreal y);
    static void paintChart(QPainter &painter, const QString &title, QChart *chart,
                           const QRectF &box);
    static void paintList(QPainter &painter, const Page &page, qreal y, qreal bottom);
};

} // namespace sd::widgets
