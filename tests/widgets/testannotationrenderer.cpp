#include "widgets/annotationrenderer.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using sd::widgets::Annotation;
using sd::widgets::AnnotationRenderer;

Q_DECLARE_METATYPE(Annotation)

namespace {

const QColor Background(240, 240, 240);
const QColor Mark(200, 20, 20);

QImage plain(const QSize &size = QSize(400, 300))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Background);
    return image;
}

// Every pixel differs from its neighbours, so no colour repeats by accident.
QImage patterned(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(x, y, qRgb((x * 7 + y * 3) % 256, (y * 13 + x) % 256, (x ^ y) % 256));
    return image;
}

Annotation make(Annotation::Kind kind, const QLine &line, const QRect &rect,
                const QString &text = {})
{
    Annotation annotation;
    annotation.kind = kind;
    annotation.line = line;
    annotation.rect = rect;
    annotation.text = text;
    annotation.colour = Mark;
    return annotation;
}

bool near(QRgb pixel, const QColor &colour, int tolerance = 8)
{
    return qAbs(qRed(pixel) - colour.red()) <= tolerance &&
           qAbs(qGreen(pixel) - colour.green()) <= tolerance &&
           qAbs(qBlue(pixel) - colour.blue()) <= tolerance;
}

int pixelsNear(const QImage &image, const QRect &area, const QColor &colour)
{
    int found = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (near(image.pixel(x, y), colour))
                ++found;
    return found;
}

} // namespace

class TestAnnotationRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachKindMarksItsPixels_data();
    void eachKindMarksItsPixels();
    void redactDestroysTheOriginal_data();
    void redactDestroysTheOriginal();
    void transparentSourceBecomesWhite();
    void emptyListKeepsThePicture();
};

void TestAnnotationRenderer::eachKindMarksItsPixels_data()
{
    QTest::addColumn<Annotation>("annotation");
    QTest::addColumn<QList<QPoint>>("marked"); // pixels that must take the mark colour
    QTest::addColumn<QRect>("changedArea");    // where some pixels must take `areaColour`
    QTest::addColumn<QColor>("areaColour");
    QTest::addColumn<QList<QPoint>>("untouched"); // pixels that must keep the background

    QTest::addRow("arrow") << make(Annotation::Kind::Arrow, QLine(50, 150, 350, 150), {})
                           << QList<QPoint>{{120, 150}, {200, 150}, {345, 150}}
                           << QRect(330, 140, 20, 20) << Mark
                           << QList<QPoint>{{200, 120}, {40, 150}, {360, 150}};
    QTest::addRow("rectangle") << make(Annotation::Kind::Rectangle, {}, QRect(100, 100, 200, 100))
                               << QList<QPoint>{{200, 100}, {100, 150}, {299, 150}, {200, 199}}
                               << QRect(100, 100, 200, 100) << Mark
                               << QList<QPoint>{{200, 150}, {20, 20}, {200, 90}};
    QTest::addRow("text") << make(Annotation::Kind::Text, {}, QRect(50, 50, 1, 1), u"Error 42"_s)
                          << QList<QPoint>{} << QRect(50, 50, 80, 14) << Mark
                          << QList<QPoint>{{300, 250}, {50, 200}};
    QTest::addRow("redact") << make(Annotation::Kind::Redact, {}, QRect(100, 100, 50, 40))
                            << QList<QPoint>{} << QRect(100, 100, 50, 40)
                            << AnnotationRenderer::redactColour()
                            << QList<QPoint>{{99, 100}, {150, 100}, {100, 140}, {100, 99}};
}

void TestAnnotationRenderer::eachKindMarksItsPixels()
{
    QFETCH(Annotation, annotation);
    QFETCH(QList<QPoint>, marked);
    QFETCH(QRect, changedArea);
    QFETCH(QColor, areaColour);
    QFETCH(QList<QPoint>, untouched);

    const QImage source = plain();
    const QImage result = AnnotationRenderer::render(source, {annotation});
    QCOMPARE(result.size(), source.size());
    for (const QPoint &point : std::as_const(marked))
        QVERIFY2(near(result.pixel(point), Mark),
                 qPrintable(u"pixel %1,%2 is #%3"_s.arg(point.x()).arg(point.y()).arg(
                     result.pixel(point), 6, 16)));
    QVERIFY(pixelsNear(result, changedArea, areaColour) > 0);
    for (const QPoint &point : std::as_const(untouched))
        QCOMPARE(QColor(result.pixel(point)), Background);
}

void TestAnnotationRenderer::redactDestroysTheOriginal_data()
{
    QTest::addColumn<QRect>("area");
    QTest::addRow("inside") << QRect(40, 30, 120, 60);
    QTest::addRow("across the edge") << QRect(150, 100, 200, 200);
    QTest::addRow("one pixel") << QRect(10, 10, 1, 1);
}

void TestAnnotationRenderer::redactDestroysTheOriginal()
{
    QFETCH(QRect, area);
    const QImage source = patterned(QSize(200, 150));
    const QRect inside = area.intersected(source.rect());
    QSet<QRgb> originalColours;
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            originalColours.insert(source.pixel(x, y));

    const QImage result =
        AnnotationRenderer::render(source, {make(Annotation::Kind::Redact, {}, area)});

    const QRgb fill = result.pixel(inside.topLeft());
    for (int y = 0; y < source.height(); ++y) {
        for (int x = 0; x < source.width(); ++x) {
            if (inside.contains(x, y)) {
                // Uniform, and no pixel of the area keeps the colour it had.
                QCOMPARE(result.pixel(x, y), fill);
                QVERIFY2(result.pixel(x, y) != source.pixel(x, y),
                         "a redacted pixel kept its colour");
            } else {
                QCOMPARE(result.pixel(x, y), source.pixel(x, y));
            }
        }
    }
    // Nothing of the area survives, not even as the colour of the fill.
    QVERIFY(!originalColours.contains(fill));
    QCOMPARE(QColor(fill), AnnotationRenderer::redactColour());
}

void TestAnnotationRenderer::transparentSourceBecomesWhite()
{
    QImage source(20, 20, QImage::Format_ARGB32);
    source.fill(Qt::transparent);
    const QImage result = AnnotationRenderer::render(source, {});
    QCOMPARE(QColor(result.pixel(5, 5)), QColor(Qt::white));
    QVERIFY(!result.hasAlphaChannel());
}

void TestAnnotationRenderer::emptyListKeepsThePicture()
{
    const QImage source = patterned(QSize(64, 48));
    QCOMPARE(AnnotationRenderer::render(source, {}), source);
}

QTEST_MAIN(TestAnnotationRenderer)
#include "testannotationrenderer.moc"
