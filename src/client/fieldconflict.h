#pragma once

#include <QJsonValue>
#include <QString>

namespace sd::client {

// One ticket field both this user and someone else changed, differently, from the same
// starting point. Values are in the PATCH shape (queue_id, assignee_id: ids or null).
struct FieldConflict
{
    QString field;
    QJsonValue base;   // when the local edit started
    QJsonValue mine;   // the local edit
    QJsonValue theirs; // on the server now

    friend bool operator==(const FieldConflict &, const FieldConflict &) = default;
};

} // namespace sd::client
