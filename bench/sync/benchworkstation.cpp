#include "benchworkstation.h"

#include "client/apijob.h"
#include "client/replica.h"
#include "client/serverapi.h"
#include "client/syncengine.h"

#include <QEventLoop>

namespace sd::bench {

BenchWorkstation::BenchWorkstation(const QUrl &baseUrl)
    : m_api(std::make_unique<client::ServerApi>(&m_network, baseUrl))
{}

BenchWorkstation::~BenchWorkstation() = default;

client::ApiResult BenchWorkstation::call(const client::ApiCall &call)
{
    client::ApiResult result;
    QEventLoop loop;
    client::ApiJob *job = m_api->send(call);
    QObject::connect(job, &client::ApiJob::finished, &loop, [&](const client::ApiResult &answer) {
        result = answer;
        loop.quit();
    });
    loop.exec();
    return result;
}

bool BenchWorkstation::signIn(const QString &login, const QString &password, QString *error)
{
    const client::ApiResult answer = call(client::ApiCall::post(
        QStringLiteral("/api/v1/session"),
        {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}}));
    const QString token = answer.object().value(QStringLiteral("token")).toString();
    if (!answer.ok() || token.isEmpty()) {
        *error = QStringLiteral("signing in as %1: %2").arg(login, answer.userMessage);
        return false;
    }
    m_api->setToken(token);
    return true;
}

bool BenchWorkstation::openReplica(QString *error)
{
    if (!m_dir.isValid())
        return *error = QStringLiteral("cannot create a temporary folder"), false;
    auto replica = client::Replica::open(m_dir.filePath(QStringLiteral("replica.db")));
    if (!replica)
        return *error = replica.error().message, false;
    m_replica = std::move(replica).value();
    m_engine = std::make_unique<client::SyncEngine>(m_api.get(), m_replica.get());
    return true;
}

} // namespace sd::bench
