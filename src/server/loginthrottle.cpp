#include "loginthrottle.h"

#include <QMutexLocker>

namespace sd::server {

LoginThrottle::LoginThrottle(int perLogin, int perAddress, int windowMinutes)
    : m_perLogin(perLogin), m_perAddress(perAddress), m_windowSecs(qint64(windowMinutes) * 60)
{}

int LoginThrottle::secondsUntilFree(QList<QDateTime> &failures, int limit, const QDateTime &now,
                                    qint64 windowSecs)
{
    const QDateTime cutoff = now.addSecs(-windowSecs);
    failures.removeIf([&](const QDateTime &at) { return at <= cutoff; });
    if (failures.size() < limit)
        return 0;
    const qint64 wait = now.secsTo(failures.first().addSecs(windowSecs));
    return int(qMax<qint64>(1, wait));
}

int LoginThrottle::retryAfter(const QString &login, const QString &address, const QDateTime &now)
{
    QMutexLocker lock(&m_mutex);
    const QString key = login.toLower();
    int wait = 0;
    if (auto it = m_byLogin.find(key); it != m_byLogin.end())
        wait = secondsUntilFree(*it, m_perLogin, now, m_windowSecs);
    if (auto it = m_byAddress.find(address); it != m_byAddress.end())
        wait = qMax(wait, secondsUntilFree(*it, m_perAddress, now, m_windowSecs));
    return wait;
}

void LoginThrottle::recordFailure(const QString &login, const QString &address,
                                  const QDateTime &now)
{
    QMutexLocker lock(&m_mutex);
    remember(m_byLogin, login.toLower(), m_perLogin, now);
    remember(m_byAddress, address, m_perAddress, now);
    if (++m_failuresSinceSweep >= SweepEvery)
        sweep(now);
}

void LoginThrottle::remember(QHash<QString, QList<QDateTime>> &failures, const QString &key,
                             int limit, const QDateTime &now)
{
    // Only the newest `limit` failures decide when the next attempt is allowed.
    QList<QDateTime> &list = failures[key];
    list.append(now);
    if (list.size() > qMax(1, limit))
        list.remove(0, list.size() - qMax(1, limit));
}

void LoginThrottle::sweep(const QDateTime &now)
{
    m_failuresSinceSweep = 0;
    const QDateTime cutoff = now.addSecs(-m_windowSecs);
    for (auto *failures : {&m_byLogin, &m_byAddress})
        failures->removeIf([&](const auto &entry) { return entry.value().constLast() <= cutoff; });
}

qsizetype LoginThrottle::trackedKeys()
{
    QMutexLocker lock(&m_mutex);
    return m_byLogin.size() + m_byAddress.size();
}

void LoginThrottle::recordSuccess(const QString &login)
{
    QMutexLocker lock(&m_mutex);
    m_byLogin.remove(login.toLower());
}

} // namespace sd::server
