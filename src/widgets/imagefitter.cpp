#include "imagefitter.h"

#include <QBuffer>
#include <QImageWriter>
#include <QLocale>
#include <QPainter>
#include <QtMath>

namespace sd::widgets {

namespace {

// Above 90 JPEG grows fast for little visible gain; below 50 text in a screenshot smears.
constexpr int JpegQualities[] = {90, 80, 70, 60, 50};
// Shrunk images keep a middle quality: a smaller sharp picture reads better than a full-size
// one full of block artefacts.
constexpr int ScaledQuality = 70;

QImage opaque(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return image;
    // JPEG has no alpha: see-through pixels would turn black.
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    return flat;
}

QString formatName(const QByteArray &format)
{
    return format == "jpeg" ? QStringLiteral("JPEG") : QString::fromLatin1(format).toUpper();
}

ImageFitter::Result success(QByteArray bytes, const QByteArray &format, const QSize &size,
                            int quality, bool reencoded)
{
    ImageFitter::Result result;
    result.ok = true;
    result.bytes = std::move(bytes);
    result.format = format;
    result.size = size;
    result.quality = quality;
    result.reencoded = reencoded;
    const QString bytesText = QLocale().formattedDataSize(result.bytes.size(), 1);
    result.description = reencoded ? ImageFitter::tr("re-encoded as %1, %2×%3, %4")
                                         .arg(formatName(format))
                                         .arg(size.width())
                                         .arg(size.height())
                                         .arg(bytesText)
                                   : ImageFitter::tr("%1, %2×%3, %4")
                                         .arg(formatName(format))
                                         .arg(size.width())
                                         .arg(size.height())
                                         .arg(bytesText);
    return result;
}

struct Attempt
{
    QByteArray bytes; // empty when it did not fit
    QSize size;
};

Attempt encodeScaled(const QImage &flat, qreal factor, qint64 maxBytes)
{
    const QImage scaled = flat.scaled((QSizeF(flat.size()) * factor).toSize(), Qt::KeepAspectRatio,
                                      Qt::SmoothTransformation);
    QByteArray jpeg = ImageFitter::encode(scaled, "jpeg", ScaledQuality);
    if (jpeg.isEmpty() || jpeg.size() > maxBytes)
        jpeg.clear();
    return {jpeg, scaled.size()};
}

// The largest JPEG of `flat` scaled down that fits, or no bytes and the smallest size tried.
Attempt shrink(const QImage &flat, qint64 maxBytes, qint64 fullSizeBytes)
{
    const int longerSide = qMax(flat.width(), flat.height());
    const qreal minFactor = qreal(ImageFitter::MinimumLongerSide) / longerSide;
    if (minFactor >= 1.0)
        return {{}, flat.size()};
    // JPEG size grows about with the pixel count, so the first guess aims just under the
    // limit; each miss shrinks by at least 15 % more, down to the smallest readable size.
    qreal tooLarge = 1.0;
    qreal factor =
        qBound(minFactor, qSqrt(qreal(maxBytes) / qMax<qint64>(fullSizeBytes, 1)) * 0.95, 0.9);
    Attempt best = encodeScaled(flat, factor, maxBytes);
    while (best.bytes.isEmpty()) {
        if (factor <= minFactor)
            return best;
        tooLarge = factor;
        factor = qMax(minFactor, factor * 0.85);
        best = encodeScaled(flat, factor, maxBytes);
    }
    // Smaller pictures compress better than the guess assumes, so it often lands well under
    // the limit: a few halvings of the gap find a larger size that still fits.
    for (int step = 0; step < 3 && (tooLarge - factor) * longerSide >= 16; ++step) {
        const qreal middle = (factor + tooLarge) / 2;
        Attempt attempt = encodeScaled(flat, middle, maxBytes);
        if (attempt.bytes.isEmpty()) {
            tooLarge = middle;
        } else {
            best = std::move(attempt);
            factor = middle;
        }
    }
    return best;
}

ImageFitter::Result failure(const QString &error)
{
    ImageFitter::Result result;
    result.error = error;
    return result;
}

} // namespace

QByteArray ImageFitter::encode(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (qstrcmp(format, "jpeg") == 0)
        writer.setOptimizedWrite(true);
    if (!writer.write(image))
        return {};
    return bytes;
}

ImageFitter::Result ImageFitter::fit(const QImage &image, qint64 maxBytes)
{
    if (image.isNull())
        return failure(tr("The picture is empty or could not be read."));
    const QString limitText = QLocale().formattedDataSize(maxBytes);

    QByteArray png = encode(image, "png");
    if (!png.isEmpty() && png.size() <= maxBytes)
        return success(std::move(png), "png", image.size(), -1, false);

    const QImage flat = opaque(image);
    qint64 fullSizeBytes = 0;
    for (const int quality : JpegQualities) {
        QByteArray jpeg = encode(flat, "jpeg", quality);
        if (quality == ScaledQuality)
            fullSizeBytes = jpeg.size();
        if (!jpeg.isEmpty() && jpeg.size() <= maxBytes)
            return success(std::move(jpeg), "jpeg", flat.size(), quality, true);
    }

    const Attempt shrunk = shrink(flat, maxBytes, fullSizeBytes);
    if (!shrunk.bytes.isEmpty())
        return success(shrunk.bytes, "jpeg", shrunk.size, ScaledQuality, true);
    const QSize smallest = shrunk.size;
    return failure(tr("This picture cannot be shrunk to %1 or less and stay readable (tried down "
                      "to %2×%3 pixels). Capture a smaller part of the screen instead.")
                       .arg(limitText)
                       .arg(smallest.width())
                       .arg(smallest.height()));
}

} // namespace sd::widgets
