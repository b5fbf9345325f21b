#include "client/draftstore.h"
#include "client/replica.h"
#include "widgets/annotationeditor.h"
#include "widgets/attachmentchip.h"
#include "widgets/attachmentlist.h"
#include "widgets/formattoolbar.h"
#include "widgets/kbsearchbar.h"
#include "widgets/regionselector.h" // screencapture.h needs it complete
#include "widgets/replyeditor.h"
#include "widgets/replyformats.h"
#include "widgets/replytextedit.h"
#include "widgets/screencapture.h"
#include "widgets/screenshotbutton.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QToolButton>
#include <QtTest>

using namespace sd::widgets;
using namespace Qt::StringLiterals;

namespace {

struct Sent
{
    QString kind;
    QString html;
    QString text;
    QList<AttachmentFile> files;
};

Sent sentAt(const QSignalSpy &spy, int index)
{
    const QList<QVariant> args = spy.at(index);
    return {args.at(0).toString(), args.at(1).toString(), args.at(2).toString(),
            args.at(3).value<QList<AttachmentFile>>()};
}

// QTest::keyClicks() knows Latin-1 only; agents type Cyrillic.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key(c.toUpper().unicode()), QString(c),
                            Qt::NoModifier);
}

QImage testPicture()
{
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(QColor(0x33, 0x66, 0x99));
    return image;
}

} // namespace

// The reply editor driven as an agent would: keys, toolbar buttons, paste and drop, menus.
// Sending is checked through what sendRequested carries.
class TestReplyEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typingWithBoldShortcut();
    void toolbarFormats_data();
    void toolbarFormats();
    void buttonsFollowTheCursor();
    void clearFormatting();
    void listsByTyping();
    void linkThroughTheDialog_data();
    void linkThroughTheDialog();
    void noteModeLooksDifferent();
    void sendShortcuts_data();
    void sendShortcuts();
    void emptyEditorSendsNothing();
    void pastedPictureBecomesAChip();
    void droppedFileBecomesAChip();
    void pastedHtmlLosesPictures();
    void refusedAttachmentBlocksSending();
    void screenshotGoesThroughAnnotation();
    void cannedResponseFillsPlaceholders();
    void cannedResponseReportsBlanks();
    void quoteInsertsABlockquote();
    void enterOnAnEmptyQuotedLineEndsTheQuote();
    void typingAfterALinkIsNotPartOfIt();
    void knowledgeBaseLink();
    void screenshots();

private:
    void type(const QString &text) { typeText(m_editor->textEdit(), text); }
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_editor->textEdit(), Qt::Key(key), modifiers);
    }
    void selectAll() { press(Qt::Key_A, Qt::ControlModifier); }
    QWidget *buttonFor(QAction *action) const
    {
        return m_editor->formatToolBar()->widgetForAction(action);
    }
    Sent sendNow();

    std::unique_ptr<ReplyEditor> m_editor;
    std::unique_ptr<QSignalSpy> m_sent;
};

void TestReplyEditor::init()
{
    m_editor = std::make_unique<ReplyEditor>();
    m_editor->resize(760, 420);
    m_sent = std::make_unique<QSignalSpy>(m_editor.get(), &ReplyEditor::sendRequested);
    m_editor->show();
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    m_editor->textEdit()->setFocus();
}

void TestReplyEditor::cleanup()
{
    m_sent.reset();
    m_editor.reset();
}

Sent TestReplyEditor::sendNow()
{
    const int before = int(m_sent->count());
    press(Qt::Key_Return, Qt::ControlModifier);
    if (m_sent->count() != before + 1)
        return {};
    return sentAt(*m_sent, before);
}

void TestReplyEditor::typingWithBoldShortcut()
{
    type(u"Здравствуйте, "_s);
    press(Qt::Key_B, Qt::ControlModifier);
    QVERIFY(m_editor->formatToolBar()->boldAction()->isChecked());
    type(u"Мария"_s);
    press(Qt::Key_B, Qt::ControlModifier);
    QVERIFY(!m_editor->formatToolBar()->boldAction()->isChecked());
    type(u"!"_s);
    const Sent sent = sendNow();
    QCOMPARE(sent.kind, u"reply"_s);
    QCOMPARE(sent.html, u"<p>Здравствуйте, <strong>Мария</strong>!</p>"_s);
    QCOMPARE(sent.text, u"Здравствуйте, Мария!"_s);
    QVERIFY(sent.files.isEmpty());
}

