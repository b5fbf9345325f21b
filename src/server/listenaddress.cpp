#include "listenaddress.h"

#include <QUrl>

namespace sd::server {

std::optional<ListenAddress> ListenAddress::parse(const QString &text)
{
    const QUrl url(QStringLiteral("http://") + text, QUrl::StrictMode);
    if (text.isEmpty() || !url.isValid() || url.port() < 0 || !url.path().isEmpty() ||
        !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return std::nullopt;
    ListenAddress listen;
    if (url.host() == u"localhost")
        listen.address = QHostAddress::LocalHost;
    else if (!listen.address.setAddress(url.host()))
        return std::nullopt;
    listen.port = static_cast<quint16>(url.port());
    return listen;
}

} // namespace sd::server
