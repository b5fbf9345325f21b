#include "outboxsender.h"

#include "apijob.h"
#include "apiresult.h"
#include "attachmenttransfer.h"
#include "fieldmerge.h"
#include "outbox.h"
#include "retrypolicy.h"
#include "serverapi.h"

#include <QJsonArray>
#include <QLoggingCategory>

namespace sd::client {

namespace {

Q_LOGGING_CATEGORY(lcOutbox, "sd.client.outbox")

using Operation = OutboxEntry::Operation;

QString ticketPath(qint64 id, const QString &tail = {})
{
    return QStringLiteral("/api/v1/tickets/%1%2").arg(id).arg(tail);
}

// The request body without the local file list, with the uploaded attachments' ids.
QJsonObject requestBody(const OutboxEntry &entry)
{
    QJsonObject body = entry.payload;
    const QJsonArray files = body.take(QStringLiteral("files")).toArray();
    if (!files.isEmpty()) {
        QJsonArray ids = body.value(QStringLiteral("attachments")).toArray();
        for (const QJsonValue &file : files)
            ids.append(file.toObject().value(QStringLiteral("attachment_id")));
        body.insert(QStringLiteral("attachments"), ids);
    }
    return body;
}

// Worth another try later: the server or the way to it is away, busy or not trusted yet.
bool isTransient(const ApiResult &result)
{
    switch (result.failure) {
    case ApiResult::Failure::Network:
    case ApiResult::Failure::Timeout:
    case ApiResult::Failure::Certificate:
        return true;
    case ApiResult::Failure::Http:
        return result.httpStatus == 408 || result.httpStatus == 429 || result.httpStatus >= 500;
    default:
        return false;
    }
}

} // namespace

OutboxSender::OutboxSender(ServerApi *api, Outbox *outbox, QObject *parent)
    : QObject(parent), m_api(api), m_outbox(outbox)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &OutboxSender::sendNext);
}

OutboxSender::~OutboxSender()
{
    m_state = State::Stopped;
    if (m_upload)
        m_upload->cancel();
    if (m_job)
        m_job->abort();
}

void OutboxSender::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void OutboxSender::start()
{
    if (m_state == State::Stopped)
        setState(State::Idle);
    kick();
}

void OutboxSender::stop()
{
    setState(State::Stopped);
    m_retry.stop();
    m_current.reset();
    if (m_upload)
        m_upload->cancel();
    if (m_job)
        m_job->abort();
}

void OutboxSender::kick()
{
    if (m_state == State::Idle || m_state == State::Waiting) {
        m_retry.stop();
        sendNext();
    }
}

bool OutboxSender::storageOk(const storage::Result<void> &result)
{
    if (result)
        return true;
    m_lastError = result.error().message;
    qCWarning(lcOutbox) << "outbox storage failed:" << m_lastError;
    stop();
    return false;
}

void OutboxSender::sendNext()
{
    if (m_state == State::Stopped || m_current || !m_api)
        return;
    auto next = m_outbox->next();
    if (!next) {
        storageOk(next.error());
        return;
    }
    if (!next.value()) {
        setState(State::Idle);
        return;
    }
    m_current = *next.value();
    setState(State::Sending);
    uploadFiles(*m_current);
}

void OutboxSender::uploadFiles(const OutboxEntry &entry)
{
    const QJsonArray files = entry.payload.value(QStringLiteral("files")).toArray();
    for (int i = 0; i < files.size(); ++i) {
        const QJsonObject file = files.at(i).toObject();
        if (file.contains(QStringLiteral("attachment_id")))
            continue;
        m_upload = AttachmentTransfer::upload(m_api, file.value(QStringLiteral("path")).toString(),
                                              file.value(QStringLiteral("name")).toString(), this);
        connect(m_upload, &AttachmentTransfer::progress, this,
                [this, id = entry.id](qint64 done, qint64 total) {
                    emit uploadProgress(id, done, total);
                });
        connect(m_upload, &AttachmentTransfer::uploaded, this,
                [this, i](const core::AttachmentInfo &attachment) {
                    if (!m_current)
                        return;
                    if (!storageOk(m_outbox->recordUpload(*m_current, i, attachment.id)))
                        return;
                    auto reread = m_outbox->entry(m_current->id);
                    if (!reread || !reread.value())
                        return waitAndRetry(tr("The outbox could not be read."));
                    m_current = *reread.value();
                    uploadFiles(*m_current);
                });
        connect(m_upload, &AttachmentTransfer::failed, this, &OutboxSender::answered);
        return;
    }
    sendRequest(entry);
}

