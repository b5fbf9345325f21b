#pragma once

#include <QList>
#include <QString>

class QTextBlock;
class QTextDocument;
class QTextList;

namespace sd::widgets {

// Writes a reply from the editor's document as the small HTML a mail reader and the server's
// sanitizer both understand (<p>, <br>, <strong>, <em>, <u>, <code>, <a>, <ul>/<ol>, and
// <blockquote>), with a plain-text twin for mail clients that show text only.
// QTextDocument::toHtml() is no use for sending: it writes quotes and code as margins and
// font families, which the sanitizer removes as styling.
//
// Lines the agent ended with Enter stay lines (<br>); an empty line, or the space between
// paragraphs of pasted or quoted HTML, starts a new paragraph, so the message looks as it did
// in the editor.
class ReplyHtmlWriter final
{
public:
    struct Output
    {
        QString html;
        QString text;
    };

    static Output write(const QTextDocument &document);

private:
    struct OpenList
    {
        const QTextList *list = nullptr;
        int indent = 0;
        bool itemOpen = false;
    };

    void writeBlock(const QTextBlock &block);
    void writeListItem(const QTextBlock &block);
    // Writes the block's text as HTML and returns it as plain text.
    QString writeInline(const QTextBlock &block);
    void setQuote(bool on);
    void closeParagraph();
    void closeLists(int depth = 0);
    void appendTextLine(const QString &line);

    QString m_html;
    QString m_text;
    QList<OpenList> m_lists;
    bool m_quote = false;
    bool m_paragraph = false;
    bool m_spaceBelow = false; // the last block had a margin below it
};

} // namespace sd::widgets
