#pragma once

#include "core/attachmentpolicy.h"

#include <QObject>
#include <QPointer>

namespace sd::storage {
class Database;
}

namespace sd::client {

class ApiJob;
class ServerApi;
struct ApiResult;

// The largest attachment the server accepts (its `attachment_limit` setting, published as
// `attachment_max_bytes` in GET /api/v1/health), so that the workstation refuses a file while
// the agent attaches it, not when the outbox sends it. The last limit the server told is kept
// in the replica: started without the server, the workstation checks against that, not
// against the built-in default.
class AttachmentLimit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentLimit)

public:
    // `api` is not owned; `replica` is the replica's connection (Replica::database()), used on
    // its thread, and must outlive this object.
    AttachmentLimit(ServerApi *api, storage::Database &replica, QObject *parent = nullptr);

    // The last limit the server told; core::AttachmentPolicy::DefaultMaxBytes until one did.
    qint64 maxBytes() const { return m_maxBytes; }
    bool isKnown() const { return m_known; }
    core::AttachmentPolicy policy() const;

    // Asks the server. An answer without the limit (an older server) or no answer changes
    // nothing; one already on its way is not asked again.
    void refresh();

signals:
    void changed(qint64 maxBytes);

private:
    void answered(const ApiResult &result);

    QPointer<ServerApi> m_api;
    storage::Database &m_replica;
    QPointer<ApiJob> m_job;
    qint64 m_maxBytes = core::AttachmentPolicy::DefaultMaxBytes;
    bool m_known = false;
};

} // namespace sd::client