void TestReplyEditor::toolbarFormats_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("bold") << u"boldAction"_s << u"<p><strong>Ошибка 0x80070005</strong></p>"_s
                          << u"Ошибка 0x80070005"_s;
    QTest::newRow("italic") << u"italicAction"_s << u"<p><em>Ошибка 0x80070005</em></p>"_s
                            << u"Ошибка 0x80070005"_s;
    QTest::newRow("underline") << u"underlineAction"_s << u"<p><u>Ошибка 0x80070005</u></p>"_s
                               << u"Ошибка 0x80070005"_s;
    QTest::newRow("code") << u"codeAction"_s << u"<p><code>Ошибка 0x80070005</code></p>"_s
                          << u"Ошибка 0x80070005"_s;
    QTest::newRow("bullets") << u"bulletListAction"_s << u"<ul><li>Ошибка 0x80070005</li></ul>"_s
                             << u"• Ошибка 0x80070005"_s;
    QTest::newRow("numbers") << u"numberedListAction"_s << u"<ol><li>Ошибка 0x80070005</li></ol>"_s
                             << u"1. Ошибка 0x80070005"_s;
    QTest::newRow("quote") << u"quoteAction"_s
                           << u"<blockquote><p>Ошибка 0x80070005</p></blockquote>"_s
                           << u"> Ошибка 0x80070005"_s;
}

void TestReplyEditor::toolbarFormats()
{
    QFETCH(QString, action);
    QFETCH(QString, html);
    QFETCH(QString, text);
    type(u"Ошибка 0x80070005"_s);
    selectAll();
    auto *toolBarAction = m_editor->formatToolBar()->findChild<QAction *>(action);
    QVERIFY(toolBarAction);
    QVERIFY(!toolBarAction->isChecked());
    QTest::mouseClick(buttonFor(toolBarAction), Qt::LeftButton);
    QVERIFY(toolBarAction->isChecked());
    const Sent sent = sendNow();
    QCOMPARE(sent.html, html);
    QCOMPARE(sent.text, text);
}

void TestReplyEditor::buttonsFollowTheCursor()
{
    FormatToolBar *bar = m_editor->formatToolBar();
    type(u"plain "_s);
    press(Qt::Key_I, Qt::ControlModifier);
    type(u"italic"_s);
    press(Qt::Key_Return);
    QTest::mouseClick(buttonFor(bar->bulletListAction()), Qt::LeftButton);
    type(u"item"_s);
    QVERIFY(bar->bulletListAction()->isChecked());
    press(Qt::Key_Up);
    press(Qt::Key_End);
    QVERIFY(bar->italicAction()->isChecked());
    QVERIFY(!bar->bulletListAction()->isChecked());
    press(Qt::Key_Home);
    press(Qt::Key_Right);
    QVERIFY(!bar->italicAction()->isChecked());
    press(Qt::Key_Down);
    QVERIFY(bar->bulletListAction()->isChecked());
}

void TestReplyEditor::clearFormatting()
{
    FormatToolBar *bar = m_editor->formatToolBar();
    press(Qt::Key_B, Qt::ControlModifier);
    press(Qt::Key_U, Qt::ControlModifier);
    type(u"Важно"_s);
    selectAll();
    QTest::mouseClick(buttonFor(bar->quoteAction()), Qt::LeftButton);
    QTest::mouseClick(buttonFor(bar->codeAction()), Qt::LeftButton);
    QCOMPARE(sendNow().html,
             u"<blockquote><p><strong><u><code>Важно</code></u></strong></p></blockquote>"_s);
    selectAll();
    QTest::mouseClick(buttonFor(bar->clearAction()), Qt::LeftButton);
    QVERIFY(!bar->boldAction()->isChecked());
    QVERIFY(!bar->quoteAction()->isChecked());
    QCOMPARE(sendNow().html, u"<p>Важно</p>"_s);
}

