#pragma once

#include <QString>

class QTextBlock;
class QTextBlockFormat;
class QTextCharFormat;
class QTextCursor;
class QTextDocumentFragment;
class QPalette;

namespace sd::widgets {

// How the reply editor marks what it can format, so the toolbar, the text edit and
// ReplyHtmlWriter agree. Everything is plain QTextDocument formatting that survives the
// document's own HTML (drafts are kept in it): a quote is an indented paragraph, code is text
// in a fixed-pitch font, a link is an anchor.
class ReplyFormats final
{
public:
    ReplyFormats() = delete;

    static bool isCode(const QTextCharFormat &format);
    static bool isLink(const QTextCharFormat &format);
    static bool isQuote(const QTextBlock &block);

    // Each applies to the selection, or to what is typed next through `cursor` when nothing is
    // selected (give the cursor back to the text edit afterwards).
    static void setCode(QTextCursor &cursor, bool on);
    static void setQuote(QTextCursor &cursor, bool on, const QPalette &palette);
    static void clearFormatting(QTextCursor &cursor);
    // Makes the selection a link to `url`, keeping its formatting, or inserts `text` (the URL
    // when empty) as one. Either way the cursor ends after the link, and what is typed next is
    // no longer part of it.
    static void insertLink(QTextCursor &cursor, const QString &text, const QString &url);

    // Only links a mail reader may open; the server refuses others anyway. A bare host name
    // ("kb.example.com/42") becomes an https link; anything else gives an empty string.
    static QString normalizedUrl(const QString &url);

    // `html` as a fragment without pictures: pasted or quoted HTML may point at pictures on the
    // web or in another message, and attachments travel as attachments here.
    static QTextDocumentFragment withoutImages(const QString &html);
};

} // namespace sd::widgets
