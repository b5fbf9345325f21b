#pragma once

#include "annotation.h"

#include <QDialog>
#include <QImage>
#include <QList>

class QAction;
class QButtonGroup;
class QLabel;
class QToolButton;

namespace sd::widgets {

class AnnotationCanvas;

// The step between capturing a screenshot and attaching it: arrows, frames, text and
// black-outs for private details. OK yields the picture with the marks burnt in; Cancel
// discards it.
class AnnotationEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationEditor)

public:
    explicit AnnotationEditor(const QImage &image, QWidget *parent = nullptr);

    // The rendered picture once the dialog was accepted; a null image otherwise.
    QImage annotatedImage() const { return m_result; }
    QList<Annotation> annotations() const { return m_annotations; }

    void accept() override;

private:
    void buildToolBar();
    QToolButton *addToolButton(Annotation::Kind kind, const QString &text, const QString &name);
    QAction *addActionButton(const QIcon &icon, const QString &text, const QString &name);
    void selectTool(Annotation::Kind kind);
    void addAnnotation(const Annotation &annotation);
    void placeText(const QPoint &imagePos);
    void undo();
    void clear();
    void setAnnotations(const QList<Annotation> &annotations, bool remember);

    QImage m_image;
    QImage m_result;
    QList<Annotation> m_annotations;
    QList<QList<Annotation>> m_history; // earlier lists, for undo (clearing is undoable too)
    AnnotationCanvas *m_canvas;
    QButtonGroup *m_tools;
    QWidget *m_toolBar;
    QAction *m_undoAction = nullptr;
    QAction *m_clearAction = nullptr;
    QLabel *m_hintLabel;
};

} // namespace sd::widgets
