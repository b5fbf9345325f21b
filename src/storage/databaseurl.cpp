#include "databaseurl.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace sd::storage {

namespace {

constexpr QLatin1StringView SqliteScheme("sqlite:");
constexpr QLatin1StringView MemoryPath(":memory:");

StorageError invalid(const QString &message)
{
    return {StorageError::Kind::Invalid, message};
}

} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(SqliteScheme, Qt::CaseInsensitive))
        return parseSqlite(trimmed);
    if (trimmed.startsWith(u"postgresql://", Qt::CaseInsensitive) ||
        trimmed.startsWith(u"postgres://", Qt::CaseInsensitive))
        return parsePostgres(trimmed);
    return invalid(tr("Unsupported database URL \"%1\": use sqlite:/path/file.db or "
                      "postgresql://user@host:port/dbname.")
                       .arg(trimmed.section(u':', 0, 0)));
}

Result<DatabaseUrl> DatabaseUrl::parseSqlite(const QString &text)
{
    QString path = text.mid(SqliteScheme.size());
    // sqlite:///abs/path is the spelling some tools write; it means /abs/path.
    if (path.startsWith(u"///"))
        path = path.mid(2);
    if (path.isEmpty())
        return invalid(tr("The database URL \"%1\" names no file.").arg(text));
    DatabaseUrl url;
    url.m_backend = Backend::Sqlite;
    url.m_path = path;
    return url;
}

Result<DatabaseUrl> DatabaseUrl::parsePostgres(const QString &text)
{
    const QUrl parsed(text, QUrl::StrictMode);
    DatabaseUrl url;
    url.m_backend = Backend::PostgreSql;
    url.m_host = parsed.host(QUrl::FullyDecoded);
    url.m_userName = parsed.userName(QUrl::FullyDecoded);
    url.m_password = parsed.password(QUrl::FullyDecoded);
    url.m_databaseName = parsed.path(QUrl::FullyDecoded).mid(1);
    url.m_port = parsed.port(5432);
    // Everything after the password is safe to show when the URL itself is malformed.
    const QString shown = text.section(u'@', -1);
    if (!parsed.isValid() || url.m_host.isEmpty())
        return invalid(tr("The database URL \"%1\" is malformed.").arg(shown));
    if (url.m_databaseName.isEmpty() || url.m_databaseName.contains(u'/'))
        return invalid(tr("The database URL \"%1\" names no database.").arg(shown));
    if (url.m_password.isEmpty())
        url.m_password = qEnvironmentVariable("PGPASSWORD");
    static const QRegularExpression optionName(QStringLiteral("^[a-z_]+$"));
    const auto items = QUrlQuery(parsed).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        // QPSQL separates options with ';', so a value holding one could smuggle in another.
        if (!optionName.match(key).hasMatch() || value.contains(u';'))
            return invalid(tr("The database URL option \"%1\" is not valid.").arg(key));
        url.m_options.append({key, value});
    }
    return url;
}

bool DatabaseUrl::isInMemory() const
{
    return m_backend == Backend::Sqlite && m_path == MemoryPath;
}

QString DatabaseUrl::toDisplayString() const
{
    if (m_backend == Backend::Sqlite)
        return SqliteScheme + m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setUserName(m_userName);
    url.setPath(u'/' + m_databaseName);
    return url.toString();
}

DatabaseUrl DatabaseUrl::withDatabaseName(const QString &name) const
{
    DatabaseUrl copy = *this;
    copy.m_databaseName = name;
    return copy;
}

QString DatabaseUrl::toString() const
{
    if (m_backend == Backend::Sqlite)
        return SqliteScheme + m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setUserName(m_userName);
    url.setPassword(m_password);
    url.setPath(u'/' + m_databaseName);
    QUrlQuery query;
    for (const auto &[key, value] : m_options)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace sd::storage
