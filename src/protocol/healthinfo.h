#pragma once

#include <QJsonObject>
#include <QString>

namespace sd::protocol {

// Body of GET /api/v1/health: what a monitor or the workstation needs to know before signing
// in. No secrets: never the database URL or its password.
//
// The attachment limit is here rather than in the session because it belongs to the
// installation, not to a user or a token, and every client needs it: the submission dialog
// of a customer before sign-in as much as the workstation.
struct HealthInfo
{
    bool databaseOk = false;
    QString databaseKind; // "sqlite" or "postgresql"
    QString version;      // the server's product version
    int schemaVersion = 0;
    QString message; // why the database is not ok, for people
    // "attachment_max_bytes": the largest attachment the server accepts; 0 when the server
    // does not say (one older than the field).
    qint64 attachmentMaxBytes = 0;

    QJsonObject toJson() const;
    static HealthInfo fromJson(const QJsonObject &body);
};

} // namespace sd::protocol
