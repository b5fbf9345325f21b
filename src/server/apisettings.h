#pragma once

#include <QString>
#include <QtGlobal>

namespace sd::server {

// The settings request handlers need, taken from ServerConfig when the server starts.
struct ApiSettings
{
    qint64 attachmentLimitBytes = 10 * 1024 * 1024;
    qint64 requestBodyLimitBytes = 1024 * 1024;
    int sessionLifetimeHours = 12;
    int loginAttemptsPerLogin = 5;
    int loginAttemptsPerAddress = 30;
    int loginWindowMinutes = 15;
    QString ticketNumberPrefix = QStringLiteral("SD");
    QString numberTimeZone = QStringLiteral("Europe/Moscow");
    int reopenDays = 14;
    int duplicateWindowDays = 7;
};

} // namespace sd::server