void TestReplyEditor::listsByTyping()
{
    type(u"Пришлите, пожалуйста:"_s);
    press(Qt::Key_Return);
    QTest::mouseClick(buttonFor(m_editor->formatToolBar()->bulletListAction()), Qt::LeftButton);
    type(u"журнал"_s);
    press(Qt::Key_Return);
    type(u"скриншот"_s);
    press(Qt::Key_Return);
    press(Qt::Key_Return); // an empty item ends the list
    QVERIFY(!m_editor->formatToolBar()->bulletListAction()->isChecked());
    press(Qt::Key_Return);
    type(u"Спасибо"_s);
    const Sent sent = sendNow();
    QCOMPARE(sent.html, u"<p>Пришлите, пожалуйста:</p><ul><li>журнал</li><li>скриншот</li></ul>"
                        u"<p>Спасибо</p>"_s);
    QCOMPARE(sent.text, u"Пришлите, пожалуйста:\n• журнал\n• скриншот\n\nСпасибо"_s);
}

void TestReplyEditor::linkThroughTheDialog_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("html"); // empty: no link made, the notice says why
    QTest::addColumn<QString>("text");
    QTest::newRow("https") << u"https://kb.example.com/42?a=1&b=2"_s
                           << u"<p>см. <a href=\"https://kb.example.com/42?a=1&amp;b=2\">статью"
                              u"</a></p>"_s
                           << u"см. статью (https://kb.example.com/42?a=1&b=2)"_s;
    QTest::newRow("bare host") << u"kb.example.com/42"_s
                               << u"<p>см. <a href=\"https://kb.example.com/42\">статью</a></p>"_s
                               << u"см. статью (https://kb.example.com/42)"_s;
    QTest::newRow("mailto") << u"mailto:help@example.com"_s
                            << u"<p>см. <a href=\"mailto:help@example.com\">статью</a></p>"_s
                            << u"см. статью (mailto:help@example.com)"_s;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << QString() << u"см. статью"_s;
    QTest::newRow("file") << u"file:///etc/passwd"_s << QString() << u"см. статью"_s;
}

void TestReplyEditor::linkThroughTheDialog()
{
    QFETCH(QString, address);
    QFETCH(QString, html);
    QFETCH(QString, text);
    type(u"см. статью"_s);
    for (int i = 0; i < 6; ++i)
        press(Qt::Key_Left, Qt::ShiftModifier);
    QTest::mouseClick(buttonFor(m_editor->formatToolBar()->linkAction()), Qt::LeftButton);
    auto *dialog = m_editor->findChild<QInputDialog *>(u"linkDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->setTextValue(address);
    dialog->accept();
    auto *notice = m_editor->findChild<QWidget *>(u"replyNotice"_s);
    QCOMPARE(notice->isVisible(), html.isEmpty());
    // Typing on after the link is plain text again.
    if (html.isEmpty())
        press(Qt::Key_End); // the selection is still there
    type(u"."_s);
    const Sent sent = sendNow();
    QCOMPARE(sent.html, html.isEmpty() ? u"<p>см. статью.</p>"_s : html.chopped(4) + u".</p>");
    QCOMPARE(sent.text, text + u'.');
}

void TestReplyEditor::noteModeLooksDifferent()
{
    auto *banner = m_editor->findChild<QWidget *>(u"internalNoteBanner"_s);
    auto *send = m_editor->findChild<QPushButton *>(u"sendButton"_s);
    auto *note = m_editor->findChild<QAbstractButton *>(u"internalNoteButton"_s);
    auto *reply = m_editor->findChild<QAbstractButton *>(u"publicReplyButton"_s);
    QVERIFY(banner && send && note && reply);
    const QColor replyBase = m_editor->textEdit()->palette().color(QPalette::Base);
    QVERIFY(!banner->isVisible());
    QVERIFY(reply->isChecked());

    QTest::mouseClick(note, Qt::LeftButton);
    QCOMPARE(m_editor->mode(), ReplyEditor::Mode::Note);
    QVERIFY(banner->isVisible());
    QVERIFY(note->isChecked() && !reply->isChecked());
    const QColor noteBase = m_editor->textEdit()->palette().color(QPalette::Base);
    QVERIFY2(noteBase != replyBase, qPrintable(noteBase.name()));
    QVERIFY(noteBase.red() > noteBase.blue() + 30); // yellowish
    QCOMPARE(send->text(), u"Add note"_s);
    m_editor->textEdit()->setFocus();
    type(u"Проверить договор"_s);
    Sent sent = sendNow();
    QCOMPARE(sent.kind, u"note"_s);
    QCOMPARE(sent.text, u"Проверить договор"_s);

    QTest::mouseClick(reply, Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_editor->textEdit()->palette().color(QPalette::Base), replyBase);
    QCOMPARE(send->text(), u"Send reply"_s);
    m_editor->textEdit()->setFocus();
    QCOMPARE(sendNow().kind, u"reply"_s);
}

void TestReplyEditor::sendShortcuts_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<bool>("sends");
    QTest::newRow("ctrl+return") << int(Qt::Key_Return) << int(Qt::ControlModifier) << true;
    QTest::newRow("ctrl+keypad enter")
        << int(Qt::Key_Enter) << int(Qt::ControlModifier | Qt::KeypadModifier) << true;
    QTest::newRow("return alone") << int(Qt::Key_Return) << int(Qt::NoModifier) << false;
    QTest::newRow("shift+return") << int(Qt::Key_Return) << int(Qt::ShiftModifier) << false;
}

