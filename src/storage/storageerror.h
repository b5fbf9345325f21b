#pragma once

#include <QString>

namespace sd::storage {

// Why a storage call failed: the kind is coarse enough for the server to pick an HTTP status
// and the CLI an exit code; the message is for people and names the database (never its
// password).
struct StorageError
{
    enum class Kind {
        NotFound,       // the row asked for does not exist
        Conflict,       // a stale version or a state that forbids the change
        Duplicate,      // a unique key (login, number, idempotency key...) is already taken
        Invalid,        // the input breaks a rule of the schema or the URL is malformed
        Unavailable,    // the database cannot be reached/opened, or the connection was lost
        Busy,           // another writer held the lock longer than the busy timeout
        Corrupt,        // the file is damaged or not a database
        SchemaMismatch, // made by a newer SupportDesk, not migrated yet, or not ours at all
        Internal,       // anything else the driver reported
    };

    Kind kind = Kind::Internal;
    QString message;
};

} // namespace sd::storage
