#include "migrations.h"

#include <utility>

namespace sd::storage {

QList<Migration> Migrations::builtin()
{
    Migration search;
    search.version = 2;
    search.description = QStringLiteral("full-text search with Russian and English stemming");
    search.sqlite = searchSqlite();
    search.postgresql = searchPostgres();
    return {coreSchema(), search,          viewIndexes(),    savedViews(),
            slaTargets(), reportIndexes(), slaEscalations(), mailMessages()};
}

int Migrations::latestVersion()
{
    return builtin().constLast().version;
}

QString Migrations::expand(const QString &sql, Backend backend)
{
    const bool sqlite = backend == Backend::Sqlite;
    const std::pair<QLatin1StringView, QLatin1StringView> tokens[] = {
        {QLatin1StringView("${ID}"),
         sqlite ? QLatin1StringView("INTEGER PRIMARY KEY AUTOINCREMENT")
                : QLatin1StringView("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY")},
        {QLatin1StringView("${TS}"), QLatin1StringView(sqlite ? "TEXT" : "TIMESTAMPTZ")},
        {QLatin1StringView("${BLOB}"), QLatin1StringView(sqlite ? "BLOB" : "BYTEA")},
        {QLatin1StringView("${JSON}"), QLatin1StringView(sqlite ? "TEXT" : "JSONB")},
        {QLatin1StringView("${BOOL}"), QLatin1StringView(sqlite ? "INTEGER" : "BOOLEAN")},
        {QLatin1StringView("${NOW}"),
         sqlite ? QLatin1StringView("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")
                : QLatin1StringView("now()")},
    };
    QString out = sql;
    for (const auto &[token, replacement] : tokens)
        out.replace(token, replacement);
    return out;
}

} // namespace sd::storage
