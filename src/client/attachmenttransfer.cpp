#include "attachmenttransfer.h"

#include "apijob.h"
#include "attachmentcache.h"
#include "protocol/attachmentjson.h"
#include "serverapi.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace sd::client {

AttachmentTransfer::AttachmentTransfer(Direction direction, QObject *parent)
    : QObject(parent), m_direction(direction)
{}

AttachmentTransfer::~AttachmentTransfer()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

AttachmentTransfer *AttachmentTransfer::upload(ServerApi *api, const QString &filePath,
                                               const QString &name, QObject *parent)
{
    auto *transfer = new AttachmentTransfer(Direction::Upload, parent);
    transfer->startUpload(api, filePath, name.isEmpty() ? QFileInfo(filePath).fileName() : name);
    return transfer;
}

AttachmentTransfer *AttachmentTransfer::download(ServerApi *api, AttachmentCache *cache,
                                                 const core::AttachmentInfo &attachment,
                                                 QObject *parent)
{
    auto *transfer = new AttachmentTransfer(Direction::Download, parent);
    transfer->m_cache = cache;
    transfer->m_attachment = attachment;
    transfer->startDownload(api);
    return transfer;
}

void AttachmentTransfer::cancel()
{
    if (m_done)
        return;
    if (m_job) {
        m_job->abort(); // reports Failure::Canceled through the job's finished()
        return;
    }
    conclude([this] { emit canceled(); });
}

void AttachmentTransfer::startUpload(ServerApi *api, const QString &filePath, const QString &name)
{
    m_source = std::make_unique<QFile>(filePath);
    if (!m_source->open(QIODevice::ReadOnly)) {
        failSoon(ApiResult::localFileFailure(QDir::toNativeSeparators(filePath),
                                             m_source->errorString()));
        return;
    }
    ApiCall call;
    call.method = "POST";
    call.path = QStringLiteral("/api/v1/attachments");
    call.query.addQueryItem(QStringLiteral("name"), name);
    call.bodyDevice = m_source.get();
    ApiJob *job = api->send(call);
    connect(job, &ApiJob::uploadProgress, this, [this](qint64 sent, qint64 total) {
        // Qt also reports (0, 0) around requests; only real progress is news.
        if (total > 0)
            emit progress(sent, total);
    });
    connect(job, &ApiJob::finished, this, &AttachmentTransfer::onUploadFinished);
    m_job = job;
}

void AttachmentTransfer::startDownload(ServerApi *api)
{
    const QString cached = m_cache->lookup(m_attachment.id, m_attachment.sha256);
    if (!cached.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, cached] { conclude([this, cached] { emit downloaded(cached); }); },
            Qt::QueuedConnection);
        return;
    }
    QString error;
    if (!AttachmentCache::isValidSha256(m_attachment.sha256)) {
        failSoon(ApiResult::localFileFailure(m_attachment.name,
                                             tr("the attachment has no SHA-256 to check.")));
        return;
    }
    if (!m_cache->ensureDirectory(&error)) {
        failSoon(ApiResult::localFileFailure(m_cache->directory(), error));
        return;
    }
    m_partial = std::make_unique<QTemporaryFile>(
        QDir(m_cache->directory()).filePath(QStringLiteral("download-XXXXXX.part")));
    if (!m_partial->open()) {
        failSoon(ApiResult::localFileFailure(m_cache->directory(), m_partial->errorString()));
        return;
    }
    ApiCall call =
        ApiCall::get(QStringLiteral("/api/v1/attachments/") + QString::number(m_attachment.id));
    call.downloadTo = m_partial.get();
    ApiJob *job = api->send(call);
    connect(job, &ApiJob::downloadProgress, this, [this](qint64 received, qint64 total) {
        emit progress(received, total > 0 ? total : m_attachment.size);
    });
    connect(job, &ApiJob::finished, this, &AttachmentTransfer::onDownloadFinished);
    m_job = job;
}

void AttachmentTransfer::onUploadFinished(const ApiResult &result)
{
    if (result.failure == ApiResult::Failure::Canceled) {
        conclude([this] { emit canceled(); });
        return;
    }
    if (!result.ok()) {
        conclude([this, result] { emit failed(result); });
        return;
    }
    protocol::ApiError error;
    const auto attachment = protocol::AttachmentJson::fromJson(result.object(), &error);
    if (!attachment) {
        ApiResult broken = result;
        broken.failure = ApiResult::Failure::Http;
        broken.userMessage =
            tr("The server's answer to the upload is not understood: %1").arg(error.message);
        conclude([this, broken] { emit failed(broken); });
        return;
    }
    conclude([this, info = *attachment] { emit uploaded(info); });
}

void AttachmentTransfer::onDownloadFinished(const ApiResult &result)
{
    if (result.failure == ApiResult::Failure::Canceled) {
        conclude([this] { emit canceled(); });
        return;
    }
    if (!result.ok()) {
        conclude([this, result] { emit failed(result); });
        return;
    }
    const QString problem = verifyDownload();
    QString error = problem;
    const QString path = problem.isEmpty() ? m_cache->adopt(m_partial->fileName(), m_attachment.id,
                                                            m_attachment.sha256, &error)
                                           : QString();
    if (path.isEmpty()) {
        ApiResult local = ApiResult::localFileFailure(m_attachment.name, error);
        conclude([this, local] { emit failed(local); });
        return;
    }
    conclude([this, path] { emit downloaded(path); });
}

QString AttachmentTransfer::verifyDownload()
{
    if (!m_partial->flush() || !m_partial->seek(0))
        return m_partial->errorString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(m_partial.get()))
        return m_partial->errorString();
    m_partial->close();
    if (QString::fromLatin1(hash.result().toHex()) != m_attachment.sha256.toLower())
        return tr("the downloaded bytes do not match the attachment's SHA-256; the copy was "
                  "discarded.");
    return {};
}

void AttachmentTransfer::failSoon(const ApiResult &result)
{
    QMetaObject::invokeMethod(
        this, [this, result] { conclude([this, result] { emit failed(result); }); },
        Qt::QueuedConnection);
}

void AttachmentTransfer::conclude(const std::function<void()> &emitResult)
{
    if (m_done)
        return;
    m_done = true;
    m_job.clear();
    m_partial.reset();
    emitResult();
    deleteLater();
}

} // namespace sd::client
