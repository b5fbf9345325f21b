#include "syncbench.h"

#include "benchserver.h"
#include "benchworkstation.h"
#include "client/replica.h"
#include "client/syncengine.h"
#include "figure.h"
#include "latencies.h"
#include "processstats.h"
#include "propagationprobe.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "syncdataset.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

namespace sd::bench {

namespace {

using client::SyncEngine;

constexpr int EditedTickets = 20;
constexpr int OnlineTimeoutMs = 60000;

// Runs the event loop until `engine` is Online (or gives up after the timeout).
bool waitOnline(SyncEngine &engine)
{
    if (engine.state() == SyncEngine::State::Online)
        return true;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::stateChanged, &loop, [&loop](SyncEngine::State state) {
        if (state == SyncEngine::State::Online)
            loop.quit();
    });
    QTimer::singleShot(OnlineTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return engine.state() == SyncEngine::State::Online;
}

// The newest tickets of the replica: the edits go to them.
QList<qint64> newestTickets(client::Replica &replica, QString *error)
{
    storage::Statement select(replica.database(),
                              QStringLiteral("SELECT id FROM tickets ORDER BY id DESC LIMIT ?"));
    QList<qint64> ids;
    if (!select.bind(EditedTickets).exec())
        return *error = select.error().message, ids;
    while (select.next())
        ids.append(select.id(0));
    if (ids.isEmpty())
        *error = QStringLiteral("the replica holds no ticket to edit");
    return ids;
}

} // namespace

SyncBench::SyncBench(Options options) : m_options(std::move(options)) {}

SyncBench::~SyncBench() = default;

QString SyncBench::backendName() const
{
    return m_sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

void SyncBench::print(const QString &figure, double value, const QString &unit, bool contract)
{
    const qsizetype dot = figure.indexOf(u'.');
    printFigure(u"sync." + figure.left(dot) + u'.' + backendName() + figure.mid(dot), value, unit);
    if (contract && m_sqlite)
        printFigure(u"sync." + figure, value, unit);
}

bool SyncBench::fail(const QString &error) const
{
    QTextStream(stderr) << "bench-sync (" << backendName() << "): " << error << Qt::endl;
    return false;
}

void SyncBench::phaseDone(const QString &phase) const
{
    QTextStream(stderr) << "bench-sync (" << backendName() << "): " << phase << Qt::endl;
}

bool SyncBench::seed()
{
    QElapsedTimer timer;
    timer.start();
    auto db = storage::Database::open(m_options.databaseUrl);
    if (!db)
        return fail(db.error().message);
    m_sqlite = db.value()->backend() == storage::Backend::Sqlite;
    SyncDataSet data(*db.value());
    QString error;
    if (!data.create(m_options.tickets, &error))
        return fail(QStringLiteral("seeding: ") + error);
    m_supervisor = data.supervisorLogin();
    m_agent = data.agentLogin();
    m_password = data.password();
    phaseDone(QStringLiteral("seeded %1 tickets with %2 messages in %3 s")
                  .arg(m_options.tickets)
                  .arg(m_options.tickets * SyncDataSet::MessagesPerTicket)
                  .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return true;
}

bool SyncBench::firstSync(BenchServer &server, BenchWorkstation &watcher)
{
    SyncEngine &engine = *watcher.engine();
    const qint64 serverPid = server.processId();
    ProcessStats::resetPeak();
    ProcessStats::resetPeak(serverPid);
    const double clientCpu = ProcessStats::cpuSeconds();
    const double serverCpu = ProcessStats::cpuSeconds(serverPid);
    QEventLoop loop;
    QElapsedTimer clock;
    double seconds = -1;
    QObject::connect(&engine, &SyncEngine::firstSyncFinished, &loop, [&] {
        seconds = clock.nsecsElapsed() / 1e9;
        loop.quit();
    });
    QObject::connect(&engine, &SyncEngine::stateChanged, &loop, [&loop](SyncEngine::State state) {
        if (state == SyncEngine::State::Stopped || state == SyncEngine::State::Offline)
            loop.quit();
    });
    QTimer::singleShot(m_options.firstSyncTimeoutSeconds * 1000, &loop, &QEventLoop::quit);
    clock.start();
    engine.start();
    loop.exec();
    if (seconds < 0)
        return fail(QStringLiteral("the first sync did not finish: ") + engine.lastError());
    const double clientPeak = ProcessStats::peakMegabytes();
    const double serverPeak = ProcessStats::peakMegabytes(serverPid);
    const auto tickets = watcher.replica()->ticketCount();
    const auto messages = watcher.replica()->messageCount();
    if (!tickets || !messages)
        return fail(QStringLiteral("counting the replica failed"));
    if (tickets.value() != m_options.tickets)
        return fail(QStringLiteral("the replica holds %1 tickets, the server %2")
                        .arg(tickets.value())
                        .arg(m_options.tickets));
    print(QStringLiteral("first_sync.tickets_per_s"), tickets.value() / seconds,
          QStringLiteral("tickets/s"), true);
    print(QStringLiteral("first_sync.total_s"), seconds, QStringLiteral("s"), true);
    print(QStringLiteral("first_sync.peak_rss"), clientPeak, QStringLiteral("MB"), true);
    print(QStringLiteral("first_sync.server_peak_rss"), serverPeak, QStringLiteral("MB"));
    print(QStringLiteral("first_sync.client_cpu_s"), ProcessStats::cpuSeconds() - clientCpu,
          QStringLiteral("s"));
    print(QStringLiteral("first_sync.server_cpu_s"),
          ProcessStats::cpuSeconds(serverPid) - serverCpu, QStringLiteral("s"));
    print(QStringLiteral("first_sync.tickets"), tickets.value(), QStringLiteral("tickets"));
    print(QStringLiteral("first_sync.messages"), messages.value(), QStringLiteral("messages"));
    return true;
}

bool SyncBench::propagation(BenchServer &server, BenchWorkstation &watcher)
{
    if (!waitOnline(*watcher.engine()))
        return fail(QStringLiteral("the synced desktop did not go online: ") +
                    watcher.engine()->lastError());
    QString error;
    const QList<qint64> ids = newestTickets(*watcher.replica(), &error);
    if (ids.isEmpty())
        return fail(error);
    BenchWorkstation editor(server.baseUrl());
    if (!editor.signIn(m_agent, m_password, &error))
        return fail(error);
    Latencies latencies;
    if (!PropagationProbe(editor, watcher).run(ids, m_options.edits, &latencies, &error))
        return fail(error);
    print(QStringLiteral("propagation.p50"), latencies.percentile(50), QStringLiteral("ms"), true);
    print(QStringLiteral("propagation.p95"), latencies.percentile(95), QStringLiteral("ms"), true);
    print(QStringLiteral("propagation.max"), latencies.percentile(100), QStringLiteral("ms"));
    return true;
}

bool SyncBench::run()
{
    QElapsedTimer timer;
    timer.start();
    if (!seed())
        return false;
    BenchServer server(m_options.serverBinary);
    QString error;
    if (!server.start(m_options.databaseUrl, &error))
        return fail(error);
    BenchWorkstation watcher(server.baseUrl());
    if (!watcher.signIn(m_supervisor, m_password, &error) || !watcher.openReplica(&error))
        return fail(error);
    if (!firstSync(server, watcher))
        return false;
    phaseDone(QStringLiteral("first sync done"));
    if (!propagation(server, watcher))
        return false;
    phaseDone(QStringLiteral("done in %1 s").arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return true;
}

} // namespace sd::bench
