#include "storagebench.h"

#include "benchcorpus.h"
#include "core/message.h"
#include "core/ticket.h"
#include "figure.h"
#include "latencies.h"
#include "storage/database.h"
#include "storage/messagerepository.h"
#include "storage/migrator.h"
#include "storage/ticketrepository.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>

namespace sd::bench {

namespace {

bool report(const sd::storage::StorageError &error)
{
    QTextStream(stderr) << "bench-storage: " << error.message << Qt::endl;
    return false;
}

// Inserts one ticket with its messages inside the caller's transaction.
bool insertTicket(sd::storage::Database &db, BenchCorpus &corpus, int index)
{
    using namespace sd::storage;
    sd::core::Ticket ticket;
    ticket.subject = corpus.subject();
    ticket.description = corpus.message();
    ticket.product = QStringLiteral("Business Studio");
    ticket.productVersion = QStringLiteral("5.%1").arg(index % 10);
    const auto created = TicketRepository(db).create(ticket, 0);
    if (!created)
        return report(created.error());
    MessageRepository messages(db);
    for (int m = 0; m < 3; ++m) {
        sd::core::Message message;
        message.ticketId = created->id;
        message.kind = m == 1 ? sd::core::MessageKind::Reply : sd::core::MessageKind::Customer;
        message.bodyText = corpus.message();
        message.bodyHtml = QStringLiteral("<p>") + message.bodyText + QStringLiteral("</p>");
        if (const auto appended = messages.append(message); !appended)
            return report(appended.error());
    }
    return true;
}

// Inserts `count` tickets, `perTransaction` to a commit; returns tickets per second or -1.
double insertTickets(sd::storage::Database &db, BenchCorpus &corpus, int first, int count,
                     int perTransaction)
{
    QElapsedTimer timer;
    timer.start();
    for (int done = 0; done < count;) {
        sd::storage::Transaction tx(db);
        if (!tx)
            return report(tx.error()), -1;
        for (int i = 0; i < perTransaction && done < count; ++i, ++done)
            if (!insertTicket(db, corpus, first + done))
                return -1;
        if (const auto committed = tx.commit(); !committed)
            return report(committed.error()), -1;
    }
    return count / (timer.nsecsElapsed() / 1e9);
}

} // namespace

StorageBench::StorageBench(QString databaseUrl, Sizes sizes)
    : m_url(std::move(databaseUrl)), m_sizes(sizes)
{}

bool StorageBench::run(const QString &givenLabel)
{
    using namespace sd::storage;
    auto opened = Database::open(m_url);
    if (!opened)
        return report(opened.error());
    Database &db = *opened.value();
    const QString label = !givenLabel.isEmpty()             ? givenLabel
                          : db.backend() == Backend::Sqlite ? QStringLiteral("sqlite")
                                                            : QStringLiteral("postgresql");
    if (const auto migrated = Migrator(db).migrate(); !migrated)
        return report(migrated.error());

    // One commit per ticket is what the server does for each acknowledged request; the rest
    // of the data set goes in batches (imports, demo data) so the full run stays affordable.
    BenchCorpus corpus;
    const int single = std::min(m_sizes.tickets, m_sizes.singleCommitTickets);
    const double singleRate = insertTickets(db, corpus, 0, single, 1);
    if (singleRate < 0)
        return false;
    printFigure(QStringLiteral("storage.%1.insert.rate").arg(label), singleRate,
                QStringLiteral("tickets/s"));
    if (m_sizes.tickets > single) {
        const double batchRate = insertTickets(db, corpus, single, m_sizes.tickets - single, 500);
        if (batchRate < 0)
            return false;
        printFigure(QStringLiteral("storage.%1.insert_batched.rate").arg(label), batchRate,
                    QStringLiteral("tickets/s"));
    }
    printFigure(QStringLiteral("storage.%1.messages").arg(label), m_sizes.tickets * 3.0,
                QStringLiteral("messages"));

    QElapsedTimer timer;

    Latencies latencies;
    qint64 hits = 0;
    TicketRepository tickets(db);
    for (const QString &query : corpus.queries(m_sizes.queries)) {
        TicketFilter filter;
        filter.text = query;
        filter.limit = 50;
        timer.restart();
        const auto page = tickets.list(filter);
        latencies.add(timer.nsecsElapsed() / 1e6);
        if (!page)
            return report(page.error());
        hits += page->items.size();
    }
    printFigure(QStringLiteral("storage.%1.fts.p50").arg(label), latencies.percentile(50),
                QStringLiteral("ms"));
    printFigure(QStringLiteral("storage.%1.fts.p95").arg(label), latencies.percentile(95),
                QStringLiteral("ms"));
    printFigure(QStringLiteral("storage.%1.fts.hits_per_query").arg(label),
                double(hits) / m_sizes.queries, QStringLiteral("tickets"));
    return true;
}

} // namespace sd::bench
