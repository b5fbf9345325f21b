#include "requesttextedit.h"

#include "attachmentlist.h"

#include <QMimeData>

namespace sd::widgets {

RequestTextEdit::RequestTextEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
}

void RequestTextEdit::setAttachmentList(AttachmentList *attachments)
{
    m_attachments = attachments;
}

void RequestTextEdit::setVisibleLines(int lines)
{
    const int frame = 2 * (frameWidth() + int(document()->documentMargin()));
    setFixedHeight(fontMetrics().lineSpacing() * lines + frame);
}

bool RequestTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    if (m_attachments && m_attachments->canPaste(source))
        return true;
    return QPlainTextEdit::canInsertFromMimeData(source);
}

void RequestTextEdit::insertFromMimeData(const QMimeData *source)
{
    // A file manager's files also carry their paths as text, and a browser's picture its
    // address: the attachment wins.
    if (m_attachments && m_attachments->canPaste(source)) {
        m_attachments->paste(source);
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace sd::widgets
