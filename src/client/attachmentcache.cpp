#include "attachmentcache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace sd::client {

namespace {

const QRegularExpression &cachedName()
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]+-[0-9a-f]{64}$"));
    return pattern;
}

QFileInfoList cachedFiles(const QString &directory)
{
    QFileInfoList files;
    const QFileInfoList entries = QDir(directory).entryInfoList(QDir::Files | QDir::NoSymLinks);
    for (const QFileInfo &entry : entries) {
        if (cachedName().match(entry.fileName()).hasMatch())
            files.append(entry);
    }
    return files;
}

} // namespace

AttachmentCache::AttachmentCache(QString directory, qint64 maxBytes)
    : m_directory(std::move(directory)), m_maxBytes(maxBytes),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

void AttachmentCache::setMaxBytes(qint64 maxBytes)
{
    m_maxBytes = maxBytes;
    evict({});
}

QString AttachmentCache::keyFor(qint64 id, const QString &sha256)
{
    return QString::number(id) + u'-' + sha256.toLower();
}

bool AttachmentCache::isValidSha256(const QString &sha256)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    return hex.match(sha256).hasMatch();
}

QString AttachmentCache::lookup(qint64 id, const QString &sha256)
{
    if (id <= 0 || !isValidSha256(sha256))
        return {};
    const QString path = QDir(m_directory).filePath(keyFor(id, sha256));
    if (!QFileInfo(path).isFile())
        return {};
    // A file whose time cannot be set is still good; it only ages as if unused.
    touch(path);
    return path;
}

QString AttachmentCache::adopt(const QString &downloadedFile, qint64 id, const QString &sha256,
                               QString *error)
{
    if (id <= 0 || !isValidSha256(sha256)) {
        *error = tr("The attachment has no valid id and SHA-256.");
        return {};
    }
    const QString path = QDir(m_directory).filePath(keyFor(id, sha256));
    // Same id and hash means same bytes: an older copy may simply be replaced.
    QFile::remove(path);
    QFile file(downloadedFile);
    if (!file.rename(path)) {
        *error = tr("Cannot move the download into the cache folder %1: %2")
                     .arg(QDir::toNativeSeparators(m_directory), file.errorString());
        return {};
    }
    touch(path);
    evict(path);
    return path;
}

bool AttachmentCache::ensureDirectory(QString *error) const
{
    if (QDir().mkpath(m_directory))
        return true;
    *error = tr("Cannot create the attachment cache folder %1.")
                 .arg(QDir::toNativeSeparators(m_directory));
    return false;
}

qint64 AttachmentCache::totalBytes() const
{
    qint64 total = 0;
    for (const QFileInfo &file : cachedFiles(m_directory))
        total += file.size();
    return total;
}

bool AttachmentCache::touch(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) &&
           file.setFileTime(m_clock(), QFileDevice::FileModificationTime);
}

void AttachmentCache::evict(const QString &keepPath)
{
    QFileInfoList files = cachedFiles(m_directory);
    qint64 total = 0;
    for (const QFileInfo &file : files)
        total += file.size();
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.lastModified() < b.lastModified();
    });
    const QString keep = keepPath.isEmpty() ? QString() : QFileInfo(keepPath).absoluteFilePath();
    // The file just downloaded stays even alone over the bound: the user asked for it.
    for (const QFileInfo &file : std::as_const(files)) {
        if (total <= m_maxBytes)
            break;
        if (file.absoluteFilePath() == keep)
            continue;
        if (QFile::remove(file.absoluteFilePath()))
            total -= file.size();
    }
}

} // namespace sd::client
