#pragma once

#include <QDateTime>
#include <QString>

namespace sd::core {

// Metadata of a stored attachment. The content lives once per SHA-256; the type is sniffed
// from the bytes, never trusted from the name.
struct AttachmentInfo
{
    qint64 id = 0;
    QString name;
    QString mimeType;
    qint64 size = 0;
    QString sha256; // lowercase hex
    QDateTime createdAt;
};

} // namespace sd::core
