#include "pendingsavedviews.h"

#include "storage/statement.h"

#include <QDateTime>
#include <QJsonDocument>

namespace sd::client {

namespace {

const QString Put = QStringLiteral("put");
const QString Delete = QStringLiteral("delete");

} // namespace

storage::Result<void> PendingSavedViews::keepSave(const SavedView &view)
{
    return keep(view.id, Put, &view);
}

storage::Result<void> PendingSavedViews::keepRemoval(const QString &id)
{
    return keep(id, Delete, nullptr);
}

storage::Result<void> PendingSavedViews::keep(const QString &id, const QString &operation,
                                              const SavedView *view)
{
    // REPLACE deletes the view's earlier row and inserts a new one, with the next seq.
    storage::Statement replace(
        m_db, QStringLiteral("INSERT OR REPLACE INTO saved_view_changes (view_id, operation, "
                             "name, definition, position, changed_at) VALUES (?, ?, ?, ?, ?, ?)"));
    replace.bind(id).bind(operation);
    if (view != nullptr)
        replace.bind(view->name)
            .bind(QString::fromUtf8(QJsonDocument(view->definition).toJson(QJsonDocument::Compact)))
            .bind(view->position);
    else // a removal: the view's content is gone
        replace.bind(QVariant()).bind(QVariant()).bind(QVariant());
    if (!replace.bindTime(QDateTime::currentDateTimeUtc()).exec())
        return replace.error();
    return {};
}

storage::Result<void> PendingSavedViews::forget(const QString &id)
{
    storage::Statement erase(m_db,
                             QStringLiteral("DELETE FROM saved_view_changes WHERE view_id = ?"));
    if (!erase.bind(id).exec())
        return erase.error();
    return {};
}

storage::Result<QList<PendingSavedViews::Change>> PendingSavedViews::all()
{
    storage::Statement select(m_db, QStringLiteral("SELECT view_id, operation, name, definition, "
                                                   "position FROM saved_view_changes ORDER BY "
                                                   "seq"));
    if (!select.exec())
        return select.error();
    QList<Change> changes;
    while (select.next()) {
        Change change;
        change.view.id = select.text(0);
        change.removal = select.text(1) == Delete;
        if (!change.removal) {
            change.view.name = select.text(2);
            change.view.definition = QJsonDocument::fromJson(select.text(3).toUtf8()).object();
            change.view.position = select.value(4).toInt();
            change.view.unsaved = true;
        }
        changes.append(change);
    }
    return changes;
}

} // namespace sd::client
