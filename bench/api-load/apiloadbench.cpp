#include "apiloadbench.h"

#include "asyncapiclient.h"
#include "benchserver.h"
#include "figure.h"
#include "rawinsertbench.h"
#include "storage/database.h"
#include "ticketbulkload.h"
#include "viewbench.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUuid>

namespace sd::bench {

namespace {

constexpr int RequestTimeoutMs = 15000;
const QList<int> Levels{1, 4, 16};

// Subjects name a specific problem, as intake demands; the code makes each one distinct, so
// the duplicate suggestions made on every create find nothing but the ticket itself.
ApiRequest createRequest(qint64 sequence)
{
    static const QStringList objects{QStringLiteral("Invoice"), QStringLiteral("Price list"),
                                     QStringLiteral("Warehouse report"),
                                     QStringLiteral("Payroll export")};
    static const QStringList problems{QStringLiteral("printing hangs"),
                                      QStringLiteral("import stops"),
                                      QStringLiteral("export fails")};
    const QString subject = QStringLiteral("%1 %2 with code 0x%3")
                                .arg(objects.at(sequence % objects.size()),
                                     problems.at(sequence / objects.size() % problems.size()))
                                .arg(0x10000 + sequence, 0, 16);
    const QJsonObject body{
        {QStringLiteral("subject"), subject},
        {QStringLiteral("description"),
         QStringLiteral("Since the update to 5.2.1 this happens on the second step; it worked in "
                        "5.1. Open the journal, choose the period and press Print.")},
        {QStringLiteral("category"), QStringLiteral("question")},
        {QStringLiteral("product"), QStringLiteral("Business Studio")},
        {QStringLiteral("product_version"), QStringLiteral("5.2.1")},
    };
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/tickets");
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.headers = {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}};
    return request;
}

void printRate(const QString &figure, const LoadResult &result, const QString &unit)
{
    printFigure(figure + QStringLiteral(".rate"), result.rate(), unit);
    printFigure(figure + QStringLiteral(".p50"), result.latencies.percentile(50),
                QStringLiteral("ms"));
    printFigure(figure + QStringLiteral(".p99"), result.latencies.percentile(99),
                QStringLiteral("ms"));
}

} // namespace

ApiLoadBench::ApiLoadBench(Options options) : m_options(std::move(options)) {}

ApiLoadBench::~ApiLoadBench()
{
    qDeleteAll(m_clients);
}

void ApiLoadBench::phaseDone(const QString &phase)
{
    QTextStream(stderr) << "bench-api-load: " << phase << " done at "
                        << QString::number(m_elapsed.elapsed() / 1000.0, 'f', 1) << " s"
                        << Qt::endl;
}

bool ApiLoadBench::setUp()
{
    QString error;
    auto opened = storage::Database::open(m_options.databaseUrl);
    if (!opened)
        error = opened.error().message;
    else
        m_db = std::move(opened.value());
    if (m_db && m_db->backend() != storage::Backend::PostgreSql)
        error = QStringLiteral("bench-api-load needs a PostgreSQL database");
    if (error.isEmpty() && m_accounts.create(*m_db, &error)) {
        m_server = std::make_unique<BenchServer>(m_options.serverBinary);
        if (m_server->start(m_options.databaseUrl, &error) && signInClients())
            return true;
    }
    if (!error.isEmpty())
        QTextStream(stderr) << "bench-api-load: " << error << Qt::endl;
    return false;
}

bool ApiLoadBench::signInClients()
{
    for (const QString &login : m_accounts.customerLogins) {
        auto *client = new AsyncApiClient(m_server->baseUrl(), RequestTimeoutMs);
        m_clients << client;
        QString error;
        if (!client->signIn(login, m_accounts.password, &error)) {
            QTextStream(stderr) << "bench-api-load: " << error << Qt::endl;
            return false;
        }
    }
    return true;
}

