#include "router.h"

namespace sd::server {

void Router::add(const QByteArray &method, const QString &pattern, Access access, Handler handler)
{
    m_routes.append(Route{method, pattern, access, std::move(handler),
                          pattern.split(u'/', Qt::SkipEmptyParts)});
}

bool Router::matches(const Route &route, const QStringList &segments, QStringList *args)
{
    if (route.segments.size() != segments.size())
        return false;
    QStringList found;
    for (int i = 0; i < segments.size(); ++i) {
        const QString &want = route.segments.at(i);
        if (want.startsWith(u'{') && want.endsWith(u'}'))
            found.append(segments.at(i));
        else if (want != segments.at(i))
            return false;
    }
    *args = found;
    return true;
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match result;
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    for (const Route &route : m_routes) {
        QStringList args;
        if (!matches(route, segments, &args))
            continue;
        result.pathKnown = true;
        result.allowed.append(route.method);
        if (route.method == method && !result.route) {
            result.route = &route;
            result.args = args;
        }
    }
    return result;
}

} // namespace sd::server
