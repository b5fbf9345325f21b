#include "statement.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace sd::storage {

Statement::Statement(Database &db, QString sql, Plan plan)
    : m_db(db), m_sql(std::move(sql)),
      m_reuse(plan == Plan::Reuse || db.backend() == Backend::Sqlite)
{}

Statement &Statement::bind(const QVariant &value)
{
    // The drivers bind a null QString or QByteArray as SQL NULL; an empty field of a domain
    // struct is empty text, not "unknown". Typed null QVariants still bind NULL.
    if (!value.isNull() && value.metaType() == QMetaType::fromType<QString>() &&
        value.toString().isNull()) {
        m_values.append(QStringLiteral(""));
    } else if (!value.isNull() && value.metaType() == QMetaType::fromType<QByteArray>() &&
               value.toByteArray().isNull()) {
        m_values.append(QByteArray("", 0));
    } else {
        m_values.append(value);
    }
    return *this;
}

Statement &Statement::bindId(qint64 id)
{
    return bind(id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id));
}

Statement &Statement::bindTime(const QDateTime &at)
{
    return bind(at.isValid() ? QVariant(timeText(at)) : QVariant(QMetaType::fromType<QString>()));
}

bool Statement::exec()
{
    m_rows.clear();
    m_row = -1;
    m_rowsAffected = 0;
    Result<QSqlQuery> prepared = m_db.takeQuery(m_sql, m_reuse);
    if (!prepared) {
        m_error = prepared.error();
        return false;
    }
    QSqlQuery &query = prepared.value();
    for (const QVariant &value : std::as_const(m_values))
        query.addBindValue(value);
    const bool done = query.exec();
    if (done) {
        const int columns = query.record().count();
        while (query.next()) {
            QVariantList row;
            row.reserve(columns);
            for (int column = 0; column < columns; ++column)
                row.append(query.value(column));
            m_rows.append(std::move(row));
        }
        m_rowsAffected = query.numRowsAffected();
    } else {
        m_error = m_db.errorFrom(query.lastError());
    }
    if (m_reuse)
        m_db.returnQuery(m_sql, std::move(query));
    return done;
}

bool Statement::next()
{
    if (m_row + 1 >= m_rows.size())
        return false;
    ++m_row;
    return true;
}

QVariant Statement::value(int column) const
{
    if (m_row < 0 || m_row >= m_rows.size() || column >= m_rows.at(m_row).size())
        return {};
    return m_rows.at(m_row).at(column);
}

qint64 Statement::id(int column) const
{
    return value(column).toLongLong();
}

QString Statement::text(int column) const
{
    return value(column).toString();
}

QDateTime Statement::time(int column) const
{
    const QVariant raw = value(column);
    if (raw.isNull())
        return {};
    if (raw.metaType() == QMetaType::fromType<QDateTime>())
        return raw.toDateTime().toUTC();
    return QDateTime::fromString(raw.toString(), Qt::ISODateWithMs).toUTC();
}

bool Statement::flag(int column) const
{
    return value(column).toBool();
}

QString Statement::timeText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace sd::storage
