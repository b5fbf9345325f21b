#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

namespace sd::server {

// Slows down password guessing: after too many failed sign-ins for one login, or from one
// address, within a window, further attempts are refused until the oldest failure leaves the
// window. Only failures count, so a user who signs in correctly is never locked out by
// their own successes. Thread-safe; state is per process (several servers each keep their
// own, which multiplies the allowance by the number of servers, not more).
class LoginThrottle final
{
public:
    LoginThrottle(int perLogin, int perAddress, int windowMinutes);

    // 0 when an attempt may proceed, otherwise the seconds until it may.
    int retryAfter(const QString &login, const QString &address, const QDateTime &now);
    void recordFailure(const QString &login, const QString &address, const QDateTime &now);
    void recordSuccess(const QString &login);

    // Logins and addresses with failures on record. Bounded: each keeps at most its limit of
    // failures, and keys whose failures all left the window are dropped every
    // SweepEvery failures, so guessing with endless made-up logins cannot fill memory.
    qsizetype trackedKeys();
    static constexpr int SweepEvery = 1024;

private:
    static int secondsUntilFree(QList<QDateTime> &failures, int limit, const QDateTime &now,
                                qint64 windowSecs);
    static void remember(QHash<QString, QList<QDateTime>> &failures, const QString &key, int limit,
                         const QDateTime &now);
    void sweep(const QDateTime &now);

    QMutex m_mutex;
    int m_perLogin;
    int m_perAddress;
    qint64 m_windowSecs;
    QHash<QString, QList<QDateTime>> m_byLogin;
    QHash<QString, QList<QDateTime>> m_byAddress;
    int m_failuresSinceSweep = 0;
};

} // namespace sd::server
