#pragma once

#include "result.h"

#include <QtGlobal>

namespace sd::storage {

class Database;

// Begins a transaction on construction and rolls it back on destruction unless commit()
// succeeded, so an early return or a failed statement never leaves half a change behind.
// A Transaction opened while another is open on the same Database joins it: a repository
// call made inside a caller's transaction becomes part of it, its commit() only counts down,
// and its rollback (or destruction without commit) dooms the whole transaction, whose
// outermost commit() then rolls back and fails. (PostgreSQL aborts the whole transaction on
// any failed statement anyway, and joining costs no round trip, unlike savepoints.)
//
//     Transaction tx(db);
//     if (!tx)
//         return tx.error();
//     ... statements ...
//     return tx.commit();
//
// Write transactions on SQLite take the write lock at once (BEGIN IMMEDIATE) so two writers
// queue on the busy timeout instead of failing midway. Read transactions see one snapshot
// (REPEATABLE READ on PostgreSQL); a read transaction joined by writes stays what the
// outermost one was.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    enum class Mode {
        Write,
        Read,
    };

    explicit Transaction(Database &db, Mode mode = Mode::Write);
    ~Transaction();

    // False when beginning failed (error() says why) or after commit/rollback.
    bool isActive() const { return m_active; }
    explicit operator bool() const { return m_active; }
    const StorageError &error() const { return m_error; }

    Result<void> commit();
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
    StorageError m_error;
};

} // namespace sd::storage
