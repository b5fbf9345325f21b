#pragma once

#include "storage/migration.h"

#include <QList>

namespace sd::client {

// The schema of a workstation's local replica: a SQLite database per server and user,
// migrated with the same storage::Migrator as the server's. It keeps what the user may see
// as the server sent it (the wire JSON, so a newer server's extra fields survive) next to the
// columns the local views filter and sort on, plus the client's own state: the sync cursor
// and the outbox of writes not yet acknowledged.
class ReplicaSchema final
{
public:
    ReplicaSchema() = delete;

    static QList<storage::Migration> migrations();
};

} // namespace sd::client
