#include "attachmentlist.h"

#include "attachmentchip.h"
#include "flowlayout.h"
#include "imagefitter.h"

#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageReader>
#include <QKeySequence>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace sd::widgets {

namespace {

using Verdict = core::AttachmentPolicy::Verdict;

Verdict refusal(const QString &code, const QString &reason)
{
    return {false, {}, code, reason};
}

QImage thumbnailOf(const QString &path)
{
    QImageReader reader(path);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(QSize(64, 64), Qt::KeepAspectRatio));
    return reader.read();
}

QStringList localFiles(const QMimeData *mimeData)
{
    QStringList files;
    if (!mimeData || !mimeData->hasUrls())
        return files;
    const QList<QUrl> urls = mimeData->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    return files;
}

// The name a staged picture is sent under: what the caller suggested, as a PNG file.
QString pngName(const QString &suggestedName)
{
    QString base = suggestedName.trimmed();
    const QString suffix = QFileInfo(base).suffix();
    if (!suffix.isEmpty() &&
        QImageReader::supportedImageFormats().contains(suffix.toLower().toLatin1()))
        base.chop(suffix.size() + 1);
    if (base.isEmpty())
        base = QStringLiteral("screenshot");
    return base + QStringLiteral(".png");
}

} // namespace

AttachmentList::AttachmentList(QWidget *parent)
    : QWidget(parent), m_chipArea(new QWidget(this)), m_flow(new FlowLayout(m_chipArea)),
      m_emptyLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("attachmentList"));
    setAcceptDrops(true);
    m_flow->setContentsMargins(0, 0, 0, 0);
    m_emptyLabel->setObjectName(QStringLiteral("emptyAttachmentsLabel"));
    m_emptyLabel->setText(
        tr("No attachments. Drop files here or paste a screenshot (%1).")
            .arg(QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText)));
    m_emptyLabel->setWordWrap(true);
    QPalette hintPalette = m_emptyLabel->palette();
    hintPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_emptyLabel->setPalette(hintPalette);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_chipArea);
    layout->addWidget(m_emptyLabel);
    updateEmptyHint();
}

AttachmentList::~AttachmentList() = default;

void AttachmentList::setPolicy(const core::AttachmentPolicy &policy)
{
    m_policy = policy;
    for (Entry &entry : m_entries) {
        check(entry);
        refreshChip(entry);
    }
    if (!m_entries.isEmpty())
        Q_EMIT changed();
}

void AttachmentList::setStagingDirectory(const QString &path)
{
    m_stagingDirectory = path;
}

bool AttachmentList::addFile(const QString &path, const QString &name)
{
    Entry entry;
    entry.path = QFileInfo(path).absoluteFilePath();
    entry.name = name.trimmed().isEmpty() ? QFileInfo(path).fileName() : name.trimmed();
    return add(std::move(entry));
}

bool AttachmentList::addImage(const QImage &image, const QString &suggestedName)
{
    if (image.isNull())
        return false;
    Entry entry;
    entry.name = pngName(suggestedName);
    entry.path = stage(ImageFitter::encode(image, "png"), QStringLiteral("png"));
    entry.staged = true;
    return add(std::move(entry));
}

bool AttachmentList::canPaste(const QMimeData *mimeData) const
{
    return mimeData && (!localFiles(mimeData).isEmpty() || mimeData->hasImage());
}

int AttachmentList::paste(const QMimeData *mimeData)
{
    if (!canPaste(mimeData))
        return 0;
    const int before = count();
    // A file copied in a file manager often comes with its icon as an image: the files win.
    const QStringList files = localFiles(mimeData);
    if (!files.isEmpty()) {
        for (const QString &file : files)
            addFile(file);
    } else {
        const QString name =
            QStringLiteral("image-%1.png")
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        addImage(qvariant_cast<QImage>(mimeData->imageData()), name);
    }
    return count() - before;
}

QList<AttachmentFile> AttachmentList::acceptedFiles() const
{
    QList<AttachmentFile> files;
    for (const Entry &entry : m_entries)
        if (entry.verdict.allowed)
            files.append({entry.path, entry.name, entry.verdict.mimeType, entry.size});
    return files;
}

bool AttachmentList::hasRefused() const
{
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [](const Entry &entry) { return !entry.verdict.allowed; });
}

AttachmentChip *AttachmentList::chipAt(int index) const
{
    return index >= 0 && index < m_entries.size() ? m_entries.at(index).chip : nullptr;
}

void AttachmentList::removeAt(int index)
{
    if (index < 0 || index >= m_entries.size())
        return;
    const Entry entry = m_entries.takeAt(index);
    m_flow->removeWidget(entry.chip);
    entry.chip->hide();
    // Later: this runs from the chip's own remove button.
    entry.chip->deleteLater();
    if (entry.staged && !entry.path.isEmpty())
        QFile::remove(entry.path);
    updateEmptyHint();
    Q_EMIT changed();
}

void AttachmentList::shrinkAt(int index)
{
    if (index < 0 || index >= m_entries.size() || !m_entries.at(index).shrinkable)
        return;
    Entry &entry = m_entries[index];
    // Encoding a large screenshot a few times takes up to a second or two.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const ImageFitter::Result fitted =
        ImageFitter::fit(QImageReader(entry.path).read(), m_policy.limits().maxBytes);
    QGuiApplication::restoreOverrideCursor();
    const QString suffix = fitted.format == "jpeg" ? QStringLiteral("jpg") : QStringLiteral("png");
    const QString path = fitted.ok ? stage(fitted.bytes, suffix) : QString();
    if (path.isEmpty()) {
        entry.shrinkable = false;
        entry.verdict.reason =
            fitted.ok ? tr("The smaller picture could not be saved. Check that the disk is not "
                           "full, then remove this picture and add it again.")
                      : fitted.error;
        refreshChip(entry);
        Q_EMIT changed();
        return;
    }
    if (entry.staged)
        QFile::remove(entry.path);
    entry.path = path;
    entry.staged = true;
    entry.name = QFileInfo(entry.name).completeBaseName() + u'.' + suffix;
    check(entry);
    refreshChip(entry);
    entry.chip->setNote(tr("Shrunk to fit: %1").arg(fitted.description));
    Q_EMIT changed();
}

