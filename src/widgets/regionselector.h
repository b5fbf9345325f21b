#pragma once

#include <QImage>
#include <QPixmap>
#include <QWidget>

namespace sd::widgets {

// A frameless full-screen overlay showing a frozen screenshot, on which the user drags the
// rectangle to keep. Esc or the right mouse button cancels.
class RegionSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionSelector)

public:
    RegionSelector(const QImage &shot, const QString &hint, QWidget *parent = nullptr);

    // The selection so far, in pixels of the shot.
    QRect selection() const;

Q_SIGNALS:
    void selected(const QRect &shotRect);
    void cancelled();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRect widgetSelection() const;
    void paintHint(QPainter &painter) const;
    void paintSizeLabel(QPainter &painter, const QRect &selection) const;

    QImage m_shot;
    QString m_hint;
    bool m_dragging = false;
    QPoint m_start;
    QPoint m_end;
};

} // namespace sd::widgets
