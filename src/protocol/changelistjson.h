#pragma once

#include "apierror.h"
#include "changeentry.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace sd::protocol {

// The answer of GET /api/v1/changes?since=SEQ: {items: [{seq, entity, id, op, at, data?}],
// last_seq}. A "gone" item (ChangeEntry::GoneOp) has a null at and no data.
// last_seq is the caller's next `since`; it may pass the last item's seq when the server
// skipped items the caller may not see.
class ChangeListJson final
{
public:
    struct Page
    {
        QList<ChangeEntry> items;
        qint64 lastSeq = 0;
    };

    static QJsonObject toJson(const Page &page);
    static std::optional<Page> fromJson(const QJsonObject &json, ApiError *error);
};

} // namespace sd::protocol