bool AttachmentList::add(Entry entry)
{
    if (!entry.staged && std::any_of(m_entries.begin(), m_entries.end(),
                                     [&](const Entry &other) { return other.path == entry.path; }))
        return false;
    check(entry);
    auto *chip = new AttachmentChip(m_chipArea);
    entry.chip = chip;
    connect(chip, &AttachmentChip::removeRequested, this,
            [this, chip] { removeAt(indexOf(chip)); });
    connect(chip, &AttachmentChip::shrinkRequested, this,
            [this, chip] { shrinkAt(indexOf(chip)); });
    refreshChip(entry);
    m_flow->addWidget(chip);
    const bool allowed = entry.verdict.allowed;
    m_entries.append(std::move(entry));
    updateEmptyHint();
    Q_EMIT changed();
    return allowed;
}

void AttachmentList::check(Entry &entry) const
{
    entry.shrinkable = false;
    entry.size = 0;
    if (entry.path.isEmpty()) {
        entry.verdict = refusal(QStringLiteral("not_saved"),
                                tr("The picture could not be saved for sending. Check that the "
                                   "disk is not full, then try again."));
        return;
    }
    if (QFileInfo(entry.path).isDir()) {
        entry.verdict = refusal(QStringLiteral("folder"),
                                tr("Folders cannot be attached. Put the files into a ZIP "
                                   "archive and attach that instead."));
        return;
    }
    QFile file(entry.path);
    if (!file.open(QIODevice::ReadOnly)) {
        entry.verdict = refusal(QStringLiteral("unreadable"),
                                tr("The file cannot be opened (%1).").arg(file.errorString()));
        return;
    }
    entry.size = file.size();
    const QByteArray head = file.read(core::AttachmentPolicy::HeadBytes);
    QByteArray tail;
    if (entry.size > head.size() &&
        file.seek(qMax<qint64>(head.size(), entry.size - core::AttachmentPolicy::TailBytes)))
        tail = file.read(core::AttachmentPolicy::TailBytes);
    entry.verdict = m_policy.check(entry.name, head, tail, entry.size);
    if (entry.verdict.code == u"too_large") {
        // What the file is matters more than its size: an oversized installer is refused as
        // an installer, not with an offer to make it smaller.
        const Verdict byType = core::AttachmentPolicy::classify(head);
        if (!byType.allowed)
            entry.verdict = byType;
        else
            entry.verdict.mimeType = byType.mimeType;
        entry.shrinkable = byType.allowed && byType.mimeType.startsWith(u"image/") &&
                           QImageReader(entry.path).canRead();
    }
}

void AttachmentList::refreshChip(const Entry &entry) const
{
    entry.chip->setFile(entry.name, entry.size, entry.verdict);
    entry.chip->setShrinkable(entry.shrinkable);
    const bool image = entry.verdict.mimeType.startsWith(u"image/");
    entry.chip->setThumbnail(image && !entry.path.isEmpty() ? thumbnailOf(entry.path) : QImage());
}

QString AttachmentList::stage(const QByteArray &bytes, const QString &suffix)
{
    const QString directory = stagingDirectory();
    if (directory.isEmpty() || bytes.isEmpty())
        return {};
    QTemporaryFile file(directory + QStringLiteral("/attachment-XXXXXX.") + suffix);
    file.setAutoRemove(false);
    if (!file.open())
        return {};
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        file.remove();
        return {};
    }
    return file.fileName();
}

QString AttachmentList::stagingDirectory()
{
    if (!m_stagingDirectory.isEmpty())
        return QDir().mkpath(m_stagingDirectory) ? m_stagingDirectory : QString();
    if (!m_privateStaging)
        m_privateStaging = std::make_unique<QTemporaryDir>();
    return m_privateStaging->isValid() ? m_privateStaging->path() : QString();
}

int AttachmentList::indexOf(const AttachmentChip *chip) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).chip == chip)
            return i;
    return -1;
}

void AttachmentList::updateEmptyHint()
{
    m_emptyLabel->setVisible(m_entries.isEmpty());
    m_chipArea->setVisible(!m_entries.isEmpty());
}

void AttachmentList::setDropHighlight(bool on)
{
    m_dropHighlight = on;
    update();
}

void AttachmentList::dragEnterEvent(QDragEnterEvent *event)
{
    if (!canPaste(event->mimeData()))
        return;
    event->acceptProposedAction();
    setDropHighlight(true);
}

void AttachmentList::dragMoveEvent(QDragMoveEvent *event)
{
    if (canPaste(event->mimeData()))
        event->acceptProposedAction();
}

void AttachmentList::dragLeaveEvent(QDragLeaveEvent *)
{
    setDropHighlight(false);
}

void AttachmentList::dropEvent(QDropEvent *event)
{
    setDropHighlight(false);
    if (paste(event->mimeData()) > 0)
        event->acceptProposedAction();
}

void AttachmentList::paintEvent(QPaintEvent *)
{
    if (!m_dropHighlight)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlphaF(0.12);
    painter.setBrush(fill);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 6, 6);
}

} // namespace sd::widgets
