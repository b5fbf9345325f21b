#include "serversettings.h"

#include "auditrepository.h"
#include "database.h"
#include "statement.h"
#include "transaction.h"

namespace sd::storage {

namespace {

const QString WarningShareKey = QStringLiteral("sla_warning_share");

} // namespace

ServerSettings::ServerSettings(Database &db) : m_db(db) {}

Result<double> ServerSettings::warningShare()
{
    Statement row(m_db, QStringLiteral("SELECT ") + warningShareSql());
    if (!row.exec())
        return row.error();
    return warningShareOf(row.next() ? row.value(0) : QVariant());
}

double ServerSettings::warningShareOf(const QVariant &stored)
{
    bool ok = false;
    const double share = stored.isNull() ? 0 : stored.toString().toDouble(&ok);
    return ok && share > 0 && share < 1 ? share : DefaultWarningShare;
}

QString ServerSettings::warningShareSql()
{
    // The key is a constant of this class, never input, so it may be spliced in.
    return QStringLiteral("(SELECT s.value FROM server_settings s WHERE s.key = '%1')")
        .arg(WarningShareKey);
}

Result<void> ServerSettings::setWarningShare(double share, qint64 actorId)
{
    if (!(share > 0 && share < 1))
        return StorageError{StorageError::Kind::Invalid,
                            tr("The warning share must lie between 0 and 1, such as 0.8.")};
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    const auto before = warningShare();
    if (!before)
        return before.error();
    Statement write(m_db, QStringLiteral("INSERT INTO server_settings (key, value, updated_at) "
                                         "VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                                         "value = excluded.value, updated_at = "
                                         "excluded.updated_at"));
    write.bind(WarningShareKey).bind(QString::number(share));
    if (!write.bindTime(QDateTime::currentDateTimeUtc()).exec())
        return write.error();
    AuditEvent event;
    event.actorId = actorId;
    event.entityType = EntityType::EscalationRule;
    event.action = QStringLiteral("update");
    event.field = WarningShareKey;
    event.oldValue = QString::number(before.value());
    event.newValue = QString::number(share);
    if (const auto recorded = AuditRepository(m_db).record(event); !recorded)
        return recorded;
    return tx.commit();
}

} // namespace sd::storage
