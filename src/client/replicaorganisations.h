#pragma once

#include "storage/result.h"

#include <QList>
#include <QString>

#include <utility>

namespace sd::client {

// The organisations the replica's tickets name (id, name; by name), for the dashboard's
// organisation filter: the server has no list of organisations for supervisors, and every
// organisation with a ticket is in the replica. One pass over the tickets, so at a million
// rows call it from a worker thread with its own connection.
class ReplicaOrganisations final
{
public:
    ReplicaOrganisations() = delete;

    static storage::Result<QList<std::pair<qint64, QString>>> list(const QString &databaseUrl);
};

} // namespace sd::client
