#include "demowriter.h"

#include "core/attachmentpolicy.h"
#include "storage/attachmentrepository.h"

#include "passwordhasher.h"
#include "storage/cannedresponserepository.h"
#include "storage/database.h"
#include "storage/kbarticlerepository.h"
#include "storage/messagerepository.h"
#include "storage/organisationrepository.h"
#include "storage/queuerepository.h"
#include "storage/ticketrepository.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

namespace sd::server {

using sd::storage::Result;
using sd::storage::StorageError;

namespace {

bool isNotFound(const StorageError &error)
{
    return error.kind == StorageError::Kind::NotFound;
}

// The SLA history the demo story implies: the public messages, and a stop from the reply on
// for a ticket waiting for its customer, from the resolution on for a resolved or closed one.
sd::core::SlaFacts slaFacts(const DemoData::DemoTicket &demo)
{
    const sd::core::Ticket &ticket = demo.ticket;
    sd::core::SlaFacts facts = SlaEngine::factsOf(ticket);
    for (const sd::core::Message &message : demo.messages) {
        if (message.kind == sd::core::MessageKind::Customer ||
            message.kind == sd::core::MessageKind::Reply)
            facts.exchanges.append(
                {message.createdAt, message.kind == sd::core::MessageKind::Reply});
    }
    const QString reason = SlaEngine::stopReason(ticket.status, nullptr);
    const bool done = ticket.resolvedAt.isValid();
    if (!reason.isEmpty())
        facts.stops.append(
            {done ? ticket.resolvedAt : ticket.firstResponseAt.toUTC(), QDateTime(), reason});
    return facts;
}

} // namespace

DemoWriter::DemoWriter(sd::storage::Database &db) : m_db(db), m_sla(db) {}

Result<void> DemoWriter::writePeople()
{
    sd::storage::QueueRepository queues(m_db);
    const auto support = queues.findByName(QStringLiteral("Support"));
    const auto development = queues.findByName(QStringLiteral("Development"));
    if (!support)
        return support.error();
    if (!development)
        return development.error();
    m_supportQueue = support->id;
    m_developmentQueue = development->id;

    sd::storage::OrganisationRepository organisations(m_db);
    const auto orgs = m_data.organisations();
    for (int i = 0; i < orgs.size(); ++i) {
        auto found = organisations.findByName(orgs[i].name);
        if (!found && isNotFound(found.error()))
            found = organisations.create(orgs[i]);
        if (!found)
            return found.error();
        m_organisationIds.insert(i, found->id);
    }

    sd::storage::UserRepository users(m_db);
    const auto people = m_data.users();
    for (int i = 0; i < people.size(); ++i) {
        auto found = users.findByLogin(people[i].user.login);
        if (!found && isNotFound(found.error())) {
            sd::core::User user = people[i].user;
            user.organisationId = m_organisationIds.value(people[i].organisationIndex);
            if (user.role != sd::core::UserRole::Customer)
                user.queueIds = {m_supportQueue, m_developmentQueue};
            const QString hash = PasswordHasher::hash(people[i].password);
            if (hash.isEmpty())
                return StorageError{StorageError::Kind::Internal,
                                    tr("Cannot hash passwords: libsodium failed")};
            found = users.create(user, hash);
        }
        if (!found)
            return found.error();
        m_userIds.insert(i, found->id);
    }
    return {};
}

Result<void> DemoWriter::writeArticles()
{
    sd::storage::KbArticleRepository articles(m_db);
    const auto existing = articles.list(false);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return {};
    const QList<std::pair<QString, QString>> texts{
        {QStringLiteral("Права доступа при импорте справочников"),
         QStringLiteral(
             "Ошибка 0x80070005 при импорте означает, что у службы нет прав на "
             "временную папку. Выдайте права на запись папке %TEMP% и повторите импорт.")},
        {QStringLiteral("Дополнительные лицензии: стоимость и активация"),
         QStringLiteral("Дополнительные рабочие места активируются в личном кабинете в разделе "
                        "«Лицензии» после оплаты счёта.")},
        {QStringLiteral("How to collect logs for a support request"),
         QStringLiteral("Open Help, choose Collect diagnostics and attach the resulting archive "
                        "to your request. Logs are kept for seven days.")},
        {QStringLiteral("Configuring LDAP sign-in"),
         QStringLiteral("Enter the directory server, the base DN and a service account with read "
                        "access; then test the connection before switching sign-in over.")},
    };
    for (const auto &[title, body] : texts) {
        sd::core::KbArticle article;
        article.title = title;
        article.bodyText = body;
        article.bodyHtml = QStringLiteral("<p>") + body.toHtmlEscaped() + QStringLiteral("</p>");
        article.locale =
            title.front().unicode() < 0x80 ? QStringLiteral("en") : QStringLiteral("ru");
        if (const auto created = articles.create(article); !created)
            return created.error();
    }
    return {};
}

Result<void> DemoWriter::writeCannedResponses()
{
    sd::storage::CannedResponseRepository responses(m_db);
    const auto existing = responses.count();
    if (!existing)
        return existing.error();
    if (existing.value() > 0)
        return {};
    sd::storage::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    const auto demo = m_data.cannedResponses();
    for (const DemoData::DemoCannedResponse &response : demo) {
        sd::storage::CannedResponse stored;
        stored.title = response.title;
        stored.bodyHtml = response.bodyHtml;
        stored.ownerId = userId(response.ownerIndex);
        if (const auto created = responses.create(stored); !created)
            return created.error();
    }
    return tx.commit();
}

Result<void> DemoWriter::writeTickets(int count)
{
    // A commit per ticket made 100,000 tickets take minutes (each commit is a WAL write, on
    // PostgreSQL a flush); a batch holds the write lock for well under a second.
    constexpr int TicketsPerCommit = 200;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int first = 0; first < count; first += TicketsPerCommit) {
        sd::storage::Transaction tx(m_db);
        if (!tx)
            return tx.error();
        for (int i = first; i < qMin(count, first + TicketsPerCommit); ++i)
            if (const auto written = writeTicket(m_data.ticket(i, now), now); !written)
                return written;
        if (const auto committed = tx.commit(); !committed)
            return committed;
    }
    return {};
}

