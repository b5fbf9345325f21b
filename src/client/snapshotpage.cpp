#include "snapshotpage.h"

namespace sd::client {

std::optional<SnapshotPage> SnapshotPage::read(QByteArray body, QString *error)
{
    SnapshotPage page;
    page.m_body = std::move(body);
    JsonScanner scanner(page.m_body);
    bool read = scanner.beginObject();
    JsonScanner::String key;
    while (read && scanner.nextMember(&key))
        read = page.readMember(scanner, key);
    if (!read || scanner.failed() || !scanner.atEnd()) {
        *error = tr("The server sent a sync page that could not be read (at byte %1).")
                     .arg(scanner.position());
        return std::nullopt;
    }
    return page;
}

bool SnapshotPage::readMember(JsonScanner &scanner, const JsonScanner::String &key)
{
    if (JsonScanner::keyIs(key, "items"))
        return readItems(scanner);
    if (JsonScanner::keyIs(key, "seq"))
        return scanner.readInteger(&m_seq);
    if (JsonScanner::keyIs(key, "total")) {
        qint64 total = 0;
        if (!scanner.readInteger(&total))
            return false;
        m_total = total;
        return true;
    }
    if (JsonScanner::keyIs(key, "cursors"))
        return readCursors(scanner);
    if (JsonScanner::keyIs(key, "next") && scanner.peek() == '"') {
        JsonScanner::String next;
        if (!scanner.readString(&next))
            return false;
        m_next = QString::fromUtf8(next.escaped ? JsonScanner::unescaped(next.raw)
                                                : next.raw.toByteArray());
        return true;
    }
    return scanner.skipValue();
}

bool SnapshotPage::readItems(JsonScanner &scanner)
{
    if (!scanner.beginArray())
        return false;
    // About three messages a ticket; a page holds a few hundred tickets.
    m_messages.reserve(m_messages.size() + 1024);
    if (m_messageStarts.isEmpty())
        m_messageStarts.append(m_messages.size());
    while (scanner.nextElement()) {
        TicketRecord ticket;
        if (!ticket.read(scanner, &m_messages))
            return false;
        m_tickets.append(ticket);
        m_messageStarts.append(m_messages.size());
    }
    return !scanner.failed();
}

bool SnapshotPage::readCursors(JsonScanner &scanner)
{
    if (!scanner.beginArray())
        return false;
    m_hasCursors = true;
    while (scanner.nextElement()) {
        // Written as strings, like `next`.
        JsonScanner::String text;
        if (!scanner.readString(&text))
            return false;
        bool ok = false;
        const qint64 cursor = text.raw.toLongLong(&ok);
        if (!ok || text.escaped)
            return false;
        m_cursors.append(cursor);
    }
    return !scanner.failed();
}

std::span<const MessageRecord> SnapshotPage::messagesOf(qsizetype ticket) const
{
    const qsizetype from = m_messageStarts.at(ticket);
    return std::span<const MessageRecord>(m_messages.constData() + from,
                                          m_messageStarts.at(ticket + 1) - from);
}

} // namespace sd::client
