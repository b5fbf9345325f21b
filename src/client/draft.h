#pragma once

#include "core/messagekind.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sd::client {

// A file attached to a draft: where it waits on disk and the name it is sent under.
struct DraftFile
{
    QString path;
    QString name;

    bool operator==(const DraftFile &) const = default;
};

// The reply an agent is writing in one ticket, as DraftStore keeps it.
struct Draft
{
    core::MessageKind kind = core::MessageKind::Reply; // Reply or Note
    QString html; // the editor's own document HTML, for restoring it as it was
    QList<DraftFile> files;
    // The newest message the agent had seen when they began (0: not known), so the owner can
    // warn before sending an answer to a conversation that has moved on.
    qint64 seenMessageId = 0;
    QDateTime savedAt; // set by DraftStore::save()
};

} // namespace sd::client
