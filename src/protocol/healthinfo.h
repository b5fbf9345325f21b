#pragma once

#include <QJsonObject>
#include <QString>

namespace sd::protocol {

// Body of GET /api/v1/health: what a monitor or the workstation needs to know before signing
// in. No secrets: never the database URL or its password.
struct HealthInfo
{
    bool databaseOk = false;
    QString databaseKind; // "sqlite" or "postgresql"
    QString version;      // the server's product version
    int schemaVersion = 0;
    QString message; // why the database is not ok, for people

    QJsonObject toJson() const;
    static HealthInfo fromJson(const QJsonObject &body);
};

} // namespace sd::protocol
