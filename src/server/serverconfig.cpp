#include "serverconfig.h"

#include "bytesize.h"
#include "clisupport.h"
#include "configfile.h"
#include "core/ticketnumber.h"
#include "listenaddress.h"
#include "storage/databaseurl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <array>

namespace sd::server {

namespace {

constexpr QStringView ConfigFlag = u"config";
constexpr QStringView ConfigVariable = u"SUPPORTDESK_CONFIG";

enum class Kind { DatabaseUrl, Listen, Path, Count, Size, TimeZone, TicketPrefix, LogFormat };

// One setting under its three names. Exactly one of text/count/size points at its field.
struct Setting
{
    const char16_t *section;
    const char16_t *key;
    const char16_t *flag;
    const char16_t *variable;
    Kind kind;
    const char *help; // QT_TRANSLATE_NOOP, translated at use
    const char16_t *valueName;
    QString ServerConfig::*text = nullptr;
    int ServerConfig::*count = nullptr;
    qint64 ServerConfig::*size = nullptr;
    int minimum = 0;
    int maximum = 0;
};

using C = ServerConfig;

constexpr std::array<Setting, 17> Settings{{
    {u"database", u"url", u"db", u"SUPPORTDESK_DB", Kind::DatabaseUrl,
     QT_TRANSLATE_NOOP("sd::server::ServerConfigLoader", "Database URL."), u"url", &C::databaseUrl},
    {u"server", u"listen", u"listen", u"SUPPORTDESK_LISTEN", Kind::Listen,
     QT_TRANSLATE_NOOP("sd::server::ServerConfigLoader",
                       "Address and port to listen on (port 0 picks a free one)."),
     u"host:port", &C::listen},
    {u"server", u"tls_cert", u"tls-cert", u"SUPPORTDESK_TLS_CERT", Kind::Path,
     QT_TRANSLATE_NOOP("sd::server::ServerConfigLoader",
                       "TLS certificate chain, PEM file (needs the key too)."),
     u"file", &C::tlsCertificate},
    {u"server", u"tls_key", u"tls-key", u"SUPPORTDESK_TLS_KEY", Kind::Path,
     QT_TRANSLATE_NOOP("sd::server::ServerConfigLoader", "TLS private key, PEM file."), u"file",
     &C::tlsKey},
    {u"server", u"worker_threads", u"worker-threads", u"SUPPORTDESK_WORKER_THREADS", Kind::Count,
     QT_TRANSLATE_NOOP("sd::server::ServerConfigLoader",
                       "Threads for database work; 0 means one per core."),
     u"n", nullptr, &C::workerThreads, nullptr, 0, 256},
    {u"limits", u"attachment_limit", u"attachment-limit", u"SUPPORTDESK_ATTACHMENT_LIMIT",
     Kind::Size,
     QT_TRANSLATE_NOOP("sd::server::ServerConfigLoader",
                       "Largest attachment, e.g. 300KB, 10MB, 10MiB or bytes."),
     u"size", nullptr, nullptr, &C::attachmentLimitBytes},
    {u"limits", u"request_body_limit", u"request-body-limit", u"SUPPORTDESK_REQUEST_BODY_LIMIT",
     Kind::Size, QT_TRANSLATE_NOOP("sd::server::ServerConfigLoader", "Largest JSON request body."),
     u"size", nullptr, nullptr, &C::requestBodyLimitBytes},
    {u"auth", u"session_lifetime_hours", u"session-lifetime-hours",
     u"SUPPORTDESK_SESSION_LIFETIME_HOURS", Kind::Count,
     QT_TRANSLATE_NOOP("sd::server::ServerConfigLoader", "Hours a sign-in stays valid."), u"hours",
     nullptr, &C::sessionLifetimeHours, nullptr, 1, 24 * 366},
    {u"auth", u"login_attempts_per_login", u"login-attempts-per-login",
     u"SUPPORTDESK_LOGIN_ATTEMPTS_PER_LOGIN", Kind::Count,
     QT_TRANSLATE_NOOP("sd::server::ServerConfigLoader",
                       "Failed sign-ins allowed per login within the window."),
     u"n", nullptr, &C::loginAttemptsPerLogin, nullptr, 1, 100'000},
    {u"auth", u"login_attempts_per_address", u"login-attempts-per-address",
     u"SUPPORTDESK_LOGIN_ATTEMPTS_PER_ADDRESS", Kind::Count,
     QT_TRANSLATE_NOOP("sd::server::ServerConfigLoader",
                       "Failed sign-ins allowed per client address within the window."),
     u"n", nullptr, &C::loginAttemptsPerAddress, nullptr, 1, 1'000'000},
    {u"auth", u"login_window_minutes", u"login-window-minutes", u"SUPPORTDESK_LOGIN_WINDOW_MINUTES",
     Kind::Count,
     QT_TRANSLATE_NOOP("sd::server::ServerConfigLoader",
                       "Minutes over which failed sign-ins are counted."),
     u"minutes", nullptr, &C::loginWindowMinutes, nullptr, 1, 7 * 24 * 60},
    {u"tickets", u"number_prefix", u"ticket-number-prefix", u"SUPPORTDESK_TICKET_NUMBER_PREFIX",
     Kind::TicketPrefix,
     QT_TRANSLATE_NOOP("sd::server::ServerConfigLoader",
                       "Prefix of ticket numbers (SD in SD-2026-000123)."),
     u"prefix", &C::ticketNumberPrefix},
    {u"tickets", u"number_time_zone", u"ticket-number-time-zone",
     u"SUPPORTDESK_TICKET_NUMBER_TIME_ZONE", Kind::TimeZone,
     QT_TRANSLATE_NOOP("sd::server::ServerConfigLoader",
                       "IANA time zone whose year ticket numbers carry."),
     u"zone", &C::numberTimeZone},
    {u"tickets", u"reopen_days", u"reopen-days", u"SUPPORTDESK_REOPEN_DAYS", Kind::Count,
     QT_TRANSLATE_NOOP("sd::server::ServerConfigLoader",
                       "Days after resolution in which a customer reply reopens the ticket."),
     u"days", nullptr, &C::reopenDays, nullptr, 0, 3650},
    {u"tickets", u"duplicate_window_days", u"duplicate-window-days",
     u"SUPPORTDESK_DUPLICATE_WINDOW_DAYS", Kind::Count,
     QT_TRANSLATE_NOOP("sd::server::ServerConfigLoader",
                       "Days back in which possible duplicates are suggested."),
     u"days", nullptr, &C::duplicateWindowDays, nullptr, 0, 3650},
    {u"sla", u"scheduler_interval", u"sla-interval", u"SUPPORTDESK_SLA_INTERVAL", Kind::Count,
     QT_TRANSLATE_NOOP("sd::server::ServerConfigLoader",
                       "Seconds between the SLA scheduler's passes (warnings, breaches, "
                       "escalations); 0 turns it off."),
     u"seconds", nullptr, &C::slaIntervalSeconds, nullptr, 0, 3600},
    {u"log", u"format", u"log-format", u"SUPPORTDESK_LOG_FORMAT", Kind::LogFormat,
     QT_TRANSLATE_NOOP("sd::server::ServerConfigLoader", "Log format: text or json."), u"text|json",
     &C::logFormat},
}};

QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
}

QString fullKey(const Setting &setting)
{
    return u'[' + str(setting.section) + u"] " + str(setting.key);
}

QString valueText(const Setting &setting, const ServerConfig &config)
{
    if (setting.kind == Kind::DatabaseUrl) {
        const auto url = sd::storage::DatabaseUrl::parse(config.databaseUrl);
        return url ? url->toDisplayString() : QString();
    }
    if (setting.count)
        return QString::number(config.*setting.count);
    if (setting.size)
        return ByteSize::format(config.*setting.size);
    return config.*setting.text;
}

std::optional<QString> assignCount(const Setting &setting, const QString &value,
                                   ServerConfig &config)
{
    bool ok = false;
    const int number = value.trimmed().toInt(&ok);
    if (ok && number < 0 && setting.minimum >= 0)
        return ServerConfigLoader::tr("must not be negative, got \"%1\"").arg(value);
    if (!ok || number < setting.minimum || number > setting.maximum)
        return ServerConfigLoader::tr("expected a whole number from %1 to %2, got \"%3\"")
            .arg(setting.minimum)
            .arg(setting.maximum)
            .arg(value);
    config.*setting.count = number;
    return std::nullopt;
}

std::optional<QString> assignSize(const Setting &setting, const QString &value,
                                  ServerConfig &config)
{
    if (value.trimmed().startsWith(u'-'))
        return ServerConfigLoader::tr("a size must not be negative, got \"%1\"").arg(value);
    const std::optional<qint64> bytes = ByteSize::parse(value);
    if (!bytes)
        return ServerConfigLoader::tr(
                   "expected a size in bytes or with a unit such as 300KB, 10MB or 10MiB, got "
                   "\"%1\"")
            .arg(value);
    if (*bytes == 0)
        return ServerConfigLoader::tr("expected a size greater than zero, got \"%1\"").arg(value);
    config.*setting.size = *bytes;
    return std::nullopt;
}

// Checks a text value and returns the normalised form to store; *problem says what is wrong.
QString checkText(const Setting &setting, const QString &value, QString *problem)
{
    switch (setting.kind) {
    case Kind::DatabaseUrl:
        if (const auto url = sd::storage::DatabaseUrl::parse(value); !url)
            *problem = url.error().message;
        return value.trimmed();
    case Kind::Listen:
        if (!ListenAddress::parse(value.trimmed()))
            *problem = ServerConfigLoader::tr(
                           "expected an address and port such as 127.0.0.1:8080 or [::1]:8443, "
                           "got \"%1\"")
                           .arg(value);
        return value.trimmed();
    case Kind::TimeZone:
        if (!QTimeZone::isTimeZoneIdAvailable(value.trimmed().toUtf8()))
            *problem = ServerConfigLoader::tr(
                           "expected an IANA time zone such as Europe/Moscow, got \"%1\"")
                           .arg(value);
        return value.trimmed();
    case Kind::TicketPrefix:
        if (!sd::core::TicketNumber::isValidPrefix(value.trimmed()))
            *problem = ServerConfigLoader::tr(
                           "expected 1 to 16 ASCII letters and digits starting with a letter, "
                           "got \"%1\"")
                           .arg(value);
        return value.trimmed().toUpper();
    case Kind::LogFormat:
        if (value.trimmed() != u"text" && value.trimmed() != u"json")
            *problem =
                ServerConfigLoader::tr("expected \"text\" or \"json\", got \"%1\"").arg(value);
        return value.trimmed();
    default:
        return value;
    }
}

// Stores `value`; the problem with it otherwise. Relative paths are resolved against
// `baseDir` (the config file's folder) when one is given, so a config file can name the key
// beside it whatever the server's working directory is.
std::optional<QString> assign(const Setting &setting, const QString &value, const QString &baseDir,
                              ServerConfig &config)
{
    if (setting.kind == Kind::Count)
        return assignCount(setting, value, config);
    if (setting.kind == Kind::Size)
        return assignSize(setting, value, config);
    if (setting.kind == Kind::Path) {
        const QString path = value.trimmed();
        config.*setting.text =
            path.isEmpty() || baseDir.isEmpty() ? path : QDir(baseDir).filePath(path);
        return std::nullopt;
    }
    QString problem;
    const QString checked = checkText(setting, value, &problem);
    if (!problem.isEmpty())
        return problem;
    config.*setting.text = checked;
    return std::nullopt;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({above + 1, row[j - 1] + 1,
                               diagonal + (a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The known key nearest to a misspelt one, also when it stands in the wrong section.
const Setting *nearest(const ConfigFile::Entry &entry)
{
    const Setting *best = nullptr;
    int bestDistance = std::max<int>(2, int(entry.key.size()) / 3) + 1;
    for (const Setting &setting : Settings) {
        const int keyDistance = editDistance(entry.key, str(setting.key));
        const int distance =
            keyDistance + (editDistance(entry.section, str(setting.section)) == 0 ? 0 : 1);
        if (distance < bestDistance) {
            best = &setting;
            bestDistance = distance;
        }
    }
    return best;
}

QString unknownKey(const QString &where, const ConfigFile::Entry &entry)
{
    if (const Setting *suggestion = nearest(entry))
        return ServerConfigLoader::tr("%1: unknown key; did you mean %2?")
            .arg(where, fullKey(*suggestion));
    QStringList known;
    for (const Setting &setting : Settings)
        known.append(fullKey(setting));
    return ServerConfigLoader::tr("%1: unknown key; the known keys are %2")
        .arg(where, known.join(QStringLiteral(", ")));
}

const Setting *find(const QString &section, const QString &key)
{
    for (const Setting &setting : Settings)
        if (section == QStringView(setting.section) && key == QStringView(setting.key))
            return &setting;
    return nullptr;
}

// Applies the layers in rising precedence and remembers where each value came from, so a
// check across settings (TLS) can name the culprit.
struct Layers
{
    ServerConfig config;
    QHash<const Setting *, QString> origins;
    QString error;

    bool set(const Setting &setting, const QString &value, const QString &where,
             const QString &baseDir = {})
    {
        if (const std::optional<QString> problem = assign(setting, value, baseDir, config)) {
            error = where + QStringLiteral(": ") + *problem;
            return false;
        }
        origins.insert(&setting, where);
        return true;
    }

    bool applyFile(const QString &path)
    {
        const auto entries = ConfigFile::read(path, &error);
        if (!entries)
            return false;
        const QString baseDir = QFileInfo(path).absolutePath();
        for (const ConfigFile::Entry &entry : *entries) {
            const QString where = ServerConfigLoader::tr("%1, line %2: [%3] %4")
                                      .arg(path)
                                      .arg(entry.line)
                                      .arg(entry.section, entry.key);
            const Setting *setting = find(entry.section, entry.key);
            if (!setting) {
                error = unknownKey(where, entry);
                return false;
            }
            if (!set(*setting, entry.value, where, baseDir))
                return false;
        }
        return true;
    }

    bool applyEnvironment(const QProcessEnvironment &env)
    {
        for (const Setting &setting : Settings) {
            const QString value = env.value(str(setting.variable));
            if (!value.isEmpty() &&
                !set(setting, value,
                     ServerConfigLoader::tr("environment variable %1").arg(str(setting.variable))))
                return false;
        }
        return true;
    }

    bool applyFlags(const QCommandLineParser &parser)
    {
        for (const Setting &setting : Settings) {
            const QString flag = str(setting.flag);
            if (parser.isSet(flag) &&
                !set(setting, parser.value(flag), ServerConfigLoader::tr("option --%1").arg(flag)))
                return false;
        }
        return true;
    }

    bool checkTls();
    bool checkDatabase();
};

const Setting &settingFor(QString ServerConfig::*field)
{
    for (const Setting &setting : Settings)
        if (setting.text == field)
            return setting;
    Q_UNREACHABLE();
}

QString namesOf(const Setting &setting)
{
    return ServerConfigLoader::tr("%1 in the config file, %2 or --%3")
        .arg(fullKey(setting), str(setting.variable), str(setting.flag));
}

bool Layers::checkTls()
{
    const Setting &cert = settingFor(&ServerConfig::tlsCertificate);
    const Setting &key = settingFor(&ServerConfig::tlsKey);
    if (config.tlsCertificate.isEmpty() != config.tlsKey.isEmpty()) {
        const bool certOnly = config.tlsKey.isEmpty();
        error = ServerConfigLoader::tr(
                    "%1: TLS needs both a certificate and a key; set the %2 too (%3)")
                    .arg(origins.value(certOnly ? &cert : &key),
                         certOnly ? ServerConfigLoader::tr("private key")
                                  : ServerConfigLoader::tr("certificate"),
                         namesOf(certOnly ? key : cert));
        return false;
    }
    for (const Setting *setting : {&cert, &key}) {
        QFile file(config.*setting->text);
        if (!file.fileName().isEmpty() && !file.open(QIODevice::ReadOnly)) {
            error = ServerConfigLoader::tr("%1: cannot read the PEM file %2: %3")
                        .arg(origins.value(setting), file.fileName(), file.errorString());
            return false;
        }
    }
    return true;
}

bool Layers::checkDatabase()
{
    if (!config.databaseUrl.isEmpty())
        return true;
    error = ServerConfigLoader::tr(
        "No database given: pass --db URL, set SUPPORTDESK_DB or set url in the "
        "[database] section of the config file.");
    return false;
}

} // namespace

void ServerConfigLoader::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ConfigFlag.toString(),
                      tr("INI config file (default: $%1).").arg(ConfigVariable), tr("file")});
    const ServerConfig defaults;
    for (const Setting &setting : Settings) {
        if (setting.kind == Kind::DatabaseUrl) {
            parser.addOption(CliSupport::databaseOption());
            continue;
        }
        QString help = tr(setting.help) + u' ' +
                       tr("Also %1, $%2.").arg(fullKey(setting), str(setting.variable));
        if (const QString shown = valueText(setting, defaults); !shown.isEmpty())
            help += u' ' + tr("Default: %1.").arg(shown);
        parser.addOption({str(setting.flag), help, str(setting.valueName)});
    }
}

std::optional<ServerConfig> ServerConfigLoader::load(const QCommandLineParser &parser,
                                                     const QProcessEnvironment &env, QString *error)
{
    Layers layers;
    const QString file = parser.isSet(ConfigFlag.toString()) ? parser.value(ConfigFlag.toString())
                                                             : env.value(ConfigVariable.toString());
    const bool ok = (file.isEmpty() || layers.applyFile(file)) && layers.applyEnvironment(env) &&
                    layers.applyFlags(parser) && layers.checkDatabase() && layers.checkTls();
    if (!ok) {
        *error = layers.error;
        return std::nullopt;
    }
    return layers.config;
}

QString ServerConfigLoader::describe(const ServerConfig &config)
{
    QString out = tr("# Effective settings: defaults < config file < SUPPORTDESK_* variables < "
                     "flags. The database password is not shown.") +
                  u'\n';
    QString section;
    for (const Setting &setting : Settings) {
        if (section != QStringView(setting.section)) {
            section = str(setting.section);
            out += u"\n[" + section + u"]\n";
        }
        const QString value = valueText(setting, config);
        out += str(setting.key) +
               (value.isEmpty() ? QStringLiteral(" =") : QStringLiteral(" = ") + value) + u'\n';
    }
    return out;
}

} // namespace sd::server