void TestReplyEditor::sendShortcuts()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(bool, sends);
    type(u"Готово"_s);
    press(key, Qt::KeyboardModifiers(modifiers));
    QCOMPARE(m_sent->count(), sends ? 1 : 0);
    if (sends) {
        QVERIFY(sentAt(*m_sent, 0).html.contains(u"Готово"_s));
        QVERIFY(m_editor->textEdit()->toPlainText() == u"Готово"_s); // the owner clears it
    }
    // The send button does the same.
    QTest::mouseClick(m_editor->findChild<QPushButton *>(u"sendButton"_s), Qt::LeftButton);
    QCOMPARE(m_sent->count(), sends ? 2 : 1);
}

void TestReplyEditor::emptyEditorSendsNothing()
{
    type(u"   "_s);
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_sent->count(), 0);
}

void TestReplyEditor::pastedPictureBecomesAChip()
{
    type(u"Вот скриншот: "_s);
    auto *mime = new QMimeData;
    mime->setImageData(testPicture());
    // What a browser puts beside a copied picture; it must not end up in the text.
    mime->setHtml(u"<img src=\"https://example.com/shot.png\">"_s);
    QApplication::clipboard()->setMimeData(mime);
    press(Qt::Key_V, Qt::ControlModifier);
    AttachmentList *attachments = m_editor->attachmentList();
    QCOMPARE(attachments->count(), 1);
    QVERIFY(attachments->chipAt(0));
    QCOMPARE(attachments->chipAt(0)->mimeType(), u"image/png"_s);
    QVERIFY(!attachments->chipAt(0)->isRefused());
    const QString html = m_editor->textEdit()->toHtml();
    QVERIFY2(!html.contains(u"<img"_s), qPrintable(html));
    QCOMPARE(m_editor->textEdit()->toPlainText(), u"Вот скриншот: "_s);
    const Sent sent = sendNow();
    QCOMPARE(sent.files.size(), 1);
    QVERIFY(sent.files.at(0).name.endsWith(u".png"_s));
    QVERIFY(QFile::exists(sent.files.at(0).path));
    QVERIFY(!sent.html.contains(u"<img"_s));
}

void TestReplyEditor::droppedFileBecomesAChip()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(u"import.log"_s);
    QFile file(log);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("2026-11-20 10:15:04 ERROR access denied (0x80070005)\n");
    file.close();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(log)});
    mime.setText(log);
    QWidget *viewport = m_editor->textEdit()->viewport();
    const QPointF at(viewport->width() / 2.0, viewport->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QCOMPARE(m_editor->attachmentList()->count(), 1);
    QCOMPARE(m_editor->attachmentList()->chipAt(0)->name(), u"import.log"_s);
    QVERIFY(m_editor->textEdit()->toPlainText().isEmpty());
}