LoadResult ApiLoadBench::createTickets(int clients, QList<qint64> *created)
{
    return LoadRun::run(
        m_clients.mid(0, clients), m_options.phaseMs,
        [this](int) { return createRequest(++m_sequence); },
        [created](int, const ApiAnswer &answer) {
            if (answer.status == 201)
                created->append(QJsonDocument::fromJson(answer.body)
                                    .object()
                                    .value(QStringLiteral("id"))
                                    .toInteger());
        });
}

LoadResult ApiLoadBench::readTickets(int clients, const QList<qint64> &ids)
{
    qsizetype next = 0;
    return LoadRun::run(
        m_clients.mid(0, clients), m_options.phaseMs,
        [&](int) {
            ApiRequest request;
            request.path = QStringLiteral("/api/v1/tickets/%1").arg(ids.at(next++ % ids.size()));
            return request;
        },
        [](int, const ApiAnswer &) {});
}

void ApiLoadBench::measureLevel(int clients, const QString &suffix)
{
    const auto figure = [&](const char *name) {
        return QStringLiteral("api.pg.%1%2.c%3").arg(QLatin1StringView(name), suffix).arg(clients);
    };
    QList<qint64> created;
    const LoadResult creates = createTickets(clients, &created);
    m_errors += creates.errors;
    printRate(figure("create"), creates, QStringLiteral("tickets/s"));
    if (clients == 16 && suffix.isEmpty())
        m_createRate16 = creates.rate();
    if (!created.isEmpty()) {
        const LoadResult reads = readTickets(clients, created);
        m_errors += reads.errors;
        printRate(figure("get"), reads, QStringLiteral("requests/s"));
    }
    printFigure(figure("server_rss"), m_server->residentMegabytes(), QStringLiteral("MB"));
    phaseDone(QStringLiteral("load%1 with %2 clients").arg(suffix).arg(clients));
}

bool ApiLoadBench::measureRawInserts()
{
    RawInsertBench raw(m_options.databaseUrl);
    QString error;
    if (!raw.prepare(&error))
        return QTextStream(stderr) << "bench-api-load: " << error << Qt::endl, false;
    double rate16 = 0;
    for (const int connections : {1, 16}) {
        const double rate = raw.run(connections, m_options.rawMs, &error);
        if (rate < 0)
            return QTextStream(stderr) << "bench-api-load: " << error << Qt::endl, false;
        printFigure(QStringLiteral("api.pg.raw_insert.c%1.rate").arg(connections), rate,
                    QStringLiteral("tx/s"));
        rate16 = rate;
    }
    printFigure(QStringLiteral("api.pg.create_vs_raw.c16"), 100.0 * m_createRate16 / rate16,
                QStringLiteral("percent"));
    phaseDone(QStringLiteral("raw inserts"));
    return true;
}

bool ApiLoadBench::measureViews()
{
    QString error;
    if (!TicketBulkLoad(*m_db, m_accounts)
             .run(m_options.bulkTickets, m_options.bulkTimeoutSeconds, &error))
        return QTextStream(stderr) << "bench-api-load: bulk load: " << error << Qt::endl, false;
    printFigure(QStringLiteral("api.pg.tickets"), m_options.bulkTickets, QStringLiteral("tickets"));
    phaseDone(QStringLiteral("bulk load"));
    AsyncApiClient agent(m_server->baseUrl(), RequestTimeoutMs);
    if (!agent.signIn(m_accounts.agentLogins.constFirst(), m_accounts.password, &error))
        return QTextStream(stderr) << "bench-api-load: " << error << Qt::endl, false;
    m_errors += ViewBench(*m_db, agent, m_accounts, m_options.viewRounds).run();
    phaseDone(QStringLiteral("views"));
    return true;
}

bool ApiLoadBench::run()
{
    m_elapsed.start();
    if (!setUp())
        return false;
    phaseDone(QStringLiteral("setup"));
    for (const int clients : Levels)
        measureLevel(clients, QString());
    bool ok = measureRawInserts();
    ok = measureViews() && ok;
    // The same write load again, now that the tables hold the bulk-loaded history.
    measureLevel(16, QStringLiteral("_large"));
    printFigure(QStringLiteral("api.pg.errors"), double(m_errors), QStringLiteral("requests"));
    return ok && m_errors == 0;
}

} // namespace sd::bench
