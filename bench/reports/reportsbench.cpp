#include "reportsbench.h"

#include "figure.h"
#include "latencies.h"
#include "reporthistory.h"
#include "server/apiservices.h"
#include "server/reportroutes.h"
#include "server/requestcontext.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/statement.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace sd::bench {

namespace {

bool fail(const QString &label, const QString &error)
{
    QTextStream(stderr) << "bench-reports (" << label << "): " << error << Qt::endl;
    return false;
}

// The bench data's first and last creation times, so a reused database reports its own year.
bool period(storage::Database &db, QDateTime *from, QDateTime *to, QString *error)
{
    storage::Statement span(db, QStringLiteral("SELECT MIN(created_at), MAX(created_at) FROM "
                                               "tickets WHERE number LIKE 'SD-BENCH-%'"));
    if (!span.exec() || !span.next())
        return *error = span.error().message, false;
    *from = span.time(0);
    *to = span.time(1).addSecs(60);
    return from->isValid() && to->isValid();
}

} // namespace

ReportsBench::ReportsBench(QString databaseUrl, Options options)
    : m_url(std::move(databaseUrl)), m_options(options)
{}

bool ReportsBench::run(const QString &label)
{
    auto opened = storage::Database::open(m_url);
    if (!opened)
        return fail(label, opened.error().message);
    storage::Database &db = *opened.value();
    if (const auto migrated = storage::Migrator(db).migrate(); !migrated)
        return fail(label, migrated.error().message);
    QString error;
    const int existing = ReportHistory::existingTickets(db, &error);
    if (existing < 0)
        return fail(label, error);
    if (existing == 0) {
        QElapsedTimer build;
        build.start();
        if (!ReportHistory(db, m_options.tickets, QDateTime::currentDateTimeUtc()).build(&error))
            return fail(label, error);
        printFigure(QStringLiteral("reports.dataset.%1_s").arg(label), build.elapsed() / 1000.0,
                    QStringLiteral("s"));
    }
    printFigure(QStringLiteral("reports.%1.tickets").arg(label),
                existing == 0 ? m_options.tickets : existing, QStringLiteral("tickets"));
    QDateTime from, to;
    if (!period(db, &from, &to, &error))
        return fail(label, error);

    server::ApiServices services;
    server::ApiRequest request;
    request.method = "GET";
    request.path = QStringLiteral("/api/v1/reports/sla");
    request.query.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODateWithMs));
    request.query.addQueryItem(QStringLiteral("to"), to.toString(Qt::ISODateWithMs));
    Latencies latencies;
    qsizetype bodySize = 0;
    for (int i = 0; i < m_options.runs; ++i) {
        server::RequestContext ctx(request, db, services);
        core::User supervisor;
        supervisor.id = 1;
        supervisor.role = core::UserRole::Supervisor;
        ctx.user = supervisor;
        QElapsedTimer timer;
        timer.start();
        const server::ApiResponse response = server::ReportRoutes::sla(ctx);
        latencies.add(timer.nsecsElapsed() / 1e6);
        if (response.status != 200)
            return fail(label, QString::fromUtf8(response.body));
        bodySize = response.body.size();
    }
    printFigure(QStringLiteral("reports.sla.%1_ms").arg(label), latencies.percentile(50),
                QStringLiteral("ms"));
    QTextStream(stderr) << "bench-reports (" << label << "): " << m_options.runs
                        << " reports, slowest " << latencies.percentile(100) << " ms, body "
                        << bodySize / 1024 << " KiB" << Qt::endl;
    return true;
}

} // namespace sd::bench
