#pragma once

#include "attachmentfile.h"
#include "core/attachmentpolicy.h"

#include <QList>
#include <QWidget>

#include <memory>

class QLabel;
class QMimeData;
class QTemporaryDir;

namespace sd::widgets {

class AttachmentChip;
class FlowLayout;

// The attachments of a message being written: a flow of chips, each checked against the
// installation's policy as soon as it is added, so the customer learns before sending what
// will be refused and why. Files come from addFile(), drag & drop, paste, or screenshots
// (addImage(), staged as PNG files).
class AttachmentList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentList)

public:
    explicit AttachmentList(QWidget *parent = nullptr);
    ~AttachmentList() override;

    // Checks every attachment again under the new limits.
    void setPolicy(const core::AttachmentPolicy &policy);
    core::AttachmentPolicy policy() const { return m_policy; }

    // Where screenshots and shrunk images are written. Files staged there stay after the
    // list is gone (an upload may still need them); the caller cleans the folder. Without
    // one, a private temporary folder is used that lives as long as the list.
    void setStagingDirectory(const QString &path);

    // Each returns whether the policy accepts the file; a refused file still gets a chip that
    // explains why. Adding a path that is already listed does nothing and returns false.
    // `name` is what the chip shows and the file is sent as (a restored draft's staged
    // picture keeps the name it was attached under); empty: the file's own name.
    bool addFile(const QString &path, const QString &name = {});
    bool addImage(const QImage &image, const QString &suggestedName);

    // Local file URLs (copied in a file manager) or an image (a screenshot tool, a browser).
    bool canPaste(const QMimeData *mimeData) const;
    // Returns how many chips were added.
    int paste(const QMimeData *mimeData);

    QList<AttachmentFile> acceptedFiles() const;
    bool hasRefused() const;
    int count() const { return int(m_entries.size()); }
    AttachmentChip *chipAt(int index) const;
    void removeAt(int index);
    void shrinkAt(int index);

Q_SIGNALS:
    void changed();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Entry
    {
        QString path;
        QString name;
        bool staged = false; // written by this list, so removed with its chip
        qint64 size = 0;
        core::AttachmentPolicy::Verdict verdict;
        bool shrinkable = false;
        AttachmentChip *chip = nullptr;
    };

    bool add(Entry entry);
    void check(Entry &entry) const;
    void refreshChip(const Entry &entry) const;
    QString stage(const QByteArray &bytes, const QString &suffix);
    QString stagingDirectory();
    int indexOf(const AttachmentChip *chip) const;
    void updateEmptyHint();
    void setDropHighlight(bool on);

    core::AttachmentPolicy m_policy;
    QString m_stagingDirectory;
    std::unique_ptr<QTemporaryDir> m_privateStaging;
    QList<Entry> m_entries;
    QWidget *m_chipArea;
    FlowLayout *m_flow;
    QLabel *m_emptyLabel;
    bool m_dropHighlight = false;
};

} // namespace sd::widgets
