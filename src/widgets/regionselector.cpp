#include "regionselector.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace sd::widgets {

namespace {

constexpr int MinimumSelection = 4; // widget pixels; smaller is a click, not a selection

// Both corners belong to the selection, whichever way the mouse went (QRect::normalized()
// would drop a row and a column of a selection dragged up or to the left).
QRect spanning(const QPoint &a, const QPoint &b)
{
    return {QPoint(qMin(a.x(), b.x()), qMin(a.y(), b.y())),
            QPoint(qMax(a.x(), b.x()), qMax(a.y(), b.y()))};
}

} // namespace

RegionSelector::RegionSelector(const QImage &shot, const QString &hint, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint),
      m_shot(shot), m_hint(hint)
{
    setObjectName(QStringLiteral("regionSelector"));
    setCursor(Qt::CrossCursor);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
}

QRect RegionSelector::selection() const
{
    const QRect selection = widgetSelection();
    if (selection.isEmpty() || width() <= 0 || height() <= 0)
        return {};
    // The shot has device pixels, the widget logical ones (they differ on a scaled display).
    const qreal sx = qreal(m_shot.width()) / width();
    const qreal sy = qreal(m_shot.height()) / height();
    const QRectF scaled(selection.x() * sx, selection.y() * sy, selection.width() * sx,
                        selection.height() * sy);
    return scaled.toAlignedRect().intersected(m_shot.rect());
}

QRect RegionSelector::widgetSelection() const
{
    if (m_start == m_end)
        return {};
    return spanning(m_start, m_end).intersected(rect());
}

void RegionSelector::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.drawImage(rect(), m_shot);
    const QRect selection = widgetSelection();
    // Everything outside the selection is dimmed so the kept part stands out.
    QPainterPath dimmed;
    dimmed.addRect(rect());
    if (!selection.isEmpty()) {
        QPainterPath kept;
        kept.addRect(selection);
        dimmed = dimmed.subtracted(kept);
    }
    painter.fillPath(dimmed, QColor(0, 0, 0, 110));
    if (!selection.isEmpty()) {
        painter.setPen(QPen(QColor(255, 255, 255), 1, Qt::SolidLine));
        painter.drawRect(selection.adjusted(0, 0, -1, -1));
        painter.setPen(QPen(QColor(40, 110, 220), 1, Qt::DashLine));
        painter.drawRect(selection.adjusted(0, 0, -1, -1));
        paintSizeLabel(painter, selection);
    }
    if (!m_dragging)
        paintHint(painter);
}

void RegionSelector::paintHint(QPainter &painter) const
{
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    painter.setFont(font);
    const QString text = m_hint + u'\n' + tr("Press Esc to cancel.");
    const QRect bounds = painter.fontMetrics().boundingRect(
        QRect(0, 0, width() * 2 / 3, 0), Qt::AlignCenter | Qt::TextWordWrap, text);
    const QSize padding(48, 32);
    const QRect box =
        QRect(QPoint(0, 0), bounds.size() + padding)
            .translated((width() - bounds.width() - padding.width()) / 2, height() / 8);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(20, 20, 20, 215));
    painter.drawRoundedRect(box, 8, 8);
    painter.setPen(Qt::white);
    painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, text);
}

void RegionSelector::paintSizeLabel(QPainter &painter, const QRect &selection) const
{
    const QRect shotRect = this->selection();
    const QString text = tr("%1 × %2").arg(shotRect.width()).arg(shotRect.height());
    const QRect bounds = painter.fontMetrics().boundingRect(text).adjusted(-6, -3, 6, 3);
    QPoint at = selection.topLeft() - QPoint(0, bounds.height() + 4);
    if (at.y() < 0)
        at = selection.topLeft() + QPoint(4, 4);
    const QRect box(at, bounds.size());
    painter.fillRect(box, QColor(20, 20, 20, 200));
    painter.setPen(Qt::white);
    painter.drawText(box, Qt::AlignCenter, text);
}

void RegionSelector::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        Q_EMIT cancelled();
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    m_start = m_end = event->position().toPoint();
    update();
}

void RegionSelector::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    m_end = event->position().toPoint();
    update();
}

void RegionSelector::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging)
        return;
    m_dragging = false;
    m_end = event->position().toPoint();
    const QRect selection = widgetSelection();
    if (selection.width() < MinimumSelection || selection.height() < MinimumSelection) {
        m_end = m_start;
        update();
        return;
    }
    Q_EMIT selected(this->selection());
}

void RegionSelector::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT cancelled();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace sd::widgets
