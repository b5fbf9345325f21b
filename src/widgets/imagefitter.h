#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

namespace sd::widgets {

// Encodes an image so that it fits an installation's attachment limit (seed 004: 300 KB):
// PNG as it is, then JPEG at falling quality, then JPEG at falling sizes. Pure, so the
// choices are tested on generated images.
class ImageFitter final
{
    Q_DECLARE_TR_FUNCTIONS(ImageFitter)

public:
    struct Result
    {
        bool ok = false;
        QByteArray bytes;
        QByteArray format; // "png" or "jpeg", as QImageWriter names them
        QSize size;
        int quality = -1; // JPEG only
        bool reencoded = false;
        QString description; // for the attachment chip, e.g. "re-encoded as JPEG, 1280×720, 290 KB"
        QString error;       // when !ok, in plain words
    };

    // Below this longer side a shrunk screenshot is no longer readable, so fitting gives up.
    static constexpr int MinimumLongerSide = 320;

    static Result fit(const QImage &image, qint64 maxBytes);

    static QByteArray encode(const QImage &image, const char *format, int quality = -1);
};

} // namespace sd::widgets
