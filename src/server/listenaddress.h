#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace sd::server {

// Where `serve` listens: "127.0.0.1:0", "[::1]:8080", "0.0.0.0:443" or "localhost:8080".
// Other host names are refused because the server binds addresses, not names.
struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;

    static std::optional<ListenAddress> parse(const QString &text);
};

} // namespace sd::server
