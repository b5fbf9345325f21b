#pragma once

#include <QPointer>
#include <QToolBar>

class QAction;
class QTextCursor;
class QTextEdit;

namespace sd::widgets {

// Bold, italic, underline, lists, link, quote, code and "clear formatting" for the reply
// editor's text. The checkable buttons follow the format at the cursor. The actions carry the
// shortcuts (Ctrl+B/I/U); add them to the widget that holds the text edit too, so the
// shortcuts work while the text has the focus.
class FormatToolBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormatToolBar)

public:
    explicit FormatToolBar(QTextEdit *edit, QWidget *parent = nullptr);

    QAction *boldAction() const { return m_bold; }
    QAction *italicAction() const { return m_italic; }
    QAction *underlineAction() const { return m_underline; }
    QAction *bulletListAction() const { return m_bulletList; }
    QAction *numberedListAction() const { return m_numberedList; }
    QAction *linkAction() const { return m_link; }
    QAction *quoteAction() const { return m_quote; }
    QAction *codeAction() const { return m_code; }
    QAction *clearAction() const { return m_clear; }
    // The formatting actions, for adding their shortcuts elsewhere.
    QList<QAction *> formatActions() const;

Q_SIGNALS:
    // Something the agent asked for could not be done; the message says why.
    void problem(const QString &message);

private:
    QAction *addFormatAction(const QString &text, const QString &name, const QString &toolTip,
                             const QKeySequence &shortcut = {});
    void updateStates();
    void toggleList(int style, bool on);
    void askForLink();
    void applyLink(QTextCursor cursor, const QString &address);
    void clearFormatting();
    QTextCursor cursor() const;
    void apply(const QTextCursor &cursor);

    QPointer<QTextEdit> m_edit;
    QAction *m_bold;
    QAction *m_italic;
    QAction *m_underline;
    QAction *m_bulletList;
    QAction *m_numberedList;
    QAction *m_link;
    QAction *m_quote;
    QAction *m_code;
    QAction *m_clear;
};

} // namespace sd::widgets
