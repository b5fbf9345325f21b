#pragma once

#include "apiresponse.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace sd::server {

class RequestContext;

// Maps method + path to a handler. Patterns are paths whose {name} segments match any one
// non-empty segment: "/api/v1/tickets/{id}/messages". QHttpServer's own router instantiates a
// template per route and cannot tell "no such path" from "wrong method", so we route
// ourselves and answer 405 with an Allow header when only the method is wrong.
class Router final
{
public:
    enum class Access {
        Public,        // no token needed
        Authenticated, // a valid bearer token; finer rules are the handler's
        Staff,         // a valid token of an agent, supervisor or administrator
        Admin,         // a valid token of an administrator
    };
    using Handler = std::function<ApiResponse(RequestContext &)>;

    struct Route
    {
        QByteArray method;
        QString pattern;
        Access access = Access::Authenticated;
        Handler handler;
        QStringList segments;
    };

    struct Match
    {
        const Route *route = nullptr;
        QStringList args;
        bool pathKnown = false; // some route has this path with another method
        QByteArrayList allowed; // the methods that path accepts
    };

    void add(const QByteArray &method, const QString &pattern, Access access, Handler handler);
    Match match(const QByteArray &method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    static bool matches(const Route &route, const QStringList &segments, QStringList *args);

    QList<Route> m_routes;
};

} // namespace sd::server
