#include "savedviewrepository.h"

#include "database.h"
#include "statement.h"

namespace sd::storage {

SavedViewRepository::SavedViewRepository(Database &db) : m_db(db) {}

Result<QList<SavedView>> SavedViewRepository::listFor(qint64 userId)
{
    Statement select(m_db, QStringLiteral("SELECT id, user_id, name, definition, position, "
                                          "updated_at FROM saved_views WHERE user_id = ? ORDER BY "
                                          "position, name, id"));
    if (!select.bind(userId).exec())
        return select.error();
    QList<SavedView> views;
    views.reserve(select.rowCount());
    while (select.next()) {
        SavedView view;
        view.id = select.text(0);
        view.userId = select.id(1);
        view.name = select.text(2);
        view.definition = select.text(3);
        view.position = int(select.id(4));
        view.updatedAt = select.time(5);
        views.append(view);
    }
    return views;
}

Result<SavedView> SavedViewRepository::upsert(const SavedView &input)
{
    SavedView view = input;
    view.updatedAt = QDateTime::currentDateTimeUtc();
    // One statement, so two saves of the same new id cannot both try to insert; the WHERE of
    // the update part leaves another user's row alone (and reports no row changed).
    Statement upsert(m_db, QStringLiteral("INSERT INTO saved_views (id, user_id, name, "
                                          "definition, position, updated_at) VALUES (?, ?, ?, ?, "
                                          "?, ?) ON CONFLICT (id) DO UPDATE SET name = "
                                          "excluded.name, definition = excluded.definition, "
                                          "position = excluded.position, updated_at = "
                                          "excluded.updated_at WHERE saved_views.user_id = "
                                          "excluded.user_id"));
    upsert.bind(view.id).bindId(view.userId).bind(view.name).bind(view.definition);
    if (!upsert.bind(view.position).bindTime(view.updatedAt).exec())
        return upsert.error();
    if (upsert.rowsAffected() == 0)
        return StorageError{StorageError::Kind::Conflict,
                            tr("The saved view id %1 is already taken.").arg(view.id)};
    return view;
}

Result<void> SavedViewRepository::remove(qint64 userId, const QString &id)
{
    Statement remove(m_db, QStringLiteral("DELETE FROM saved_views WHERE id = ? AND user_id = ?"));
    if (!remove.bind(id).bindId(userId).exec())
        return remove.error();
    return {};
}

} // namespace sd::storage
