#include "attachmentlimit.h"

#include "apicall.h"
#include "apijob.h"
#include "apiresult.h"
#include "protocol/healthinfo.h"
#include "serverapi.h"
#include "storage/statement.h"

#include <QLoggingCategory>

namespace sd::client {

namespace {

Q_LOGGING_CATEGORY(lcLimit, "sd.client.attachmentlimit")

const QString Key = QStringLiteral("attachment_max_bytes");

} // namespace

AttachmentLimit::AttachmentLimit(ServerApi *api, storage::Database &replica, QObject *parent)
    : QObject(parent), m_api(api), m_replica(replica)
{
    storage::Statement select(m_replica, QStringLiteral("SELECT value FROM sync_state WHERE "
                                                        "key = ?"));
    if (!select.bind(Key).exec()) {
        qCWarning(lcLimit, "the last known limit could not be read: %s",
                  qUtf8Printable(select.error().message));
        return;
    }
    if (!select.next())
        return;
    if (const qint64 remembered = select.text(0).toLongLong(); remembered > 0) {
        m_maxBytes = remembered;
        m_known = true;
    }
}

core::AttachmentPolicy AttachmentLimit::policy() const
{
    core::AttachmentPolicy::Limits limits;
    limits.maxBytes = m_maxBytes;
    return core::AttachmentPolicy(limits);
}

void AttachmentLimit::refresh()
{
    if (m_job || !m_api)
        return;
    m_job = m_api->send(ApiCall::get(QStringLiteral("/api/v1/health")));
    connect(m_job, &ApiJob::finished, this, &AttachmentLimit::answered);
}

void AttachmentLimit::answered(const ApiResult &result)
{
    m_job.clear();
    if (!result.ok())
        return;
    const qint64 told = protocol::HealthInfo::fromJson(result.object()).attachmentMaxBytes;
    if (told <= 0 || (m_known && told == m_maxBytes))
        return;
    m_maxBytes = told;
    m_known = true;
    storage::Statement upsert(m_replica, QStringLiteral("INSERT INTO sync_state (key, value) "
                                                        "VALUES (?, ?) ON CONFLICT (key) DO "
                                                        "UPDATE SET value = excluded.value"));
    // Not kept, it still holds for this run; the next start asks the server again.
    if (!upsert.bind(Key).bind(QString::number(told)).exec())
        qCWarning(lcLimit, "the limit could not be kept for the next start: %s",
                  qUtf8Printable(upsert.error().message));
    emit changed(told);
}

} // namespace sd::client
