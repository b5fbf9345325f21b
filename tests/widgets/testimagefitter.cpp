#include "widgets/imagefitter.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using sd::widgets::ImageFitter;

namespace {

constexpr qint64 SeedLimit = 300 * 1024; // seed 004: 300 KB

// A screenshot of a plain dialog: a few flat areas, compresses to a few KB as PNG.
QImage flat(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(236, 236, 236));
    QPainter painter(&image);
    painter.fillRect(QRect(0, 0, size.width(), 40), QColor(40, 70, 120));
    painter.fillRect(QRect(100, 120, 600, 300), Qt::white);
    painter.setPen(Qt::black);
    painter.drawText(QRect(120, 140, 560, 40), Qt::AlignLeft, QStringLiteral("Connection failed"));
    return image;
}

// Random pixels: no encoder can squeeze them, so only quality and size can.
QImage noise(const QSize &size, QImage::Format format = QImage::Format_RGB32)
{
    QImage image(size, format);
    QRandomGenerator random(42);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x)
            line[x] = random.generate() | 0xFF000000u;
    }
    return image;
}

QImage noiseWithHole(const QSize &size)
{
    QImage image = noise(size, QImage::Format_ARGB32);
    QPainter painter(&image);
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.fillRect(QRect(0, 0, size.width() / 4, size.height() / 4), Qt::transparent);
    return image;
}

} // namespace

class TestImageFitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fit_data();
    void fit();
    void transparentAreasTurnWhiteInJpeg();
};

void TestImageFitter::fit_data()
{
    QTest::addColumn<QImage>("image");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<bool>("keepsSize");

    QTest::addRow("flat screenshot stays PNG")
        << flat(QSize(1920, 1080)) << SeedLimit << true << QByteArray("png") << true;
    QTest::addRow("noise 1920x1080 to 300 KB")
        << noise(QSize(1920, 1080)) << SeedLimit << true << QByteArray("jpeg") << false;
    QTest::addRow("noise 640x360 fits as JPEG without shrinking")
        << noise(QSize(640, 360)) << SeedLimit << true << QByteArray("jpeg") << true;
    QTest::addRow("noise with a transparent corner")
        << noiseWithHole(QSize(1280, 720)) << SeedLimit << true << QByteArray("jpeg") << false;
    QTest::addRow("impossible limit")
        << flat(QSize(800, 600)) << qint64(100) << false << QByteArray() << false;
    QTest::addRow("null image") << QImage() << SeedLimit << false << QByteArray() << false;
}

void TestImageFitter::fit()
{
    QFETCH(QImage, image);
    QFETCH(qint64, maxBytes);
    QFETCH(bool, ok);
    QFETCH(QByteArray, format);
    QFETCH(bool, keepsSize);

    const ImageFitter::Result result = ImageFitter::fit(image, maxBytes);
    QCOMPARE(result.ok, ok);
    if (!ok) {
        QVERIFY(result.bytes.isEmpty());
        QVERIFY(!result.error.isEmpty());
        return;
    }
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.format, format);
    QVERIFY2(result.bytes.size() <= maxBytes, qPrintable(QString::number(result.bytes.size())));
    QCOMPARE(result.reencoded, format != "png");
    QCOMPARE(result.size == image.size(), keepsSize);
    QVERIFY(result.size.width() <= image.width() && result.size.height() <= image.height());
    QVERIFY(qMax(result.size.width(), result.size.height()) >= ImageFitter::MinimumLongerSide);
    // A shrunk picture uses most of the allowance rather than being needlessly small.
    if (!keepsSize)
        QVERIFY2(result.bytes.size() > maxBytes * 3 / 4, qPrintable(result.description));

    const QImage decoded = QImage::fromData(result.bytes, format.constData());
    QVERIFY(!decoded.isNull());
    QCOMPARE(decoded.size(), result.size);
    // The aspect ratio survives shrinking (within a pixel of rounding).
    QVERIFY(qAbs(decoded.width() * image.height() - decoded.height() * image.width()) <=
            image.width() + image.height());
    QVERIFY(result.description.contains(format == "png" ? u"PNG" : u"JPEG"));
    QVERIFY(result.description.contains(
        QStringLiteral("%1×%2").arg(result.size.width()).arg(result.size.height())));
}

void TestImageFitter::transparentAreasTurnWhiteInJpeg()
{
    const ImageFitter::Result result = ImageFitter::fit(noiseWithHole(QSize(1280, 720)), SeedLimit);
    QVERIFY(result.ok);
    const QImage decoded = QImage::fromData(result.bytes, "jpeg");
    const QColor corner = decoded.pixelColor(decoded.width() / 16, decoded.height() / 16);
    QVERIFY2(corner.lightness() > 230, qPrintable(corner.name()));
}

QTEST_MAIN(TestImageFitter)
#include "testimagefitter.moc"
