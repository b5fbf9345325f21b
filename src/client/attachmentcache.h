#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

namespace sd::client {

// Downloaded attachments on disk, one file per attachment id and SHA-256, within a size
// bound. The file time records the last use, so the least recently used files go first when
// the bound is exceeded, also across restarts. Files of other names in the folder (downloads
// in progress, anything else) are neither counted nor removed.
class AttachmentCache final
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentCache)

public:
    static constexpr qint64 DefaultMaxBytes = 256LL * 1024 * 1024;

    explicit AttachmentCache(QString directory, qint64 maxBytes = DefaultMaxBytes);

    QString directory() const { return m_directory; }
    qint64 maxBytes() const { return m_maxBytes; }
    // Evicts at once when the new bound is smaller than what is stored.
    void setMaxBytes(qint64 maxBytes);
    // Where "now" comes from when marking a use; tests pass a clock that steps.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // The cached file, marked as just used; empty when not cached.
    QString lookup(qint64 id, const QString &sha256);
    // Takes a finished, verified download (a file in directory()) in under its key, marks it
    // used and evicts others until the total fits. Returns the cached path, or empty with
    // *error set.
    QString adopt(const QString &downloadedFile, qint64 id, const QString &sha256, QString *error);
    // Creates directory() when missing; false with *error set when it cannot be.
    bool ensureDirectory(QString *error) const;
    qint64 totalBytes() const;

    // The file name of a cached attachment: "<id>-<sha256>".
    static QString keyFor(qint64 id, const QString &sha256);
    static bool isValidSha256(const QString &sha256);

private:
    void evict(const QString &keepPath);
    bool touch(const QString &path) const;

    QString m_directory;
    qint64 m_maxBytes;
    std::function<QDateTime()> m_clock;
};

} // namespace sd::client
