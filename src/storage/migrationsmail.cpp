#include "migrations.h"

namespace sd::storage {

namespace {

// The mail gateway (issue 8). Every Message-ID the system received or sent, with the ticket it
// belongs to: the UNIQUE key makes the same message delivered twice (an MTA retrying, two
// gateways racing) one ticket, and In-Reply-To/References of a reply find their ticket here
// even when the subject lost its tag.
const char16_t *const MailSchema[] = {
    uR"(CREATE TABLE mail_messages (
        id ${ID},
        message_id TEXT NOT NULL UNIQUE,
        ticket_id BIGINT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
        ticket_message_id BIGINT REFERENCES messages (id) ON DELETE SET NULL,
        direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
        received_at ${TS} NOT NULL))",
    uR"(CREATE INDEX mail_messages_ticket_idx ON mail_messages (ticket_id))",
};

} // namespace

Migration Migrations::mailMessages()
{
    Migration migration;
    migration.version = 8;
    migration.description = QStringLiteral("mail gateway: Message-IDs received and sent");
    for (const char16_t *statement : MailSchema) {
        const QString sql = QString::fromUtf16(statement);
        migration.sqlite << expand(sql, Backend::Sqlite);
        migration.postgresql << expand(sql, Backend::PostgreSql);
    }
    return migration;
}

} // namespace sd::storage
