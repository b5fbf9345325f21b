#include "readmarks.h"

#include "storage/statement.h"

#include <QDateTime>

namespace sd::client {

storage::Result<void> ReadMarks::begin()
{
    storage::Statement insert(m_db, QStringLiteral("INSERT INTO sync_state (key, value) VALUES "
                                                   "('reads_since', ?) ON CONFLICT (key) DO "
                                                   "NOTHING"));
    // The replica's times are UTC with milliseconds (the server's wire format), compared as
    // text.
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (!insert.bind(now).exec())
        return insert.error();
    return {};
}

storage::Result<void> ReadMarks::markRead(qint64 ticketId)
{
    storage::Statement upsert(m_db, QStringLiteral("INSERT INTO ticket_reads (ticket_id, "
                                                   "seen_updated_at) SELECT id, "
                                                   "coalesce(updated_at, created_at, '') FROM "
                                                   "tickets WHERE id = ? ON CONFLICT (ticket_id) "
                                                   "DO UPDATE SET seen_updated_at = "
                                                   "excluded.seen_updated_at"));
    if (!upsert.bind(ticketId).exec())
        return upsert.error();
    return {};
}

} // namespace sd::client
