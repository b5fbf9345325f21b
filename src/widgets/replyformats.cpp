#include "replyformats.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QPalette>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextList>
#include <QUrl>

namespace sd::widgets {

namespace {

constexpr int QuoteIndent = 16;

// Applies `change` to the character format of every piece of the selection.
template <typename Change> void changeSelectedFormats(QTextCursor &cursor, Change change)
{
    if (!cursor.hasSelection()) {
        QTextCharFormat format = cursor.charFormat();
        change(format);
        cursor.setCharFormat(format);
        return;
    }
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    QTextCursor piece(cursor.document());
    piece.beginEditBlock();
    for (QTextBlock block = cursor.document()->findBlock(start);
         block.isValid() && block.position() < end; block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const int from = qMax(start, fragment.position());
            const int to = qMin(end, fragment.position() + fragment.length());
            if (from >= to)
                continue;
            QTextCharFormat format = fragment.charFormat();
            change(format);
            piece.setPosition(from);
            piece.setPosition(to, QTextCursor::KeepAnchor);
            piece.setCharFormat(format);
        }
    }
    piece.endEditBlock();
}

// Every block the cursor's selection touches, or the cursor's block.
template <typename Visit> void forSelectedBlocks(const QTextCursor &cursor, Visit visit)
{
    const QTextDocument *document = cursor.document();
    const QTextBlock last = document->findBlock(cursor.selectionEnd());
    for (QTextBlock block = document->findBlock(cursor.selectionStart()); block.isValid();
         block = block.next()) {
        visit(block);
        if (block == last)
            break;
    }
}

void clearCode(QTextCharFormat &format)
{
    format.clearProperty(QTextFormat::FontFamilies);
    format.clearProperty(QTextFormat::FontFixedPitch);
    format.clearProperty(QTextFormat::FontStyleHint);
}

} // namespace

bool ReplyFormats::isCode(const QTextCharFormat &format)
{
    if (format.fontFixedPitch())
        return true;
    const QStringList families = format.fontFamilies().toStringList();
    if (families.isEmpty())
        return false;
    const QString family = families.constFirst();
    static const QString fixedFamily = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    if (family.compare(fixedFamily, Qt::CaseInsensitive) == 0 ||
        family.compare(u"monospace", Qt::CaseInsensitive) == 0 ||
        family.startsWith(u"courier", Qt::CaseInsensitive))
        return true;
    return QFontInfo(QFont(family)).fixedPitch();
}

bool ReplyFormats::isLink(const QTextCharFormat &format)
{
    return format.isAnchor() && !format.anchorHref().isEmpty();
}

bool ReplyFormats::isQuote(const QTextBlock &block)
{
    // Qt's HTML import marks only the first paragraph of a <blockquote> with a quote level
    // but indents them all, and the document's own HTML keeps only the indent.
    const QTextBlockFormat format = block.blockFormat();
    return format.leftMargin() > 0 || format.intProperty(QTextFormat::BlockQuoteLevel) > 0;
}

void ReplyFormats::setCode(QTextCursor &cursor, bool on)
{
    if (on) {
        QTextCharFormat format;
        format.setFontFamilies(
            QStringList{QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
        format.setFontFixedPitch(true);
        format.setFontStyleHint(QFont::Monospace);
        cursor.mergeCharFormat(format);
        return;
    }
    changeSelectedFormats(cursor, clearCode);
}

void ReplyFormats::setQuote(QTextCursor &cursor, bool on, const QPalette &palette)
{
    QColor shade = palette.color(QPalette::Text);
    shade.setAlphaF(0.09);
    cursor.beginEditBlock();
    forSelectedBlocks(cursor, [&](const QTextBlock &block) {
        QTextBlockFormat format = block.blockFormat();
        if (on) {
            format.setLeftMargin(QuoteIndent);
            format.setProperty(QTextFormat::BlockQuoteLevel, 1);
            format.setBackground(shade);
        } else {
            format.setLeftMargin(0);
            format.setRightMargin(0);
            format.clearProperty(QTextFormat::BlockQuoteLevel);
            format.clearBackground();
        }
        QTextCursor(block).setBlockFormat(format);
    });
    cursor.endEditBlock();
}

void ReplyFormats::clearFormatting(QTextCursor &cursor)
{
    cursor.beginEditBlock();
    cursor.setCharFormat(QTextCharFormat());
    forSelectedBlocks(cursor, [](const QTextBlock &block) {
        if (QTextList *list = block.textList())
            list->remove(block);
    });
    setQuote(cursor, false, QPalette());
    forSelectedBlocks(cursor, [](const QTextBlock &block) {
        QTextBlockFormat format = block.blockFormat();
        format.setIndent(0);
        QTextCursor(block).setBlockFormat(format);
    });
    cursor.endEditBlock();
}

void ReplyFormats::insertLink(QTextCursor &cursor, const QString &text, const QString &url)
{
    QTextCharFormat link;
    link.setAnchor(true);
    link.setAnchorHref(url);
    link.setFontUnderline(true);
    link.setForeground(QPalette().color(QPalette::Link));
    if (cursor.hasSelection()) {
        cursor.mergeCharFormat(link);
        cursor.setPosition(cursor.selectionEnd());
    } else {
        QTextCharFormat inserted = cursor.charFormat();
        inserted.merge(link);
        cursor.insertText(text.isEmpty() ? url : text, inserted);
    }
    QTextCharFormat after = cursor.charFormat();
    after.setAnchor(false);
    after.clearProperty(QTextFormat::AnchorHref);
    after.clearProperty(QTextFormat::TextUnderlineStyle);
    after.clearForeground();
    cursor.setCharFormat(after);
}

QString ReplyFormats::normalizedUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u' '))
        return {};
    QUrl url(trimmed, QUrl::StrictMode);
    if (url.scheme().isEmpty() && !trimmed.startsWith(u'/'))
        url = QUrl(QStringLiteral("https://") + trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const bool web = (scheme == u"http" || scheme == u"https") && !url.host().isEmpty();
    const bool mail = scheme == u"mailto" && !url.path().isEmpty();
    return url.isValid() && (web || mail) ? url.toString(QUrl::FullyEncoded) : QString();
}

QTextDocumentFragment ReplyFormats::withoutImages(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QList<std::pair<int, int>> images;
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat())
                images.append({it.fragment().position(), it.fragment().length()});
        // Backwards, so earlier positions stay valid.
        for (auto image = images.crbegin(); image != images.crend(); ++image) {
            cursor.setPosition(image->first);
            cursor.setPosition(image->first + image->second, QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
        }
    }
    cursor.endEditBlock();
    return QTextDocumentFragment(&document);
}

} // namespace sd::widgets
