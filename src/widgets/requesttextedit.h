#pragma once

#include <QPlainTextEdit>
#include <QPointer>

namespace sd::widgets {

class AttachmentList;

// A plain-text field of the request form (description, steps). A screenshot or files pasted
// or dropped into it become attachments instead of text, as customers expect from a mail
// program.
class RequestTextEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestTextEdit)

public:
    explicit RequestTextEdit(QWidget *parent = nullptr);

    void setAttachmentList(AttachmentList *attachments);
    // Rows of text the field shows before it scrolls.
    void setVisibleLines(int lines);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    QPointer<AttachmentList> m_attachments;
};

} // namespace sd::widgets
