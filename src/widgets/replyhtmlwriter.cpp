#include "replyhtmlwriter.h"

#include "replyformats.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace sd::widgets {

namespace {

bool isNumbered(const QTextList *list)
{
    switch (list->format().style()) {
    case QTextListFormat::ListDecimal:
    case QTextListFormat::ListLowerAlpha:
    case QTextListFormat::ListUpperAlpha:
    case QTextListFormat::ListLowerRoman:
    case QTextListFormat::ListUpperRoman:
        return true;
    default:
        return false;
    }
}

QString escaped(QString text)
{
    text.remove(QChar::ObjectReplacementCharacter);
    text = text.toHtmlEscaped();
    text.replace(QChar::LineSeparator, QStringLiteral("<br>"));
    text.replace(QChar::Nbsp, QStringLiteral("&nbsp;"));
    return text;
}

QString plain(QString text)
{
    text.remove(QChar::ObjectReplacementCharacter);
    text.replace(QChar::LineSeparator, u'\n');
    text.replace(QChar::Nbsp, u' ');
    return text;
}

bool isBlank(const QTextBlock &block)
{
    return plain(block.text()).trimmed().isEmpty();
}

} // namespace

ReplyHtmlWriter::Output ReplyHtmlWriter::write(const QTextDocument &document)
{
    ReplyHtmlWriter writer;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        writer.writeBlock(block);
    writer.closeParagraph();
    writer.closeLists();
    writer.setQuote(false);
    // Blank lines at either end are the editor's, not the message's.
    while (writer.m_text.endsWith(u'\n'))
        writer.m_text.chop(1);
    while (writer.m_text.startsWith(u'\n'))
        writer.m_text.remove(0, 1);
    return {writer.m_html, writer.m_text};
}

void ReplyHtmlWriter::writeBlock(const QTextBlock &block)
{
    const bool quote = ReplyFormats::isQuote(block);
    if (quote != m_quote) {
        closeParagraph();
        closeLists();
        setQuote(quote);
    }
    if (block.textList()) {
        closeParagraph();
        writeListItem(block);
        return;
    }
    closeLists();
    const QTextBlockFormat format = block.blockFormat();
    const bool spaced = format.topMargin() > 0 || m_spaceBelow;
    m_spaceBelow = format.bottomMargin() > 0;
    if (isBlank(block)) {
        closeParagraph();
        appendTextLine(QString());
        return;
    }
    // Pasted or inserted HTML keeps its paragraphs as spaced blocks rather than empty lines.
    if (m_paragraph && spaced) {
        closeParagraph();
        appendTextLine(QString());
    }
    m_html += m_paragraph ? QStringLiteral("<br>") : QStringLiteral("<p>");
    m_paragraph = true;
    appendTextLine(writeInline(block));
}

void ReplyHtmlWriter::writeListItem(const QTextBlock &block)
{
    const QTextList *list = block.textList();
    const int indent = list->format().indent();
    while (!m_lists.isEmpty() &&
           (m_lists.constLast().indent > indent ||
            (m_lists.constLast().indent == indent && m_lists.constLast().list != list)))
        closeLists(int(m_lists.size()) - 1);
    if (m_lists.isEmpty() || m_lists.constLast().indent < indent) {
        m_html += isNumbered(list) ? QStringLiteral("<ol>") : QStringLiteral("<ul>");
        m_lists.append({list, indent, false});
    }
    OpenList &open = m_lists.last();
    if (open.itemOpen)
        m_html += QStringLiteral("</li>");
    m_html += QStringLiteral("<li>");
    open.itemOpen = true;
    const QString marker = isNumbered(list) ? QString::number(list->itemNumber(block) + 1) + u'.'
                                            : QStringLiteral("•");
    appendTextLine(QString(2 * (m_lists.size() - 1), u' ') + marker + u' ' + writeInline(block));
}

QString ReplyHtmlWriter::writeInline(const QTextBlock &block)
{
    QString line;
    QString linkOpen; // the href of a link whose text is being written
    auto endLink = [&] {
        if (!linkOpen.isEmpty() && !line.endsWith(linkOpen))
            line += QStringLiteral(" (") + linkOpen + u')';
        linkOpen.clear();
    };
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat format = fragment.charFormat();
        if (!fragment.isValid() || format.isImageFormat())
            continue;
        const QString href = ReplyFormats::isLink(format)
                                 ? ReplyFormats::normalizedUrl(format.anchorHref())
                                 : QString();
        if (href != linkOpen)
            endLink();
        linkOpen = href;
        QStringList tags;
        if (!href.isEmpty())
            tags << QStringLiteral("a");
        if (format.fontWeight() >= QFont::DemiBold)
            tags << QStringLiteral("strong");
        if (format.fontItalic())
            tags << QStringLiteral("em");
        if (format.fontUnderline() && href.isEmpty())
            tags << QStringLiteral("u");
        if (ReplyFormats::isCode(format))
            tags << QStringLiteral("code");
        for (const QString &tag : std::as_const(tags)) {
            if (tag == u"a")
                m_html += QStringLiteral("<a href=\"") + href.toHtmlEscaped() + u"\">";
            else
                m_html += u'<' + tag + u'>';
        }
        m_html += escaped(fragment.text());
        for (auto tag = tags.crbegin(); tag != tags.crend(); ++tag)
            m_html += QStringLiteral("</") + *tag + u'>';
        line += plain(fragment.text());
    }
    endLink();
    return line;
}

void ReplyHtmlWriter::setQuote(bool on)
{
    if (on == m_quote)
        return;
    m_html += on ? QStringLiteral("<blockquote>") : QStringLiteral("</blockquote>");
    m_quote = on;
}

void ReplyHtmlWriter::closeParagraph()
{
    if (m_paragraph)
        m_html += QStringLiteral("</p>");
    m_paragraph = false;
}

void ReplyHtmlWriter::closeLists(int depth)
{
    while (m_lists.size() > depth) {
        const OpenList open = m_lists.takeLast();
        if (open.itemOpen)
            m_html += QStringLiteral("</li>");
        m_html += isNumbered(open.list) ? QStringLiteral("</ol>") : QStringLiteral("</ul>");
    }
}

void ReplyHtmlWriter::appendTextLine(const QString &line)
{
    if (!m_quote) {
        m_text += line + u'\n';
        return;
    }
    const QStringList lines = line.split(u'\n');
    for (const QString &part : lines)
        m_text += (part.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + part) + u'\n';
}

} // namespace sd::widgets
