#include "draftstore.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <tuple>

namespace sd::client {

namespace {

QString filesJson(const QList<DraftFile> &files)
{
    QJsonArray array;
    for (const DraftFile &file : files)
        array.append(
            QJsonObject{{QStringLiteral("path"), file.path}, {QStringLiteral("name"), file.name}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<DraftFile> filesFrom(const QString &json)
{
    QList<DraftFile> files;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        DraftFile file{object.value(QStringLiteral("path")).toString(),
                       object.value(QStringLiteral("name")).toString()};
        if (!file.path.isEmpty())
            files.append(file);
    }
    return files;
}

// The replica runs with synchronous=NORMAL: a commit survives a crash of the program, but
// after a power cut everything since the last checkpoint may be gone, which can be minutes of
// typing. With FULL, this commit syncs the write-ahead log before it returns (an fsync of a
// few milliseconds, at most twice a second while someone types). The setting belongs to the
// connection, so it goes back to what it was afterwards.
class SyncedWrites final
{
    Q_DISABLE_COPY_MOVE(SyncedWrites)

public:
    explicit SyncedWrites(storage::Database &db) : m_db(db)
    {
        // Inside a caller's transaction the commit, and so the sync, is not ours to make.
        if (m_db.backend() != storage::Backend::Sqlite || m_db.inTransaction())
            return;
        storage::Statement current(m_db, QStringLiteral("PRAGMA synchronous"));
        if (!current.exec() || !current.next())
            return;
        m_previous = current.text(0);
        if (!m_db.execute(QStringLiteral("PRAGMA synchronous = FULL")))
            m_previous.clear();
    }
    ~SyncedWrites()
    {
        // PRAGMAs take no bound values; this one is the number SQLite itself reported.
        if (!m_previous.isEmpty())
            std::ignore = m_db.execute(QStringLiteral("PRAGMA synchronous = ") + m_previous);
    }

private:
    storage::Database &m_db;
    QString m_previous;
};

} // namespace

storage::Result<void> DraftStore::save(qint64 ticketId, const Draft &draft)
{
    const SyncedWrites synced(m_db);
    storage::Statement upsert(
        m_db, QStringLiteral("INSERT INTO drafts (ticket_id, kind, html, files, seen_message_id, "
                             "saved_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (ticket_id) DO "
                             "UPDATE SET kind = excluded.kind, html = excluded.html, files = "
                             "excluded.files, seen_message_id = excluded.seen_message_id, "
                             "saved_at = excluded.saved_at"));
    upsert.bind(ticketId).bind(core::toString(draft.kind)).bind(draft.html);
    upsert.bind(filesJson(draft.files)).bindId(draft.seenMessageId);
    if (!upsert.bindTime(QDateTime::currentDateTimeUtc()).exec())
        return upsert.error();
    return {};
}

storage::Result<std::optional<Draft>> DraftStore::load(qint64 ticketId)
{
    storage::Statement select(m_db, QStringLiteral("SELECT kind, html, files, seen_message_id, "
                                                   "saved_at FROM drafts WHERE ticket_id = ?"));
    if (!select.bind(ticketId).exec())
        return select.error();
    if (!select.next())
        return std::optional<Draft>();
    Draft draft;
    draft.kind = core::fromString<core::MessageKind>(select.text(0)) == core::MessageKind::Note
                     ? core::MessageKind::Note
                     : core::MessageKind::Reply;
    draft.html = select.text(1);
    draft.files = filesFrom(select.text(2));
    draft.seenMessageId = select.id(3);
    draft.savedAt = select.time(4);
    return std::optional<Draft>(draft);
}

storage::Result<void> DraftStore::remove(qint64 ticketId)
{
    storage::Statement erase(m_db, QStringLiteral("DELETE FROM drafts WHERE ticket_id = ?"));
    if (!erase.bind(ticketId).exec())
        return erase.error();
    return {};
}

} // namespace sd::client