void TestReplyEditor::pastedHtmlLosesPictures()
{
    auto *mime = new QMimeData;
    mime->setHtml(u"<p>Текст <img src=\"https://example.com/a.png\"> и <b>жирный</b></p>"_s);
    QApplication::clipboard()->setMimeData(mime);
    press(Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m_editor->attachmentList()->count(), 0);
    QVERIFY(!m_editor->textEdit()->toHtml().contains(u"<img"_s));
    QCOMPARE(sendNow().html, u"<p>Текст  и <strong>жирный</strong></p>"_s);
}

void TestReplyEditor::refusedAttachmentBlocksSending()
{
    QTemporaryDir dir;
    const QString setup = dir.filePath(u"setup.exe"_s);
    QFile file(setup);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("MZ") + QByteArray(2000, '\0'));
    file.close();
    type(u"Установщик во вложении"_s);
    m_editor->attachmentList()->addFile(setup);
    QVERIFY(m_editor->attachmentList()->hasRefused());
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_sent->count(), 0);
    QVERIFY(m_editor->findChild<QWidget *>(u"replyNotice"_s)->isVisible());
    m_editor->attachmentList()->removeAt(0);
    m_editor->textEdit()->setFocus();
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_sent->count(), 1);
}

void TestReplyEditor::screenshotGoesThroughAnnotation()
{
    auto *button = m_editor->findChild<ScreenshotButton *>(u"attachScreenshotButton"_s);
    QVERIFY(button);
    button->capture()->setHideDelay(std::chrono::milliseconds(10));
    QImage shot(400, 300, QImage::Format_RGB32);
    shot.fill(QColor(0xee, 0xee, 0xee));
    button->capture()->setGrabber([shot](QScreen *) { return shot; });
    button->menu()->findChild<QAction *>(u"captureScreenAction"_s)->trigger();
    AnnotationEditor *annotate = nullptr;
    QTRY_VERIFY((annotate = m_editor->window()->findChild<AnnotationEditor *>(
                     u"screenshotAnnotationEditor"_s)));
    QCOMPARE(m_editor->attachmentList()->count(), 0);
    annotate->accept();
    QCOMPARE(m_editor->attachmentList()->count(), 1);
    QVERIFY(m_editor->attachmentList()->chipAt(0)->name().startsWith(u"screenshot-"_s));
}

void TestReplyEditor::cannedResponseFillsPlaceholders()
{
    m_editor->setContext(u"SD-2026-000123"_s, u"O'Brien & <Co>"_s, u"Иван Иванов"_s);
    m_editor->setCannedResponses(
        {{7, u"Приветствие"_s,
          u"<p>Здравствуйте, {{customer.name}}!</p><p>Заявка {{ ticket.number }}.</p>"_s, true},
         {9, u"Мой & шаблон"_s, u"<p>{{agent.name}}</p>"_s, false}});
    auto *button = m_editor->findChild<QToolButton *>(u"cannedResponseButton"_s);
    QVERIFY(button && button->isEnabled());
    QMenu *menu = button->menu();
    QStringList titles;
    QStringList sections;
    for (QAction *action : menu->actions())
        (action->isSeparator() ? sections : titles).append(action->text());
    QCOMPARE(titles, (QStringList{u"Приветствие"_s, u"Мой && шаблон"_s}));
    QCOMPARE(sections, (QStringList{u"Shared"_s, u"My own"_s}));
    type(u"Начало. "_s);
    menu->actions().at(1)->trigger();
    QVERIFY(!m_editor->findChild<QWidget *>(u"replyNotice"_s)->isVisible());
    const Sent sent = sendNow();
    QCOMPARE(sent.text, u"Начало. Здравствуйте, O'Brien & <Co>!\n\nЗаявка SD-2026-000123."_s);
    QCOMPARE(sent.html, u"<p>Начало. Здравствуйте, O'Brien &amp; &lt;Co&gt;!</p><p>Заявка "
                        u"SD-2026-000123.</p>"_s);
}

