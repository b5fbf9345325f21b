#include "rawinsertbench.h"

#include "storage/database.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <latch>
#include <memory>
#include <vector>

namespace sd::bench {

namespace {

// About what a ticket row carries in text.
const QString Payload = QStringLiteral("Price list import stops at row 1200 with code 0x80070005 "
                                       "after the update to 5.2.1; the same file loaded in 5.1.")
                            .repeated(2);

struct Shared
{
    QString url;
    int durationMs = 0;
    std::latch ready;
    std::atomic<qint64> commits{0};
    QMutex errorMutex;
    QString error;

    Shared(QString u, int ms, int threads) : url(std::move(u)), durationMs(ms), ready(threads + 1)
    {}
    void fail(const QString &message)
    {
        QMutexLocker lock(&errorMutex);
        if (error.isEmpty())
            error = message;
    }
};

// One connection inserting until the shared deadline; starts when every connection is open.
void insertLoop(Shared &shared, const std::atomic<bool> &go)
{
    auto opened = storage::Database::open(shared.url);
    if (!opened)
        shared.fail(opened.error().message);
    shared.ready.count_down();
    while (!go.load())
        QThread::yieldCurrentThread();
    if (!opened)
        return;
    QSqlDatabase connection = opened.value()->connection();
    QSqlQuery insert(connection);
    if (!insert.prepare(QStringLiteral("INSERT INTO bench_raw (payload) VALUES (?)")))
        return shared.fail(insert.lastError().text());
    const QDeadlineTimer deadline(shared.durationMs);
    while (!deadline.hasExpired()) {
        connection.transaction();
        insert.bindValue(0, Payload);
        if (!insert.exec() || !connection.commit())
            return shared.fail(insert.lastError().text() + connection.lastError().text());
        shared.commits.fetch_add(1);
    }
}

} // namespace

RawInsertBench::RawInsertBench(QString databaseUrl) : m_url(std::move(databaseUrl)) {}

bool RawInsertBench::prepare(QString *error)
{
    auto opened = storage::Database::open(m_url);
    if (!opened)
        return *error = opened.error().message, false;
    auto created = opened.value()->execute(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS bench_raw (id BIGSERIAL PRIMARY KEY, payload TEXT NOT NULL)"));
    if (!created)
        return *error = created.error().message, false;
    return true;
}

double RawInsertBench::run(int connections, int durationMs, QString *error)
{
    Shared shared(m_url, durationMs, connections);
    std::atomic<bool> go{false};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < connections; ++i) {
        threads.emplace_back(QThread::create([&shared, &go] { insertLoop(shared, go); }));
        threads.back()->start();
    }
    shared.ready.arrive_and_wait();
    QElapsedTimer elapsed;
    elapsed.start();
    go.store(true);
    for (auto &thread : threads)
        thread->wait();
    const double seconds = elapsed.nsecsElapsed() / 1e9;
    if (!shared.error.isEmpty())
        return *error = shared.error, -1;
    return shared.commits.load() / seconds;
}

} // namespace sd::bench
