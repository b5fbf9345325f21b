#include "migrations.h"

namespace sd::storage {

// The agents' saved ticket views (filter, sort, columns), kept per user on the server so every
// workstation of that agent shows the same list. The id is a UUID the workstation makes, so a
// save it repeats after a lost answer lands on the same row.
Migration Migrations::savedViews()
{
    const QString table = QStringLiteral("CREATE TABLE saved_views (\n"
                                         "    id TEXT PRIMARY KEY,\n"
                                         "    user_id BIGINT NOT NULL REFERENCES users (id) ON "
                                         "DELETE CASCADE,\n"
                                         "    name TEXT NOT NULL,\n"
                                         "    definition TEXT NOT NULL,\n"
                                         "    position INTEGER NOT NULL DEFAULT 0,\n"
                                         "    updated_at ${TS} NOT NULL)");
    const QString index =
        QStringLiteral("CREATE INDEX saved_views_user_idx ON saved_views (user_id, position)");
    Migration migration;
    migration.version = 4;
    migration.description = QStringLiteral("saved ticket views per user");
    migration.sqlite = {expand(table, Backend::Sqlite), index};
    migration.postgresql = {expand(table, Backend::PostgreSql), index};
    return migration;
}

} // namespace sd::storage
