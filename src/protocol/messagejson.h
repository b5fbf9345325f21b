#pragma once

#include "apierror.h"

#include "core/attachmentinfo.h"
#include "core/message.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace sd::protocol {

// A message as read: {id, ticket_id, kind, author: {id|null, name}|null, created_at, body_html,
// body_text, attachments: [AttachmentJson]}. The author is null for system messages; an
// unknown email sender has a name but no id. Which messages a caller may see (never notes for
// customers) is the server's choice before it gets here.
class MessageJson final
{
public:
    // `attachments` is the metadata of message.attachmentIds, looked up by the server.
    static QJsonObject toJson(const core::Message &message,
                              const QList<core::AttachmentInfo> &attachments);
    // message.attachmentIds is filled from the attachments, whose metadata goes to
    // *attachments when it is not null.
    static std::optional<core::Message>
    fromJson(const QJsonObject &json, QList<core::AttachmentInfo> *attachments, ApiError *error);
};

} // namespace sd::protocol
