#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

namespace sd::storage {

class Database;

// One prepared statement with positional `?` parameters: the only way storage passes values
// to SQL. exec() reads every result row at once and hands the prepared query back to the
// Database's cache, so no statement stays active across a COMMIT.
//
// Timestamps: SQLite stores TEXT in UTC ISO-8601 with milliseconds ("2026-03-01T08:15:00.000Z",
// which sorts as time does); PostgreSQL stores TIMESTAMPTZ. Both are bound from that text and
// read back as UTC QDateTimes, so callers never see the difference.
class Statement final
{
    Q_DISABLE_COPY_MOVE(Statement)

public:
    enum class Plan {
        // Prepared once per connection and reused: the rule for everything with a stable plan.
        Reuse,
        // Prepared for this call alone, so PostgreSQL plans with the actual values instead of
        // a generic plan: for full-text queries, where the right plan depends on how common
        // the words are. SQLite reuses either way.
        PerCall,
    };

    Statement(Database &db, QString sql, Plan plan = Plan::Reuse);

    Statement &bind(const QVariant &value);
    // 0 is "none" for ids in the domain structs; it binds NULL.
    Statement &bindId(qint64 id);
    // An invalid QDateTime binds NULL.
    Statement &bindTime(const QDateTime &at);

    // False on failure; error() then says why (and the Database knows if the connection died).
    bool exec();
    // Steps through the rows read by exec().
    bool next();
    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const { return m_row >= 0 ? int(m_rows.at(m_row).size()) : 0; }
    int rowsAffected() const { return m_rowsAffected; }

    QVariant value(int column) const;
    qint64 id(int column) const;
    QString text(int column) const;
    QDateTime time(int column) const;
    bool flag(int column) const;

    const StorageError &error() const { return m_error; }

    // The spelling of a timestamp in SQLite (and what is bound on both backends).
    static QString timeText(const QDateTime &at);

private:
    Database &m_db;
    QString m_sql;
    bool m_reuse = true;
    QVariantList m_values;
    QList<QVariantList> m_rows;
    qsizetype m_row = -1;
    int m_rowsAffected = 0;
    StorageError m_error;
};

} // namespace sd::storage
