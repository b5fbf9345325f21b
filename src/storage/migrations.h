#pragma once

#include "databaseurl.h"
#include "migration.h"

#include <QList>

namespace sd::storage {

// The schema of SupportDesk as a list of migrations, oldest first. Append new steps; never
// edit a released one (databases out there already ran it).
//
// Type conventions (one per backend, hidden behind Statement):
//   ids        SQLite INTEGER PRIMARY KEY AUTOINCREMENT | PostgreSQL BIGINT GENERATED ALWAYS
//              AS IDENTITY (never reused after a delete: clients keep ids)
//   timestamps SQLite TEXT, UTC ISO-8601 with milliseconds ("2026-03-01T08:15:00.000Z")
//              | PostgreSQL TIMESTAMPTZ
//   bytes      BLOB | BYTEA;   JSON  TEXT | JSONB;   flags INTEGER 0/1 | BOOLEAN
//   enums      TEXT holding the sd::core::toString() spelling
class Migrations final
{
public:
    Migrations() = delete;

    static QList<Migration> builtin();
    static int latestVersion();

    // Replaces the type tokens ${ID} ${TS} ${BLOB} ${JSON} ${BOOL} ${NOW} for `backend`.
    static QString expand(const QString &sql, Backend backend);

private:
    static Migration coreSchema();
    static QStringList searchSqlite();
    static QStringList searchPostgres();
    static Migration viewIndexes();
    static Migration savedViews();
    static Migration slaTargets();
    static Migration reportIndexes();
    static Migration slaEscalations();
    static Migration mailMessages();
};

} // namespace sd::storage
