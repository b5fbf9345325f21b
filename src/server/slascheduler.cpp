#include "slascheduler.h"

#include "databasepool.h"
#include "slaescalation.h"
#include "storage/escalationrulerepository.h"
#include "storage/serversettings.h"
#include "storage/slaeventrepository.h"
#include "storage/transaction.h"

#include <QLoggingCategory>
#include <QTimer>

namespace sd::server {

namespace {

Q_LOGGING_CATEGORY(lcScheduler, "supportdesk.sla.scheduler")

// A batch that keeps failing must not keep a pass going.
constexpr int MaxBatchesPerKind = 20;
// Events fired in one transaction.
constexpr qsizetype ChunkSize = 250;

} // namespace

SlaScheduler::SlaScheduler(std::shared_ptr<DatabasePool> pool, int intervalMs,
                           std::function<void()> committed, QObject *parent)
    : QObject(parent), m_pool(std::move(pool)), m_intervalMs(intervalMs),
      m_committed(std::move(committed))
{
    m_thread.setObjectName(QStringLiteral("sla-scheduler"));
}

SlaScheduler::~SlaScheduler()
{
    m_thread.quit();
    m_thread.wait();
}

void SlaScheduler::start()
{
    auto *timer = new QTimer;
    timer->setInterval(m_intervalMs);
    timer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, timer, &QObject::deleteLater);
    connect(timer, &QTimer::timeout, timer, [this] { tick(); });
    connect(&m_thread, &QThread::started, timer, [this, timer] {
        tick();
        timer->start();
    });
    m_thread.start();
}

// On the scheduler's thread.
void SlaScheduler::tick()
{
    auto db = m_pool->local();
    if (!db) {
        qCWarning(lcScheduler) << "no database for the SLA scheduler:" << db.error().message;
        return;
    }
    const auto pass = runPass(*db.value(), QDateTime::currentDateTimeUtc());
    if (!pass) {
        qCWarning(lcScheduler) << "SLA scheduler pass failed:" << pass.error().message;
        return;
    }
    if (pass->warnings + pass->breaches > 0 && m_committed)
        m_committed();
    emit passFinished(pass->warnings, pass->breaches);
}

storage::Result<SlaScheduler::Pass> SlaScheduler::runPass(storage::Database &db,
                                                          const QDateTime &now, int batch)
{
    auto rules = storage::EscalationRuleRepository(db).active();
    if (!rules)
        return rules.error();
    auto share = storage::ServerSettings(db).warningShare();
    if (!share)
        return share.error();
    SlaEscalation escalation(db, std::move(rules).value(), share.value());
    storage::SlaEventRepository events(db);
    Pass pass;
    // Breaches first: when a pass is cut short, the more urgent news is out.
    for (const auto kind : {storage::SlaEventKind::Breach, storage::SlaEventKind::Warning}) {
        for (int round = 0; round < MaxBatchesPerKind; ++round) {
            const auto pending = events.pending(kind, now, batch);
            if (!pending)
                return pending.error();
            int progress = 0;
            for (qsizetype from = 0; from < pending->size(); from += ChunkSize)
                progress +=
                    fireChunk(escalation, db, pending->mid(from, ChunkSize), kind, now, pass);
            if (pending->size() < batch || progress == 0)
                break;
        }
    }
    return pass;
}

// One transaction for the chunk (a commit per event made a pass over 1,000 events take
// seconds on PostgreSQL); a chunk that fails is redone event by event, so one ticket that
// cannot be escalated does not hold back the others. Returns the events settled.
int SlaScheduler::fireChunk(SlaEscalation &escalation, storage::Database &db,
                            const QList<storage::SlaDue> &chunk, storage::SlaEventKind kind,
                            const QDateTime &now, Pass &pass)
{
    int &fired = kind == storage::SlaEventKind::Breach ? pass.breaches : pass.warnings;
    {
        storage::Transaction tx(db);
        const auto done =
            tx ? escalation.fireAll(chunk, kind, now) : storage::Result<int>(tx.error());
        if (done && tx.commit()) {
            fired += done.value();
            return int(chunk.size());
        }
    }
    int settled = 0;
    for (const storage::SlaDue &due : chunk) {
        const auto done = escalation.fire(due, kind, now);
        if (!done) {
            ++pass.failed;
            qCWarning(lcScheduler) << "cannot fire" << core::toString(kind) << "of ticket"
                                   << due.ticketId << done.error().message;
            continue;
        }
        ++settled;
        fired += done.value() ? 1 : 0;
    }
    return settled;
}

} // namespace sd::server
