#include "formattoolbar.h"

#include "replyformats.h"

#include <QAction>
#include <QFontDatabase>
#include <QInputDialog>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextList>

namespace sd::widgets {

namespace {

QTextCharFormat weight(bool bold)
{
    QTextCharFormat format;
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

QString withShortcut(const QString &toolTip, const QKeySequence &shortcut)
{
    if (shortcut.isEmpty())
        return toolTip;
    return FormatToolBar::tr("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText));
}

} // namespace

FormatToolBar::FormatToolBar(QTextEdit *edit, QWidget *parent)
    : QToolBar(parent), m_edit(edit),
      //: Toolbar button: bold text. One or two letters.
      m_bold(
          addFormatAction(tr("B"), QStringLiteral("boldAction"), tr("Bold"), QKeySequence::Bold)),
      //: Toolbar button: italic text. One or two letters.
      m_italic(addFormatAction(tr("I"), QStringLiteral("italicAction"), tr("Italic"),
                               QKeySequence::Italic)),
      //: Toolbar button: underlined text. One or two letters.
      m_underline(addFormatAction(tr("U"), QStringLiteral("underlineAction"), tr("Underline"),
                                  QKeySequence::Underline)),
      m_bulletList(
          addFormatAction(tr("• List"), QStringLiteral("bulletListAction"), tr("Bulleted list"))),
      m_numberedList(addFormatAction(tr("1. List"), QStringLiteral("numberedListAction"),
                                     tr("Numbered list"))),
      m_link(addFormatAction(tr("Link"), QStringLiteral("linkAction"),
                             tr("Make the selection a link, or insert one"))),
      m_quote(addFormatAction(tr("Quote"), QStringLiteral("quoteAction"),
                              tr("Quote: indent the selected paragraphs"))),
      m_code(addFormatAction(tr("Code"), QStringLiteral("codeAction"),
                             tr("Code: file names, commands, error codes in a fixed-width font"))),
      m_clear(addFormatAction(tr("Clear"), QStringLiteral("clearFormattingAction"),
                              tr("Clear formatting of the selection")))
{
    setObjectName(QStringLiteral("formatToolBar"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setIconSize(QSize(16, 16));
    QFont font = m_bold->font();
    font.setBold(true);
    m_bold->setFont(font);
    font = m_italic->font();
    font.setItalic(true);
    m_italic->setFont(font);
    font = m_underline->font();
    font.setUnderline(true);
    m_underline->setFont(font);
    font = m_code->font();
    font.setFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
    m_code->setFont(font);
    for (QAction *action : {m_link, m_clear})
        action->setCheckable(false);
    insertSeparator(m_bulletList);
    insertSeparator(m_link);
    insertSeparator(m_clear);

    connect(m_bold, &QAction::triggered, this,
            [this](bool on) { m_edit->mergeCurrentCharFormat(weight(on)); });
    connect(m_italic, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontItalic(on);
        m_edit->mergeCurrentCharFormat(format);
    });
    connect(m_underline, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontUnderline(on);
        m_edit->mergeCurrentCharFormat(format);
    });
    connect(m_bulletList, &QAction::triggered, this,
            [this](bool on) { toggleList(QTextListFormat::ListDisc, on); });
    connect(m_numberedList, &QAction::triggered, this,
            [this](bool on) { toggleList(QTextListFormat::ListDecimal, on); });
    connect(m_link, &QAction::triggered, this, &FormatToolBar::askForLink);
    connect(m_quote, &QAction::triggered, this, [this](bool on) {
        QTextCursor c = cursor();
        ReplyFormats::setQuote(c, on, m_edit->palette());
        apply(c);
    });
    connect(m_code, &QAction::triggered, this, [this](bool on) {
        QTextCursor c = cursor();
        ReplyFormats::setCode(c, on);
        apply(c);
    });
    connect(m_clear, &QAction::triggered, this, &FormatToolBar::clearFormatting);
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, &FormatToolBar::updateStates);
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, &FormatToolBar::updateStates);
    // Lists and quotes can change under a cursor that stays put.
    connect(m_edit->document(), &QTextDocument::contentsChanged, this,
            &FormatToolBar::updateStates);
    updateStates();
}

QList<QAction *> FormatToolBar::formatActions() const
{
    return {m_bold, m_italic, m_underline, m_bulletList, m_numberedList,
            m_link, m_quote,  m_code,      m_clear};
}

QAction *FormatToolBar::addFormatAction(const QString &text, const QString &name,
                                        const QString &toolTip, const QKeySequence &shortcut)
{
    QAction *action = addAction(text);
    action->setObjectName(name);
    action->setCheckable(true);
    action->setToolTip(withShortcut(toolTip, shortcut));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

QTextCursor FormatToolBar::cursor() const
{
    return m_edit->textCursor();
}

void FormatToolBar::apply(const QTextCursor &cursor)
{
    m_edit->setTextCursor(cursor);
    updateStates();
    m_edit->setFocus();
}

void FormatToolBar::updateStates()
{
    if (!m_edit)
        return;
    const QTextCharFormat format = m_edit->currentCharFormat();
    m_bold->setChecked(format.fontWeight() >= QFont::DemiBold);
    m_italic->setChecked(format.fontItalic());
    m_underline->setChecked(format.fontUnderline() && !ReplyFormats::isLink(format));
    m_code->setChecked(ReplyFormats::isCode(format));
    const QTextBlock block = m_edit->textCursor().block();
    const QTextList *list = block.textList();
    const int style = list ? list->format().style() : 0;
    m_bulletList->setChecked(list && style == QTextListFormat::ListDisc);
    m_numberedList->setChecked(list && style == QTextListFormat::ListDecimal);
    m_quote->setChecked(ReplyFormats::isQuote(block));
}

void FormatToolBar::toggleList(int style, bool on)
{
    QTextCursor c = cursor();
    c.beginEditBlock();
    if (!on) {
        const QTextBlock last = c.document()->findBlock(c.selectionEnd());
        for (QTextBlock block = c.document()->findBlock(c.selectionStart()); block.isValid();
             block = block.next()) {
            if (QTextList *list = block.textList()) {
                list->remove(block);
                QTextBlockFormat format = block.blockFormat();
                format.setIndent(0);
                QTextCursor(block).setBlockFormat(format);
            }
            if (block == last)
                break;
        }
    } else if (QTextList *list = c.currentList()) {
        QTextListFormat format = list->format();
        format.setStyle(QTextListFormat::Style(style));
        list->setFormat(format);
    } else {
        c.createList(QTextListFormat::Style(style));
    }
    c.endEditBlock();
    apply(c);
}

void FormatToolBar::askForLink()
{
    const QTextCursor at = cursor();
    const QTextCharFormat format = m_edit->currentCharFormat();
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("linkDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Insert link"));
    dialog->setLabelText(tr("Web address (https://…) or e-mail address (mailto:…):"));
    QString suggestion = ReplyFormats::isLink(format) ? format.anchorHref() : QString();
    if (suggestion.isEmpty() && !ReplyFormats::normalizedUrl(at.selectedText()).isEmpty())
        suggestion = at.selectedText().trimmed();
    dialog->setTextValue(suggestion);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, at](const QString &address) { applyLink(at, address); });
    dialog->open();
}

void FormatToolBar::applyLink(QTextCursor cursor, const QString &address)
{
    if (address.trimmed().isEmpty())
        return;
    const QString url = ReplyFormats::normalizedUrl(address);
    if (url.isEmpty()) {
        Q_EMIT problem(tr("\"%1\" is not a web or e-mail address, so no link was made. Links "
                          "start with https://, http:// or mailto:.")
                           .arg(address.trimmed()));
        return;
    }
    ReplyFormats::insertLink(cursor, QString(), url);
    apply(cursor);
}

void FormatToolBar::clearFormatting()
{
    QTextCursor c = cursor();
    ReplyFormats::clearFormatting(c);
    apply(c);
}

} // namespace sd::widgets
