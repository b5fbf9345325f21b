#pragma once

#include <QString>

namespace sd::widgets {

// A file the policy accepted, ready to upload: where it is on disk and the name to send.
struct AttachmentFile
{
    QString path;
    QString name;
    QString mimeType;
    qint64 size = 0;
};

} // namespace sd::widgets
