#pragma once

#include "core/attachmentpolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace sd::server {

// What `serve` runs with. Each field is one setting that a config-file key, a SUPPORTDESK_*
// environment variable and a flag can set (ServerConfigLoader holds the table); the defaults
// suit a single server on loopback.
struct ServerConfig
{
    QString databaseUrl;                               // [database] url, --db
    QString listen = QStringLiteral("127.0.0.1:8080"); // [server] listen
    QString tlsCertificate;                            // PEM files; TLS needs both or neither
    QString tlsKey;
    int workerThreads = 0; // 0: as many as the machine has cores
    qint64 attachmentLimitBytes = sd::core::AttachmentPolicy::DefaultMaxBytes;
    qint64 requestBodyLimitBytes = 1024 * 1024; // JSON bodies
    int sessionLifetimeHours = 12;
    int loginAttemptsPerLogin = 5; // per loginWindowMinutes
    int loginAttemptsPerAddress = 30;
    int loginWindowMinutes = 15;
    QString ticketNumberPrefix = QStringLiteral("SD");
    QString numberTimeZone = QStringLiteral("Europe/Moscow"); // whose year ticket numbers carry
    int reopenDays = 14;         // a customer reply reopens a resolved ticket within N days
    int duplicateWindowDays = 7; // how far back duplicates are suggested
    QString logFormat = QStringLiteral("text"); // text | json
    // Seconds between SLA scheduler passes; 0: this process fires nothing (another does).
    int slaIntervalSeconds = 15;

    QTimeZone numberZone() const { return QTimeZone(numberTimeZone.toUtf8()); }

    friend bool operator==(const ServerConfig &, const ServerConfig &) = default;
};

// Reads ServerConfig from, in rising precedence: the built-in defaults, the INI config file
// (--config FILE or SUPPORTDESK_CONFIG), SUPPORTDESK_* environment variables (an empty one
// counts as unset), and command-line flags. Any bad input stops loading with one message that
// names where it came from (file and line, variable or flag), the key and what is expected.
class ServerConfigLoader final
{
    Q_DECLARE_TR_FUNCTIONS(sd::server::ServerConfigLoader)

public:
    // --config FILE and one flag per setting (the --db of CliSupport among them).
    static void addOptions(QCommandLineParser &parser);
    // nullopt with *error set on bad input, including a missing database URL.
    static std::optional<ServerConfig> load(const QCommandLineParser &parser,
                                            const QProcessEnvironment &env, QString *error);
    // The effective settings as a config file (`serve --print-config`); the database
    // password never shows.
    static QString describe(const ServerConfig &config);
};

} // namespace sd::server
