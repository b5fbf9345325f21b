#pragma once

#include <QString>
#include <QStringList>

namespace sd::storage {

// One numbered, forward-only schema step. Each backend gets its own statement list (types and
// full-text search differ); the Migrator runs a step's statements in one transaction and
// records the version in schema_version in that same transaction.
struct Migration
{
    int version = 0;
    QString description;
    QStringList sqlite;
    QStringList postgresql;
};

} // namespace sd::storage
