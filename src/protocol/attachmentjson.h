#pragma once

#include "apierror.h"

#include "core/attachmentinfo.h"

#include <QJsonObject>
#include <optional>

namespace sd::protocol {

// Attachment metadata on the wire: {id, name, type, size, sha256, created_at}. The answer to
// POST /api/v1/attachments and each item of a message's attachments; `type` is the sniffed
// MIME type.
class AttachmentJson final
{
public:
    static QJsonObject toJson(const core::AttachmentInfo &attachment);
    static std::optional<core::AttachmentInfo> fromJson(const QJsonObject &json, ApiError *error);
};

} // namespace sd::protocol
