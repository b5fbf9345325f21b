#include "widgets/annotationcanvas.h"
#include "widgets/annotationeditor.h"
#include "widgets/annotationrenderer.h"

#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using sd::widgets::Annotation;
using sd::widgets::AnnotationCanvas;
using sd::widgets::AnnotationEditor;
using sd::widgets::AnnotationRenderer;

namespace {

QImage input()
{
    QImage image(600, 400, QImage::Format_RGB32);
    image.fill(QColor(210, 220, 230));
    return image;
}

// The bounding box of all pixels that differ; null when none does.
QRect differences(const QImage &a, const QImage &b)
{
    QRect box;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if (a.pixel(x, y) != b.pixel(x, y))
                box |= QRect(x, y, 1, 1);
    return box;
}

void drag(QWidget *widget, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    QTest::mouseMove(widget, (from + to) / 2);
    QTest::mouseMove(widget, to);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
}

} // namespace

class TestAnnotationEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void drawUndoDrawAccept();
    void escapeDiscards();
    void enterWithoutMarksKeepsThePicture();
    void redactToolBlacksOut();
    void clickIsNotAMark();
    void quickUndosEachCount();

private:
    QToolButton *button(const char *name) const;
    std::unique_ptr<AnnotationEditor> m_editor;
    AnnotationCanvas *m_canvas = nullptr;
};

void TestAnnotationEditor::init()
{
    m_editor = std::make_unique<AnnotationEditor>(input());
    m_editor->show();
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    m_canvas = m_editor->findChild<AnnotationCanvas *>(u"annotationCanvas"_s);
    QVERIFY(m_canvas);
    QVERIFY(!m_canvas->imageRect().isEmpty());
}

void TestAnnotationEditor::cleanup()
{
    m_editor.reset();
}

QToolButton *TestAnnotationEditor::button(const char *name) const
{
    return m_editor->findChild<QToolButton *>(QString::fromLatin1(name));
}

void TestAnnotationEditor::drawUndoDrawAccept()
{
    const QRectF shown = m_canvas->imageRect();
    const QPoint a1 = (shown.topLeft() + QPointF(20, 20)).toPoint();
    const QPoint a2 = (shown.topLeft() + QPointF(120, 80)).toPoint();
    const QPoint b1 = (shown.topLeft() + QPointF(shown.width() / 2, shown.height() / 2)).toPoint();
    const QPoint b2 = (shown.bottomRight() - QPointF(30, 30)).toPoint();

    QTest::mouseClick(button("rectangleToolButton"), Qt::LeftButton);
    QVERIFY(!button("undoButton")->isEnabled());
    drag(m_canvas, a1, a2);
    QCOMPARE(m_editor->annotations().size(), 1);
    QVERIFY(button("undoButton")->isEnabled());

    QTest::keyClick(m_editor.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->annotations().size(), 0);
    QVERIFY(!button("undoButton")->isEnabled());

    drag(m_canvas, b1, b2);
    QCOMPARE(m_editor->annotations().size(), 1);
    const Annotation drawn = m_editor->annotations().first();
    QCOMPARE(drawn.kind, Annotation::Kind::Rectangle);
    QCOMPARE(drawn.rect, QRect(m_canvas->mapToImage(b1), m_canvas->mapToImage(b2)));

    QTest::keyClick(m_editor.get(), Qt::Key_Return);
    QCOMPARE(m_editor->result(), int(QDialog::Accepted));
    const QImage result = m_editor->annotatedImage();
    QCOMPARE(result.size(), input().size());

    // Changed pixels lie on the second rectangle (its stroke straddles the edge), and none
    // where the undone one was.
    const int pen = qCeil(AnnotationRenderer::strokeWidth(result.size()));
    const QRect expected = drawn.rect.adjusted(-pen, -pen, pen, pen);
    const QRect changed = differences(input(), result);
    QVERIFY(!changed.isNull());
    QVERIFY2(expected.contains(changed), qPrintable(u"changed %1,%2 %3x%4"_s.arg(changed.x())
                                                        .arg(changed.y())
                                                        .arg(changed.width())
                                                        .arg(changed.height())));
    QVERIFY(changed.width() >= drawn.rect.width() && changed.height() >= drawn.rect.height());
    const QRect undone(m_canvas->mapToImage(a1), m_canvas->mapToImage(a2));
    QVERIFY(!changed.intersects(undone));
}

void TestAnnotationEditor::escapeDiscards()
{
    drag(m_canvas, QPoint(100, 100), QPoint(200, 200));
    QCOMPARE(m_editor->annotations().size(), 1);
    QTest::keyClick(m_editor.get(), Qt::Key_Escape);
    QCOMPARE(m_editor->result(), int(QDialog::Rejected));
    QVERIFY(m_editor->annotatedImage().isNull());
}

void TestAnnotationEditor::enterWithoutMarksKeepsThePicture()
{
    QTest::keyClick(m_editor.get(), Qt::Key_Enter);
    QCOMPARE(m_editor->result(), int(QDialog::Accepted));
    QCOMPARE(m_editor->annotatedImage(), input());
}

void TestAnnotationEditor::redactToolBlacksOut()
{
    QTest::mouseClick(button("redactToolButton"), Qt::LeftButton);
    const QRectF shown = m_canvas->imageRect();
    // Dragged up and to the left: both corners still belong to the area.
    const QPoint from = (shown.topLeft() + QPointF(90, 50)).toPoint();
    const QPoint to = (shown.topLeft() + QPointF(10, 10)).toPoint();
    drag(m_canvas, from, to);
    QTest::mouseClick(button("clearButton"), Qt::LeftButton);
    QCOMPARE(m_editor->annotations().size(), 0);
    QTest::mouseClick(button("undoButton"), Qt::LeftButton); // clearing is undoable
    QCOMPARE(m_editor->annotations().size(), 1);
    m_editor->accept();
    const Annotation redaction = m_editor->annotations().first();
    QCOMPARE(redaction.kind, Annotation::Kind::Redact);
    const QImage result = m_editor->annotatedImage();
    QCOMPARE(QColor(result.pixel(redaction.rect.center())), AnnotationRenderer::redactColour());
    const QRect expected(m_canvas->mapToImage(to), m_canvas->mapToImage(from));
    QCOMPARE(redaction.rect, expected);
    QCOMPARE(differences(input(), result), expected);
}

void TestAnnotationEditor::clickIsNotAMark()
{
    QTest::mouseClick(m_canvas, Qt::LeftButton, {}, QPoint(150, 150));
    QVERIFY(m_editor->annotations().isEmpty());
}

void TestAnnotationEditor::quickUndosEachCount()
{
    drag(m_canvas, QPoint(100, 100), QPoint(200, 200));
    drag(m_canvas, QPoint(220, 100), QPoint(300, 200));
    drag(m_canvas, QPoint(320, 100), QPoint(400, 200));
    QCOMPARE(m_editor->annotations().size(), 3);
    QTest::keyClick(m_editor.get(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(m_editor.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->annotations().size(), 1);
}

QTEST_MAIN(TestAnnotationEditor)
#include "testannotationeditor.moc"
