#pragma once

#include "fieldconflict.h"

#include <QJsonObject>
#include <QList>

namespace sd::client {

// The three-way merge of ticket fields after a 409: the local edit (a PATCH body) was made
// from `base`; the server's ticket has moved on. A field only the local side changed is sent
// again, one only the other side changed is left as the server has it, one both changed to
// the same value needs nothing, and only one both changed differently is a conflict for the
// user. Works on wire values, so the merge needs no knowledge of what a field means.
class FieldMerge final
{
public:
    FieldMerge() = delete;

    struct Outcome
    {
        QJsonObject patch; // what still has to be sent
        QList<FieldConflict> conflicts;
    };

    // The value of PATCH field `field` in a ticket's read shape ("queue_id" reads queue.id).
    // Empty texts, empty lists and id 0 read as null, as the server stores them.
    static QJsonValue valueOf(const QJsonObject &ticket, const QString &field);
    // Every patchable field of `ticket` in the PATCH shape: the base an edit starts from.
    static QJsonObject snapshot(const QJsonObject &ticket);
    static Outcome merge(const QJsonObject &base, const QJsonObject &mine,
                         const QJsonObject &theirsTicket);
    // `ticket` (read shape) as it looks with `patch` applied, for showing a pending edit.
    static QJsonObject overlay(QJsonObject ticket, const QJsonObject &patch);

private:
    static QJsonValue normalized(const QJsonValue &value);
};

} // namespace sd::client
