#pragma once

#include "protocol/healthinfo.h"

#include <QHostAddress>
#include <QObject>
#include <functional>
#include <memory>

class QHttpServer;

namespace sd::server {

// The HTTP/JSON front of supportdesk-server. Every answer is JSON; a path nobody serves gets
// {"error": {"code": "not_found", ...}}, never an HTML page.
class HttpApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpApi)

public:
    using HealthProvider = std::function<sd::protocol::HealthInfo()>;

    explicit HttpApi(HealthProvider health, QObject *parent = nullptr);
    ~HttpApi() override;

    // Returns the port actually bound (port 0 picks a free one), or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    void addRoutes();

    std::unique_ptr<QHttpServer> m_http;
    HealthProvider m_health;
};

} // namespace sd::server
