#pragma once

#include "apiresult.h"
#include "core/attachmentinfo.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QFile;
class QTemporaryFile;

namespace sd::client {

class ApiJob;
class AttachmentCache;
class ServerApi;

// One attachment going up or coming down. Uploads stream from the file as the socket takes
// the bytes (a large log is never held in memory) and may be canceled; downloads land in an
// AttachmentCache, are checked against their SHA-256 and are reused while cached. Exactly one
// of uploaded(), downloaded(), failed() or canceled() is emitted, never from inside the
// factory call; then the transfer deletes itself.
class AttachmentTransfer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentTransfer)

public:
    enum class Direction { Upload, Download };

    // Sends `filePath` to POST /api/v1/attachments?name=`name` (the file's own name when
    // empty).
    static AttachmentTransfer *upload(ServerApi *api, const QString &filePath,
                                      const QString &name = {}, QObject *parent = nullptr);
    // The cached copy of `attachment`, found by id and sha256 or downloaded first. `cache`
    // must outlive the transfer.
    static AttachmentTransfer *download(ServerApi *api, AttachmentCache *cache,
                                        const core::AttachmentInfo &attachment,
                                        QObject *parent = nullptr);
    ~AttachmentTransfer() override;

    Direction direction() const { return m_direction; }
    // Stops the transfer; an upload canceled before its last byte leaves nothing on the server.
    void cancel();

signals:
    void progress(qint64 done, qint64 total);
    void uploaded(const sd::core::AttachmentInfo &attachment);
    void downloaded(const QString &path);
    void failed(const sd::client::ApiResult &result);
    void canceled();

private:
    AttachmentTransfer(Direction direction, QObject *parent);

    void startUpload(ServerApi *api, const QString &filePath, const QString &name);
    void startDownload(ServerApi *api);
    void onUploadFinished(const ApiResult &result);
    void onDownloadFinished(const ApiResult &result);
    QString verifyDownload();
    // Reports later, so that the caller of the factory can connect first.
    void failSoon(const ApiResult &result);
    void conclude(const std::function<void()> &emitResult);

    Direction m_direction;
    AttachmentCache *m_cache = nullptr;
    core::AttachmentInfo m_attachment;
    std::unique_ptr<QFile> m_source;
    std::unique_ptr<QTemporaryFile> m_partial;
    QPointer<ApiJob> m_job;
    bool m_done = false;
};

} // namespace sd::client
