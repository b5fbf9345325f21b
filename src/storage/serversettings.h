#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QVariant>

namespace sd::storage {

class Database;

// Settings every server process on a database must share because they shape rows others
// read (server_settings). Kept in the database rather than in each process's config file:
// two servers with different warning shares would store different warn_at for the same
// policy, and which one a ticket got would depend on the balancer.
class ServerSettings final
{
    Q_DECLARE_TR_FUNCTIONS(ServerSettings)
    Q_DISABLE_COPY_MOVE(ServerSettings)

public:
    static constexpr double DefaultWarningShare = 0.8;

    explicit ServerSettings(Database &db);

    // Share of a target's business minutes after which the SLA scheduler warns (0..1).
    Result<double> warningShare();
    // The share a stored value (server_settings.value, or null when never set) stands for; for
    // readers that fetch it within a statement of their own (SlaLookup).
    static double warningShareOf(const QVariant &stored);
    // The subquery giving the stored value, for such statements.
    static QString warningShareSql();
    // Invalid outside 0 < share < 1. Audited by `actorId`. Running targets take the new share
    // at their next recomputation.
    Result<void> setWarningShare(double share, qint64 actorId);

private:
    Database &m_db;
};

} // namespace sd::storage