void TestReplyEditor::cannedResponseReportsBlanks()
{
    m_editor->setContext(u"SD-2026-000123"_s, QString(), u"Иван Иванов"_s);
    const sd::client::CannedResponse response{
        3, u"Договор"_s, u"<p>{{customer.name}}, договор {{contract.number}}</p>"_s, true};
    m_editor->insertCannedResponse(response);
    auto *notice = m_editor->findChild<QLabel *>(u"replyNoticeLabel"_s);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"{{customer.name}}"_s), qPrintable(notice->text()));
    QVERIFY(notice->text().contains(u"{{contract.number}}"_s));
    // The blanks stay for the agent to see; the cursor waits on the line below.
    QCOMPARE(m_editor->textEdit()->toPlainText(),
             u"{{customer.name}}, договор {{contract.number}}\n"_s);
}

void TestReplyEditor::quoteInsertsABlockquote()
{
    type(u"Добрый день!"_s);
    const QDateTime sentAt(QDate(2026, 3, 2), QTime(9, 30));
    m_editor->quoteMessage(u"Мария Петрова"_s,
                           u"<p>Импорт <b>не работает</b><img src=\"x.png\"></p><p>Ошибка "
                           u"0x80070005</p>"_s,
                           sentAt);
    type(u"Проверьте права на папку."_s);
    const Sent sent = sendNow();
    const QString header =
        u"On %1 Мария Петрова wrote:"_s.arg(QLocale().toString(sentAt, QLocale::ShortFormat));
    QCOMPARE(sent.html, u"<p>Добрый день!<br>"_s + header.toHtmlEscaped() +
                            u"</p><blockquote><p>Импорт <strong>не работает</strong></p><p>"
                            u"Ошибка 0x80070005</p></blockquote><p>Проверьте права на "
                            u"папку.</p>"_s);
    QCOMPARE(sent.text, u"Добрый день!\n"_s + header +
                            u"\n> Импорт не работает\n>\n> Ошибка 0x80070005\nПроверьте права "
                            u"на папку."_s);
    QVERIFY(!m_editor->formatToolBar()->quoteAction()->isChecked());
}

void TestReplyEditor::enterOnAnEmptyQuotedLineEndsTheQuote()
{
    QTest::mouseClick(buttonFor(m_editor->formatToolBar()->quoteAction()), Qt::LeftButton);
    type(u"цитата"_s);
    press(Qt::Key_Return);
    QVERIFY(m_editor->formatToolBar()->quoteAction()->isChecked());
    press(Qt::Key_Return);
    QVERIFY(!m_editor->formatToolBar()->quoteAction()->isChecked());
    type(u"ответ"_s);
    QCOMPARE(sendNow().html, u"<blockquote><p>цитата</p></blockquote><p>ответ</p>"_s);
}

void TestReplyEditor::typingAfterALinkIsNotPartOfIt()
{
    type(u"см. "_s);
    QTextCursor cursor = m_editor->textEdit()->textCursor();
    cursor.insertText(u"статью"_s);
    cursor.setPosition(4);
    cursor.setPosition(10, QTextCursor::KeepAnchor);
    m_editor->textEdit()->setTextCursor(cursor);
    QTest::mouseClick(buttonFor(m_editor->formatToolBar()->linkAction()), Qt::LeftButton);
    auto *dialog = m_editor->findChild<QInputDialog *>(u"linkDialog"_s);
    QVERIFY(dialog);
    dialog->setTextValue(u"https://kb.example.com/1"_s);
    dialog->accept();
    // Back into the link and out to its end again, as with the mouse or the arrow keys.
    press(Qt::Key_Left);
    press(Qt::Key_Right);
    type(u" и"_s);
    press(Qt::Key_Left);
    press(Qt::Key_Left);
    press(Qt::Key_Left);
    QVERIFY(ReplyFormats::isLink(m_editor->textEdit()->currentCharFormat()));
    QCOMPARE(sendNow().html, u"<p>см. <a href=\"https://kb.example.com/1\">статью</a> и</p>"_s);
}

