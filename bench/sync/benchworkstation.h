#pragma once

#include "client/apicall.h"
#include "client/apiresult.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace sd::client {
class Replica;
class ServerApi;
class SyncEngine;
} // namespace sd::client

namespace sd::bench {

// One desktop as the benchmark plays it: its own QNetworkAccessManager and ServerApi signed
// in as one user, and (once openReplica() ran) a Replica in a private temporary folder with
// the SyncEngine that fills it. Everything runs on the caller's event loop.
class BenchWorkstation final
{
    Q_DISABLE_COPY_MOVE(BenchWorkstation)

public:
    explicit BenchWorkstation(const QUrl &baseUrl);
    ~BenchWorkstation();

    // POST /api/v1/session and keeps the token; false with *error set on failure.
    bool signIn(const QString &login, const QString &password, QString *error);
    bool openReplica(QString *error);
    // Sends `call` and runs the event loop until it has its answer.
    client::ApiResult call(const client::ApiCall &call);

    client::ServerApi &api() { return *m_api; }
    client::Replica *replica() { return m_replica.get(); }
    client::SyncEngine *engine() { return m_engine.get(); }

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<client::ServerApi> m_api;
    std::unique_ptr<client::Replica> m_replica;
    std::unique_ptr<client::SyncEngine> m_engine;
};

} // namespace sd::bench
