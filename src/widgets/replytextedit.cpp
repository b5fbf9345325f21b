#include "replytextedit.h"

#include "attachmentlist.h"
#include "replyformats.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QTextBlock>
#include <QTextDocumentFragment>

namespace sd::widgets {

ReplyTextEdit::ReplyTextEdit(QWidget *parent) : QTextEdit(parent)
{
    setObjectName(QStringLiteral("replyTextEdit"));
    setAcceptRichText(true);
    setTabChangesFocus(true);
    connect(this, &QTextEdit::cursorPositionChanged, this, &ReplyTextEdit::leaveLinkAtItsEnd);
}

void ReplyTextEdit::setAttachmentList(AttachmentList *attachments)
{
    m_attachments = attachments;
}

bool ReplyTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    if (m_attachments && m_attachments->canPaste(source))
        return true;
    return source && (source->hasText() || source->hasHtml());
}

void ReplyTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (!source)
        return;
    // Local files or a picture: attachments, never text. (A browser's copied picture also
    // carries an <img> as HTML, and a file manager's files carry their paths as text.)
    if (m_attachments && m_attachments->canPaste(source)) {
        m_attachments->paste(source);
        return;
    }
    if (source->hasImage())
        return;
    QTextCursor cursor = textCursor();
    if (source->hasHtml() && acceptRichText())
        cursor.insertFragment(ReplyFormats::withoutImages(source->html()));
    else if (source->hasText())
        cursor.insertText(source->text());
    setTextCursor(cursor);
    ensureCursorVisible();
}

void ReplyTextEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & ~Qt::KeypadModifier) && endEmptyQuote())
        return;
    QTextEdit::keyPressEvent(event);
}

// Enter on an empty quoted line leaves the quote, as Qt already does for list items;
// otherwise the toolbar would be the only way out of a quote.
bool ReplyTextEdit::endEmptyQuote()
{
    QTextCursor cursor = textCursor();
    const QTextBlock block = cursor.block();
    if (cursor.hasSelection() || !block.text().isEmpty() || block.textList() ||
        !ReplyFormats::isQuote(block))
        return false;
    ReplyFormats::setQuote(cursor, false, palette());
    return true;
}

// Text typed right after a link would join it (the cursor takes the format of the character
// before it), which is never what the agent means.
void ReplyTextEdit::leaveLinkAtItsEnd()
{
    QTextCursor cursor = textCursor();
    if (cursor.hasSelection() || !ReplyFormats::isLink(cursor.charFormat()))
        return;
    QTextCursor next = cursor;
    next.movePosition(QTextCursor::NextCharacter);
    const bool insideLink = next.position() != cursor.position() &&
                            next.block() == cursor.block() &&
                            next.charFormat().anchorHref() == cursor.charFormat().anchorHref();
    if (insideLink)
        return;
    QTextCharFormat format = cursor.charFormat();
    format.setAnchor(false);
    format.clearProperty(QTextFormat::AnchorHref);
    format.clearProperty(QTextFormat::TextUnderlineStyle);
    format.clearForeground();
    setCurrentCharFormat(format);
}

void ReplyTextEdit::focusOutEvent(QFocusEvent *event)
{
    QTextEdit::focusOutEvent(event);
    Q_EMIT focusLost();
}

} // namespace sd::widgets
