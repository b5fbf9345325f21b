#pragma once

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QStringList>

#include <optional>

namespace sd::server {

struct ListenAddress;
struct ServerConfig;

// `supportdesk-server serve`: the HTTP/JSON API and WebSocket events until SIGTERM, which
// stops accepting connections, finishes the requests in flight, then exits 0.
class ServeCommand final
{
    Q_DECLARE_TR_FUNCTIONS(sd::server::ServeCommand)

public:
    static int run(const QStringList &arguments);

private:
    static int serve(const ServerConfig &config, const ListenAddress &listen);
    static std::optional<QString> loadTls(const ServerConfig &config,
                                          std::optional<QSslConfiguration> *tls);
};

} // namespace sd::server
