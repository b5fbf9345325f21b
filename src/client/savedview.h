#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sd::client {

// A ticket view the agent saved, as GET /api/v1/views lists it. `definition` is what
// SavedViewCodec writes; `unsaved` marks a change the server has not confirmed yet (sent while
// offline, or still on its way).
struct SavedView
{
    QString id; // a UUID made by the workstation
    QString name;
    QJsonObject definition;
    int position = 0;
    QDateTime updatedAt;
    bool unsaved = false;
};

} // namespace sd::client