void OutboxSender::sendRequest(const OutboxEntry &entry)
{
    const QJsonObject body = requestBody(entry);
    ApiCall call;
    switch (entry.operation) {
    case Operation::CreateTicket:
        call = ApiCall::post(QStringLiteral("/api/v1/tickets"), body, entry.uuid);
        break;
    case Operation::PostMessage:
        call = ApiCall::post(ticketPath(entry.ticketId, QStringLiteral("/messages")), body,
                             entry.uuid);
        break;
    case Operation::UpdateTicket:
        call =
            ApiCall::patch(ticketPath(entry.ticketId), body,
                           QByteArray::number(entry.base.value(QStringLiteral("version")).toInt()));
        // If-Match already makes a repeat harmless (it answers 409, which merges to nothing);
        // the key lets ServerApi retry a lost answer at once.
        call.idempotencyKey = entry.uuid;
        break;
    case Operation::Merge:
        call =
            ApiCall::post(ticketPath(entry.ticketId, QStringLiteral("/merge")), body, entry.uuid);
        break;
    case Operation::Split:
        call =
            ApiCall::post(ticketPath(entry.ticketId, QStringLiteral("/split")), body, entry.uuid);
        break;
    case Operation::Rate:
        // A rating replaces the previous one, so sending it twice changes nothing.
        call =
            ApiCall::post(ticketPath(entry.ticketId, QStringLiteral("/rating")), body, entry.uuid);
        break;
    }
    m_job = m_api->send(call);
    connect(m_job, &ApiJob::finished, this, &OutboxSender::answered);
}

void OutboxSender::answered(const ApiResult &result)
{
    if (m_state == State::Stopped || !m_current)
        return;
    const OutboxEntry entry = *m_current;
    if (result.ok()) {
        if (!storageOk(m_outbox->acknowledge(entry, result.object())))
            return;
        m_current.reset();
        m_failures = 0;
        emit acknowledged(entry, result.object());
        return sendNext();
    }
    if (result.failure == ApiResult::Failure::Canceled)
        return;
    if (result.failure == ApiResult::Failure::Http && result.httpStatus == 401) {
        m_lastError = result.userMessage;
        stop();
        emit unauthorized();
        return;
    }
    if (isTransient(result))
        return waitAndRetry(result.userMessage);
    const QJsonObject current = result.object().value(QStringLiteral("current")).toObject();
    if (entry.operation == Operation::UpdateTicket && result.httpStatus == 409 &&
        !current.isEmpty())
        return mergeConflict(entry, current);
    m_current.reset();
    if (!storageOk(m_outbox->markFailed(entry, result.userMessage)))
        return;
    emit refused(entry, result.userMessage, result.error.field);
    sendNext();
}

void OutboxSender::mergeConflict(const OutboxEntry &entry, const QJsonObject &current)
{
    const FieldMerge::Outcome merged = FieldMerge::merge(entry.base, entry.payload, current);
    m_current.reset();
    if (!merged.conflicts.isEmpty()) {
        if (!storageOk(m_outbox->markConflict(entry, current)))
            return;
        qCInfo(lcOutbox) << "edit" << entry.uuid << "conflicts on" << merged.conflicts.size()
                         << "fields";
        emit conflicted(entry, merged.conflicts);
        return sendNext();
    }
    if (!storageOk(m_outbox->rebase(entry, merged.patch, current)))
        return;
    if (merged.patch.isEmpty())
        emit acknowledged(entry, current);
    sendNext();
}

void OutboxSender::waitAndRetry(const QString &reason)
{
    m_lastError = reason;
    if (m_current)
        storageOk(m_outbox->noteAttempt(*m_current, reason));
    m_current.reset();
    if (m_state == State::Stopped)
        return;
    setState(State::Waiting);
    RetryPolicy::Settings settings;
    settings.baseDelayMs = 500;
    settings.maxDelayMs = MaxRetryDelayMs;
    const int delay = RetryPolicy(settings).randomDelayMs(++m_failures);
    qCInfo(lcOutbox) << "server unreachable, next try in" << delay << "ms:" << reason;
    m_retry.start(delay);
}

} // namespace sd::client
