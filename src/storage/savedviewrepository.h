#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sd::storage {

class Database;

// A ticket view an agent saved: the workstation's filter, sort and columns as JSON text that
// storage keeps without reading. The id is a UUID made by the workstation.
struct SavedView
{
    QString id;
    qint64 userId = 0;
    QString name;
    QString definition;
    int position = 0;
    QDateTime updatedAt;
};

class SavedViewRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SavedViewRepository)
    Q_DISABLE_COPY_MOVE(SavedViewRepository)

public:
    explicit SavedViewRepository(Database &db);

    // The user's views by position, then name (then id, so equal names keep one order).
    Result<QList<SavedView>> listFor(qint64 userId);
    // Creates the view or replaces the user's view with that id. An id that belongs to another
    // user is refused with Conflict and left as it is.
    Result<SavedView> upsert(const SavedView &view);
    // Removing a view that does not exist (or is someone else's) changes nothing and succeeds:
    // a repeated DELETE must not fail.
    Result<void> remove(qint64 userId, const QString &id);

private:
    Database &m_db;
};

} // namespace sd::storage