Result<qint64> DemoWriter::demoLog(qint64 uploadedBy)
{
    const QByteArray content =
        "2026-11-20 10:15:03.412 INFO  Import started: price list 2026-11 (14 210 rows)\n"
        "2026-11-20 10:15:04.020 ERROR Import stopped: access denied (0x80070005) writing "
        "C:\\Users\\svc-import\\AppData\\Local\\Temp\\imp_4411.tmp\n"
        "2026-11-20 10:15:04.021 INFO  Rolled back 0 rows\n";
    const auto verdict = sd::core::AttachmentPolicy().check(QStringLiteral("import.log"), content);
    if (!verdict.allowed)
        return StorageError{StorageError::Kind::Invalid, verdict.reason};
    auto stored = sd::storage::AttachmentRepository(m_db).store(
        QStringLiteral("import.log"), verdict.mimeType, content, uploadedBy);
    if (!stored)
        return stored.error();
    return stored->id;
}

Result<void> DemoWriter::writeTicket(DemoData::DemoTicket demo, const QDateTime &now)
{
    sd::storage::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    sd::core::Ticket ticket = demo.ticket;
    ticket.organisationId = m_organisationIds.value(demo.organisationIndex);
    ticket.requesterId = userId(demo.requesterIndex);
    ticket.assigneeId = userId(demo.assigneeIndex);
    ticket.queueId = demo.development ? m_developmentQueue : m_supportQueue;
    const sd::core::SlaFacts facts = slaFacts(demo);
    const auto targets = m_sla.plan(ticket, facts, now);
    if (!targets)
        return targets.error();
    const auto created = sd::storage::TicketRepository(m_db).create(ticket, ticket.requesterId);
    if (!created)
        return created.error();
    if (const auto stored = m_sla.storeNew(created->id, targets.value(), facts.stops); !stored)
        return stored;
    sd::storage::MessageRepository messages(m_db);
    bool attached = false;
    for (sd::core::Message message : demo.messages) {
        message.ticketId = created->id;
        message.authorId = userId(int(message.authorId));
        // Every fourth ticket's first customer message carries the log it talks about; the
        // same log content is stored once however many tickets carry it.
        if (!attached && message.kind == sd::core::MessageKind::Customer && created->id % 4 == 0) {
            const auto log = demoLog(message.authorId);
            if (!log)
                return log.error();
            message.attachmentIds = {log.value()};
            attached = true;
        }
        if (const auto appended = messages.append(message); !appended)
            return appended.error();
    }
    return tx.commit();
}

} // namespace sd::server
