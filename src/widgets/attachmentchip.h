#pragma once

#include "core/attachmentpolicy.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace sd::widgets {

// One attachment in an AttachmentList: name, size and type, and a remove button. A refused
// file looks different and says why in plain words; an image that is only too large offers
// to shrink itself.
class AttachmentChip final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentChip)

public:
    explicit AttachmentChip(QWidget *parent = nullptr);

    void setFile(const QString &name, qint64 size, const core::AttachmentPolicy::Verdict &verdict);
    void setThumbnail(const QImage &image);
    // A remark under the details, e.g. what shrinking did.
    void setNote(const QString &note);
    void setShrinkable(bool shrinkable);

    QString name() const { return m_name; }
    QString mimeType() const { return m_verdict.mimeType; }
    bool isRefused() const { return !m_verdict.allowed; }
    QString reason() const { return m_verdict.reason; }
    bool isShrinkable() const;

Q_SIGNALS:
    void removeRequested();
    void shrinkRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateLook();
    QColor refusedColour() const;

    QString m_name;
    qint64 m_size = 0;
    core::AttachmentPolicy::Verdict m_verdict;
    QImage m_thumbnail;
    QLabel *m_iconLabel;
    QLabel *m_nameLabel;
    QLabel *m_detailsLabel;
    QLabel *m_warningIconLabel;
    QLabel *m_reasonLabel;
    QLabel *m_noteLabel;
    QPushButton *m_shrinkButton;
    QToolButton *m_removeButton;
};

} // namespace sd::widgets
