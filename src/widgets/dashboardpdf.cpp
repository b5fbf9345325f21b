#include "dashboardpdf.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace sd::widgets {

namespace {

constexpr qreal Gap = 10;
constexpr int FigureColumns = 4;
constexpr qreal FigureHeight = 74;
constexpr int ChartColumns = 2;
constexpr qreal ChartHeight = 250;
// What the charts may take of the page's height together, so that the list below keeps about
// fifteen tickets: rows get lower when there are more than three.
constexpr qreal ChartsHeight = 880;
constexpr qreal ListColumn = 120;
constexpr qreal ChartScaleDown = 1.25;

QFont font(qreal pixels, bool bold = false)
{
    QFont f;
    f.setPixelSize(int(pixels));
    f.setBold(bold);
    return f;
}

} // namespace

bool DashboardPdf::write(const QString &path, const Page &page, QString *error)
{
    QPdfWriter pdf(path);
    pdf.setTitle(page.title);
    pdf.setCreator(QCoreApplication::applicationName());
    pdf.setResolution(300);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                  QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal scale = pdf.width() / Width;
    painter.scale(scale, scale);
    const qreal bottom = pdf.height() / scale;
    qreal y = paintHeader(painter, page, 0);
    y = paintFigures(painter, page.figures, y + Gap);
    y = paintCharts(painter, page, y + Gap);
    paintList(painter, page, y + Gap, bottom);
    if (!painter.end()) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

qreal DashboardPdf::paintHeader(QPainter &painter, const Page &page, qreal y)
{
    painter.setFont(font(26, true));
    painter.drawText(QRectF(0, y, Width, 34), Qt::AlignLeft | Qt::AlignVCenter, page.title);
    y += 38;
    painter.setFont(font(13));
    for (const QString &line : page.subtitle) {
        painter.drawText(QRectF(0, y, Width, 18), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += 18;
    }
    painter.setPen(QPen(Qt::gray, 1));
    painter.drawLine(QPointF(0, y + 4), QPointF(Width, y + 4));
    painter.setPen(Qt::black);
    return y + 6;
}

qreal DashboardPdf::paintFigures(QPainter &painter, const QList<Figure> &figures, qreal y)
{
    const qreal width = (Width - (FigureColumns - 1) * Gap) / FigureColumns;
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const qreal x = qreal(i % FigureColumns) * (width + Gap);
        const qreal top = y + qreal(i / FigureColumns) * (FigureHeight + Gap);
        const QRectF box(x, top, width, FigureHeight);
        painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1));
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(Qt::black);
        const QRectF inner = box.adjusted(8, 4, -8, -4);
        painter.setFont(font(12));
        painter.drawText(inner, Qt::AlignLeft | Qt::AlignTop, figures[i].title);
        painter.setFont(font(22, true));
        painter.drawText(inner.adjusted(0, 14, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                         figures[i].value);
        painter.setFont(font(11));
        painter.setPen(Qt::darkGray);
        painter.drawText(inner.adjusted(0, 40, 0, 0),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, figures[i].detail);
        painter.setPen(Qt::black);
    }
    const qsizetype rows = (figures.size() + FigureColumns - 1) / FigureColumns;
    return y + qreal(rows) * (FigureHeight + Gap) - Gap;
}

qreal DashboardPdf::paintCharts(QPainter &painter, const Page &page, qreal y)
{
    const qreal width = (Width - (ChartColumns - 1) * Gap) / ChartColumns;
    const qsizetype rows = (page.charts.size() + ChartColumns - 1) / ChartColumns;
    if (rows == 0)
        return y - Gap;
    const qreal height = std::min(ChartHeight, (ChartsHeight + Gap) / qreal(rows) - Gap);
    for (qsizetype i = 0; i < page.charts.size(); ++i) {
        const qreal x = qreal(i % ChartColumns) * (width + Gap);
        const qreal top = y + qreal(i / ChartColumns) * (height + Gap);
        paintChart(painter, page.charts[i].first, page.charts[i].second,
                   QRectF(x, top, width, height));
    }
    return y + qreal(rows) * (height + Gap) - Gap;
}

void DashboardPdf::paintChart(QPainter &painter, const QString &title, QChart *chart,
                              const QRectF &box)
{
    painter.setFont(font(14, true));
    painter.drawText(QRectF(box.left(), box.top(), box.width(), 20),
                     Qt::AlignLeft | Qt::AlignVCenter, title);
    if (chart == nullptr || chart->scene() == nullptr)
        return;
    // Laid out at the page's size for the moment of painting, then given back its own.
    const QRectF area(box.left(), box.top() + 20, box.width(), box.height() - 20);
    const QSizeF before = chart->size();
    // The chart lays itself out lazily; its axes place (and cut) their labels only then.
    const auto layOut = [chart](const QSizeF &size) {
        chart->resize(size);
        if (chart->layout() != nullptr)
            chart->layout()->activate();
    };
    // Laid out a little larger than the box and scaled into it, so axis labels (agents,
    // reasons) keep their room on a page much smaller than a screen.
    const QSizeF laidOut = area.size() * ChartScaleDown;
    layOut(laidOut);
    chart->scene()->render(&painter, area, QRectF(chart->pos(), laidOut), Qt::KeepAspectRatio);
    layOut(before);
}

void DashboardPdf::paintList(QPainter &painter, const Page &page, qreal y, qreal bottom)
{
    if (page.listHeader.isEmpty())
        return;
    painter.setFont(font(14, true));
    painter.drawText(QRectF(0, y, Width, 20), Qt::AlignLeft | Qt::AlignVCenter, page.listTitle);
    y += 22;
    // The widest column (the subject) takes what the others leave.
    QList<qreal> widths(page.listHeader.size(), ListColumn);
    const qsizetype wide = page.listWide;
    if (wide >= 0 && wide < widths.size())
        widths[wide] = Width - ListColumn * qreal(widths.size() - 1);
    const qreal rowHeight = 17;
    const auto paintRow = [&](const QStringList &cells, bool bold) {
        painter.setFont(font(11, bold));
        const QFontMetricsF metrics(painter.font());
        qreal x = 0;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QRectF cell(x, y, widths[c] - 6, rowHeight);
            painter.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(cells.value(c), Qt::ElideRight, cell.width()));
            x += widths[c];
        }
        y += rowHeight;
    };
    paintRow(page.listHeader, true);
    if (page.listRows.isEmpty())
        paintRow({tr("None.")}, false);
    for (const QStringList &row : page.listRows) {
        if (y + rowHeight > bottom)
            break;
        paintRow(row, false);
    }
}

} // namespace sd::widgets
