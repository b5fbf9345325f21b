#pragma once

#include "annotation.h"

#include <QImage>
#include <QList>
#include <QPixmap>
#include <QWidget>

namespace sd::widgets {

// The picture in the annotation editor, scaled to fit, on which the mouse places marks.
// It draws what the editor tells it and reports finished gestures; the editor owns the list
// and its undo history.
class AnnotationCanvas final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationCanvas)

public:
    explicit AnnotationCanvas(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    void setAnnotations(const QList<Annotation> &annotations);
    void setTool(Annotation::Kind tool);
    Annotation::Kind tool() const { return m_tool; }

    // Where the image is drawn, in widget coordinates.
    QRectF imageRect() const;
    // A widget position as a pixel of the image, clamped to the image.
    QPoint mapToImage(const QPointF &widgetPos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void annotationDrawn(const sd::widgets::Annotation &annotation);
    void textPlacementRequested(const QPoint &imagePos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    Annotation draft() const;
    bool isMeaningful(const Annotation &annotation) const;
    void refreshScaled();

    QImage m_image;
    QImage m_rendered; // m_image with the committed annotations
    QPixmap m_scaled;  // m_rendered at the current widget size, so moves repaint fast
    QList<Annotation> m_annotations;
    Annotation::Kind m_tool = Annotation::Kind::Rectangle;
    bool m_dragging = false;
    QPoint m_dragStart;
    QPoint m_dragEnd;
};

} // namespace sd::widgets
