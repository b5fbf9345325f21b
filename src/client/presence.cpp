#include "presence.h"

#include "syncengine.h"

#include <QJsonObject>

#include <algorithm>

namespace sd::client {

Presence::Presence(SyncEngine *engine, qint64 userId, QObject *parent)
    : QObject(parent), m_engine(engine), m_userId(userId)
{
    m_refresh.setInterval(RefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &Presence::announce);
    connect(engine, &SyncEngine::presenceChanged, this, &Presence::received);
    connect(engine, &SyncEngine::presenceListed, this, &Presence::listed);
    // A (re)connected socket learns our presence again; the server lost it with the old one.
    connect(engine, &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        if (state == SyncEngine::State::Online)
            announce();
    });
}

void Presence::setTicket(qint64 ticketId)
{
    if (ticketId == m_ticketId)
        return;
    if (m_ticketId > 0)
        m_engine->sendPresence(m_ticketId, QStringLiteral("left"));
    m_ticketId = ticketId;
    m_replying = false;
    announce();
}

void Presence::setReplying(bool replying)
{
    if (replying == m_replying)
        return;
    m_replying = replying;
    announce();
}

void Presence::announce()
{
    if (m_ticketId <= 0) {
        m_refresh.stop();
        return;
    }
    m_engine->sendPresence(m_ticketId,
                           m_replying ? QStringLiteral("replying") : QStringLiteral("viewing"));
    m_refresh.start();
}

void Presence::received(qint64 ticketId, qint64 userId, const QString &name, const QString &state)
{
    if (userId == m_userId || ticketId <= 0)
        return;
    QHash<qint64, Viewer> &viewers = m_viewers[ticketId];
    if (state == u"left")
        viewers.remove(userId);
    else
        viewers.insert(userId, Viewer{userId, name, state == u"replying"});
    emit changed(ticketId);
}

void Presence::listed(qint64 ticketId, const QJsonArray &list)
{
    QHash<qint64, Viewer> viewers;
    for (const QJsonValue &value : list) {
        const QJsonObject viewer = value.toObject();
        const qint64 userId = viewer.value(QStringLiteral("user_id")).toInteger();
        if (userId != m_userId)
            viewers.insert(userId,
                           Viewer{userId, viewer.value(QStringLiteral("name")).toString(),
                                  viewer.value(QStringLiteral("state")).toString() == u"replying"});
    }
    m_viewers.insert(ticketId, viewers);
    emit changed(ticketId);
}

QList<Presence::Viewer> Presence::others(qint64 ticketId) const
{
    QList<Viewer> out = m_viewers.value(ticketId).values();
    std::sort(out.begin(), out.end(), [](const Viewer &a, const Viewer &b) {
        return a.replying != b.replying ? a.replying : a.name < b.name;
    });
    return out;
}

} // namespace sd::client
