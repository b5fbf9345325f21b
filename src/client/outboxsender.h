#pragma once

#include "fieldconflict.h"
#include "outboxentry.h"
#include "storage/result.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace sd::client {

class ApiJob;
class AttachmentTransfer;
class Outbox;
class ServerApi;
struct ApiResult;

// Sends the Outbox's entries one at a time, oldest first: uploads an entry's files, then its
// request with the entry's UUID as Idempotency-Key (PATCH also carries If-Match, which alone
// makes a repeat harmless). An entry leaves the outbox only when the server's answer has been
// written to the replica. When the server cannot be reached it waits with growing, jittered
// delays (or until kick()); a refusal parks the entry for the user; a 409 on an edit is merged
// field by field (FieldMerge) and sent again, or parked as a conflict when both sides changed
// the same field.
class OutboxSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxSender)

public:
    enum class State { Stopped, Idle, Sending, Waiting };
    Q_ENUM(State)

    static constexpr int MaxRetryDelayMs = 30000;

    // Neither is owned; both must outlive the sender.
    OutboxSender(ServerApi *api, Outbox *outbox, QObject *parent = nullptr);
    ~OutboxSender() override;

    void start();
    // Abandons the request in flight; its entry stays in the outbox and goes again later
    // (the server applies it once even if it had arrived).
    void stop();
    // Something was queued, or the server is reachable again: send now instead of waiting.
    void kick();

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }

signals:
    void stateChanged(sd::client::OutboxSender::State state);
    void acknowledged(const sd::client::OutboxEntry &entry, const QJsonObject &answer);
    // Parked until the user amends, retries or discards it; `message` says why and `field`
    // names the refused field when the server did (a 422), else it is empty.
    void refused(const sd::client::OutboxEntry &entry, const QString &message,
                 const QString &field);
    void conflicted(const sd::client::OutboxEntry &entry,
                    const QList<sd::client::FieldConflict> &conflicts);
    void uploadProgress(qint64 entryId, qint64 done, qint64 total);
    // The token is no longer accepted: sending stops until the user signs in again.
    void unauthorized();

private:
    void setState(State state);
    void sendNext();
    void uploadFiles(const OutboxEntry &entry);
    void sendRequest(const OutboxEntry &entry);
    void answered(const ApiResult &result);
    void mergeConflict(const OutboxEntry &entry, const QJsonObject &current);
    void waitAndRetry(const QString &reason);
    bool storageOk(const storage::Result<void> &result);

    QPointer<ServerApi> m_api;
    Outbox *m_outbox;
    State m_state = State::Stopped;
    QString m_lastError;
    std::optional<OutboxEntry> m_current;
    QPointer<ApiJob> m_job;
    QPointer<AttachmentTransfer> m_upload;
    QTimer m_retry;
    int m_failures = 0;
};

} // namespace sd::client
