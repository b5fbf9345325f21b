#include "schedulerbench.h"

#include "server/slascheduler.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QTextStream>
#include <QUrl>

#include <algorithm>

namespace sd::bench {

namespace {

using storage::Backend;

bool fail(const QString &label, const QString &message)
{
    QTextStream(stderr) << "bench-reports: scheduler on " << label << ": " << message << Qt::endl;
    return false;
}

// A timestamp `seconds` (an SQL expression) after the unix time `now`. Generated numbers
// only: nothing here comes from outside.
QString timeAt(Backend backend, qint64 now, const QString &seconds)
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', %1 + %2, 'unixepoch')")
            .arg(now)
            .arg(seconds);
    return QStringLiteral("to_timestamp(%1 + %2)").arg(now).arg(seconds);
}

QString series(Backend backend, int count)
{
    return backend == Backend::Sqlite
               ? QStringLiteral("WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s "
                                "WHERE g < %1) ")
                     .arg(count)
               : QStringLiteral("WITH s(g) AS (SELECT generate_series(1::bigint, %1)) ").arg(count);
}

// Tickets created a day ago; every hundredth one's first response was due a minute ago,
// the others' in a day or more; every resolution is due in ten days.
QStringList seedSql(Backend backend, int tickets, qint64 now)
{
    const auto at = [backend, now](const char *seconds) {
        return timeAt(backend, now, QString::fromLatin1(seconds));
    };
    const QString targets = QStringLiteral(
        "INSERT INTO sla_targets (ticket_id, target, budget_minutes, started_at, state, due_at, "
        "warn_at, used_minutes, breached, cycle) SELECT id, '%1', %2, %3, 'running', %4, %5, 0, "
        "FALSE, 0 FROM tickets WHERE number LIKE 'SD-SCHED-%'");
    return {
        series(backend, tickets) +
            u"INSERT INTO tickets (number, subject, status, resolution, priority, category, "
            u"channel, created_at, updated_at) SELECT 'SD-SCHED-' || g, 'Scheduler bench ' || g, "
            u"'open', 'none', 'normal', 'question', 'api', " +
            at("-86400") + u", " + at("-86400") + u" FROM s",
        targets.arg(QStringLiteral("first_response"), QStringLiteral("480"), at("-86400"),
                    at("CASE WHEN id % 100 = 0 THEN -60 ELSE 86400 + id END"),
                    at("CASE WHEN id % 100 = 0 THEN -600 ELSE 43200 + id END")),
        targets.arg(QStringLiteral("resolution"), QStringLiteral("1620"), at("-86400"),
                    at("864000"), at("600000")),
    };
}

// Undoes what a firing pass did, so the next one fires the same events again.
bool reset(storage::Database &db)
{
    const char16_t *const undo[] = {
        u"DELETE FROM messages WHERE author_id IS NULL AND kind = 'note' AND ticket_id IN "
        u"(SELECT ticket_id FROM sla_events)",
        u"DELETE FROM sla_events",
        u"UPDATE sla_targets SET state = 'running', breached = FALSE WHERE state = 'breached'",
    };
    storage::Transaction tx(db);
    for (const char16_t *sql : undo)
        if (!db.execute(QString::fromUtf16(sql)))
            return false;
    return bool(tx.commit());
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QString freshDatabase(const QString &url, const QString &label)
{
    if (!url.startsWith(u"postgresql:"))
        return url;
    auto admin = storage::Database::open(url);
    const QString name = QStringLiteral("sd_scheduler_bench");
    if (!admin || !admin.value()->execute(u"DROP DATABASE IF EXISTS " + name) ||
        !admin.value()->execute(u"CREATE DATABASE " + name)) {
        fail(label, QStringLiteral("cannot create a database of its own"));
        return {};
    }
    QUrl own(url);
    own.setPath(u'/' + name);
    return own.toString();
}

} // namespace

bool runSchedulerBench(const QString &adminUrl, const QString &label, int tickets, int runs)
{
    const QString url = freshDatabase(adminUrl, label);
    if (url.isEmpty())
        return false;
    auto opened = storage::Database::open(url);
    if (!opened)
        return fail(label, opened.error().message);
    storage::Database &db = *opened.value();
    if (const auto migrated = storage::Migrator(db).migrate(); !migrated)
        return fail(label, migrated.error().message);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        storage::Transaction tx(db);
        for (const QString &sql : seedSql(db.backend(), tickets, now.toSecsSinceEpoch()))
            if (const auto written = db.execute(sql); !written)
                return fail(label, written.error().message);
        if (!tx.commit())
            return fail(label, QStringLiteral("cannot commit the tickets"));
    }
    if (db.backend() == Backend::PostgreSql)
        (void)db.execute(QStringLiteral("ANALYZE"));
    QList<double> firing;
    QList<double> idle;
    for (int run = 0; run < runs; ++run) {
        for (QList<double> *times : {&firing, &idle}) {
            QElapsedTimer timer;
            timer.start();
            const auto pass = server::SlaScheduler::runPass(db, QDateTime::currentDateTimeUtc());
            times->append(timer.nsecsElapsed() / 1e6);
            if (!pass)
                return fail(label, pass.error().message);
            if (times == &firing && pass->breaches != tickets / 100)
                return fail(label, QStringLiteral("fired %1 breaches, expected %2")
                                       .arg(pass->breaches)
                                       .arg(tickets / 100));
        }
        if (!reset(db))
            return fail(label, QStringLiteral("cannot reset the fired events"));
    }
    QTextStream out(stdout);
    out << "reports.scheduler_pass_ms." << label
        << ".fire = " << QString::number(median(firing), 'f', 1) << " ms" << Qt::endl;
    out << "reports.scheduler_pass_ms." << label
        << ".idle = " << QString::number(median(idle), 'f', 1) << " ms" << Qt::endl;
    return true;
}

} // namespace sd::bench