void TestReplyEditor::knowledgeBaseLink()
{
    QSignalSpy asked(m_editor.get(), &ReplyEditor::kbSearchRequested);
    auto *bar = m_editor->findChild<KbSearchBar *>(u"kbSearchBar"_s);
    QVERIFY(bar && !bar->isVisible());
    type(u"См. "_s);
    QTest::mouseClick(m_editor->findChild<QToolButton *>(u"kbSearchButton"_s), Qt::LeftButton);
    QVERIFY(bar->isVisible());
    QTRY_VERIFY(bar->searchField()->hasFocus());
    typeText(bar->searchField(), u"импорт"_s);
    QTRY_COMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).toString(), u"импорт"_s);
    m_editor->showKbResults({{u"Права доступа при импорте"_s, QUrl(u"https://sd.example/kb/1"_s)},
                             {u"Лицензии"_s, QUrl(u"https://sd.example/kb/2"_s)}});
    QCOMPARE(bar->resultList()->count(), 2);
    QTest::keyClick(bar->searchField(), Qt::Key_Return);
    QVERIFY(!bar->isVisible());
    QTRY_VERIFY(m_editor->textEdit()->hasFocus());
    const Sent sent = sendNow();
    QCOMPARE(sent.html,
             u"<p>См. <a href=\"https://sd.example/kb/1\">Права доступа при импорте</a></p>"_s);
    QCOMPARE(sent.text, u"См. Права доступа при импорте (https://sd.example/kb/1)"_s);
}

// Pictures of the editor for people to look at; only with SD_SCREENSHOT_DIR set (run under
// xvfb-run with QT_QPA_PLATFORM=xcb for real fonts and style).
void TestReplyEditor::screenshots()
{
    const QString directory = qEnvironmentVariable("SD_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("SD_SCREENSHOT_DIR is not set");
    m_editor->setContext(u"SD-2026-000123"_s, u"Мария Петрова"_s, u"Иван Иванов"_s);
    QTemporaryDir replicaDir;
    auto replica = sd::client::Replica::open(replicaDir.filePath(u"replica.db"_s));
    QVERIFY(replica);
    sd::client::DraftStore drafts(replica.value()->database());
    m_editor->setTicket(42, &drafts);
    const QList<sd::client::CannedResponse> canned{
        {1, u"Приветствие"_s, u"<p>Здравствуйте, {{customer.name}}!</p>"_s, true}};
    m_editor->setCannedResponses(canned);
    m_editor->insertCannedResponse(canned.at(0));
    type(u"Ошибка "_s);
    press(Qt::Key_B, Qt::ControlModifier);
    type(u"0x80070005"_s);
    press(Qt::Key_B, Qt::ControlModifier);
    type(u" возникает из-за прав на временную папку."_s);
    m_editor->quoteMessage(u"Мария Петрова"_s,
                           u"<p>При импорте справочника появляется ошибка 0x80070005.</p>"_s,
                           QDateTime(QDate(2026, 3, 2), QTime(9, 30)));
    type(u"Выдайте права на запись папке "_s);
    QTest::mouseClick(buttonFor(m_editor->formatToolBar()->codeAction()), Qt::LeftButton);
    type(u"%TEMP%"_s);
    m_editor->attachmentList()->addImage(testPicture(), u"screenshot-import"_s);
    m_editor->saveDraft();
    QTest::qWait(100);
    QVERIFY(m_editor->grab().save(QDir(directory).filePath(u"editor-public.png"_s)));
    QTest::mouseClick(m_editor->findChild<QAbstractButton *>(u"internalNoteButton"_s),
                      Qt::LeftButton);
    QTest::qWait(100);
    QVERIFY(m_editor->grab().save(QDir(directory).filePath(u"editor-note.png"_s)));
    QTest::mouseClick(m_editor->findChild<QToolButton *>(u"kbSearchButton"_s), Qt::LeftButton);
    auto *bar = m_editor->findChild<KbSearchBar *>(u"kbSearchBar"_s);
    typeText(bar->searchField(), u"импорт"_s);
    m_editor->showKbResults(
        {{u"Права доступа при импорте справочников"_s, QUrl(u"https://sd.example/kb/1"_s)},
         {u"Дополнительные лицензии: стоимость и активация"_s,
          QUrl(u"https://sd.example/kb/2"_s)}});
    QTest::qWait(100);
    QVERIFY(m_editor->grab().save(QDir(directory).filePath(u"editor-kb.png"_s)));
    m_editor->setTicket(0, nullptr);
}

QTEST_MAIN(TestReplyEditor)
#include "testreplyeditor.moc"
