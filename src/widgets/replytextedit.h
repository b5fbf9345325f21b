#pragma once

#include <QPointer>
#include <QTextEdit>

namespace sd::widgets {

class AttachmentList;

// The text part of the reply editor. Pictures and files that are pasted or dropped go to the
// AttachmentList as attachments instead of into the text (the server would drop inline
// pictures, and customers' mail readers often do too); pasted rich text keeps its formatting
// but loses its pictures.
class ReplyTextEdit final : public QTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyTextEdit)

public:
    explicit ReplyTextEdit(QWidget *parent = nullptr);

    // Not owned. Without one, pictures and files are not accepted at all.
    void setAttachmentList(AttachmentList *attachments);

Q_SIGNALS:
    void focusLost();

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    bool endEmptyQuote();
    void leaveLinkAtItsEnd();

    QPointer<AttachmentList> m_attachments;
};

} // namespace sd::widgets
