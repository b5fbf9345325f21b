#include "client/draftstore.h"
#include "client/replica.h"
#include "core/attachmentpolicy.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "widgets/attachmentchip.h"
#include "widgets/attachmentlist.h"
#include "widgets/replyeditor.h"
#include "widgets/replytextedit.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sd;
using namespace Qt::StringLiterals;
using client::Draft;
using client::DraftFile;
using widgets::ReplyEditor;

namespace {

// QTest::keyClicks() knows Latin-1 only; agents type Cyrillic.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key(c.toUpper().unicode()), QString(c),
                            Qt::NoModifier);
}

} // namespace

// Drafts in a real replica: DraftStore on its own, and the reply editor keeping its text
// there without being asked (typing, losing the focus, switching tickets, being destroyed).
class TestDraftStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void saveReplacesAndRemoveForgets();
    void saveLeavesTheConnectionsSyncSetting();
    void editorRestoresAfterBeingDestroyed();
    void restoredAttachmentsKeepTheirNames_data();
    void restoredAttachmentsKeepTheirNames();
    void clearAfterSendRemovesTheDraft();
    void savedWithinTheDelay();
    void savedWhileTypingWithoutPause();
    void focusLossSavesAtOnce();
    void switchingTicketsKeepsEachDraft();
    void emptiedEditorRemovesTheDraft();
    void editingStartedOnce();

private:
    std::optional<Draft> stored(qint64 ticketId);
    QString storedText(qint64 ticketId);
    std::unique_ptr<ReplyEditor> newEditor(qint64 ticketId);
    static void type(ReplyEditor &editor, const QString &text)
    {
        typeText(editor.textEdit(), text);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<client::Replica> m_replica;
    std::unique_ptr<client::DraftStore> m_drafts;
};

void TestDraftStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto replica = client::Replica::open(m_dir.filePath(u"replica.db"_s));
    QVERIFY2(replica, qPrintable(replica.error().message));
    m_replica = std::move(replica.value());
    m_drafts = std::make_unique<client::DraftStore>(m_replica->database());
}

void TestDraftStore::init()
{
    QVERIFY(m_replica->database().execute(u"DELETE FROM drafts"_s));
}

void TestDraftStore::cleanup()
{
    QApplication::clipboard()->clear();
}

std::optional<Draft> TestDraftStore::stored(qint64 ticketId)
{
    auto loaded = m_drafts->load(ticketId);
    if (!loaded) {
        qWarning("load failed: %s", qPrintable(loaded.error().message));
        return std::nullopt;
    }
    return loaded.value();
}

// The draft's text as the editor would show it.
QString TestDraftStore::storedText(qint64 ticketId)
{
    const std::optional<Draft> draft = stored(ticketId);
    if (!draft)
        return {};
    QTextDocument document;
    document.setHtml(draft->html);
    return document.toPlainText();
}

std::unique_ptr<ReplyEditor> TestDraftStore::newEditor(qint64 ticketId)
{
    auto editor = std::make_unique<ReplyEditor>();
    editor->setStagingDirectory(m_dir.filePath(u"staging"_s));
    editor->setTicket(ticketId, m_drafts.get());
    editor->show();
    editor->activateWindow();
    if (!QTest::qWaitForWindowActive(editor.get()))
        qWarning("the editor's window did not become active");
    editor->textEdit()->setFocus();
    return editor;
}

void TestDraftStore::roundTrip_data()
{
    QTest::addColumn<qint64>("ticketId");
    QTest::addColumn<bool>("note");
    QTest::addColumn<QList<DraftFile>>("files");
    QTest::addColumn<qint64>("seen");
    QTest::newRow("reply") << qint64(42) << false << QList<DraftFile>() << qint64(0);
    QTest::newRow("note with files")
        << qint64(43) << true
        << QList<DraftFile>{{u"/tmp/a b/shot.png"_s, u"Скриншот «импорт».png"_s},
                            {u"C:\\Users\\agent\\import.log"_s, u"import.log"_s}}
        << qint64(901);
    QTest::newRow("local ticket") << qint64(-3) << false << QList<DraftFile>() << qint64(7);
}

void TestDraftStore::roundTrip()
{
    QFETCH(qint64, ticketId);
    QFETCH(bool, note);
    QFETCH(QList<DraftFile>, files);
    QFETCH(qint64, seen);
    Draft draft;
    draft.kind = note ? core::MessageKind::Note : core::MessageKind::Reply;
    draft.html = u"<p>Здравствуйте, <b>Мария</b>! \"кавычки\" & {{customer.name}}</p>"_s;
    draft.files = files;
    draft.seenMessageId = seen;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(m_drafts->save(ticketId, draft));
    const std::optional<Draft> loaded = stored(ticketId);
    QVERIFY(loaded);
    QCOMPARE(core::toString(loaded->kind), core::toString(draft.kind));
    QCOMPARE(loaded->html, draft.html);
    QCOMPARE(loaded->files, files);
    QCOMPARE(loaded->seenMessageId, seen);
    QVERIFY(loaded->savedAt >= before);
    QVERIFY(loaded->savedAt <= QDateTime::currentDateTimeUtc());
    QVERIFY(!stored(ticketId + 1000));
}

void TestDraftStore::saveReplacesAndRemoveForgets()
{
    Draft first;
    first.html = u"first"_s;
    first.files = {{u"/tmp/one.png"_s, u"one.png"_s}};
    first.seenMessageId = 5;
    QVERIFY(m_drafts->save(42, first));
    Draft second;
    second.kind = core::MessageKind::Note;
    second.html = u"second"_s;
    QVERIFY(m_drafts->save(42, second));
    QVERIFY(m_drafts->save(7, first));
    std::optional<Draft> loaded = stored(42);
    QVERIFY(loaded);
    QCOMPARE(loaded->html, u"second"_s);
    QVERIFY(loaded->files.isEmpty());
    QCOMPARE(loaded->seenMessageId, qint64(0));
    QVERIFY(m_drafts->remove(42));
    QVERIFY(!stored(42));
    QVERIFY(m_drafts->remove(42)); // nothing left: still fine
    QVERIFY(stored(7));
}

void TestDraftStore::saveLeavesTheConnectionsSyncSetting()
{
    QVERIFY(m_drafts->save(1, Draft{core::MessageKind::Reply, u"x"_s, {}, 0, {}}));
    storage::Statement synchronous(m_replica->database(), u"PRAGMA synchronous"_s);
    QVERIFY(synchronous.exec() && synchronous.next());
    QCOMPARE(synchronous.id(0), qint64(1)); // NORMAL, as the replica opened it
}

void TestDraftStore::editorRestoresAfterBeingDestroyed()
{
    QString stagedPicture;
    {
        auto editor = newEditor(42);
        type(*editor, u"Черновик ответа"_s);
        editor->setMode(ReplyEditor::Mode::Note);
        editor->setSeenMessageId(901);
        QVERIFY(
            editor->attachmentList()->addImage(QImage(40, 30, QImage::Format_RGB32), u"shot"_s));
        stagedPicture = editor->attachmentList()->acceptedFiles().value(0).path;
        QVERIFY(stagedPicture.startsWith(m_dir.filePath(u"staging"_s)));
        // Destroyed at once, with no save asked for and no time for the timer.
    }
    QCOMPARE(storedText(42), u"Черновик ответа"_s);
    auto editor = newEditor(42);
    QCOMPARE(editor->textEdit()->toPlainText(), u"Черновик ответа"_s);
    QCOMPARE(editor->mode(), ReplyEditor::Mode::Note);
    QCOMPARE(editor->seenMessageId(), qint64(901));
    QCOMPARE(editor->attachmentList()->count(), 1);
    QCOMPARE(editor->attachmentList()->acceptedFiles().value(0).path, stagedPicture);
    // Typing goes on at the end of the restored text.
    type(*editor, u"!"_s);
    QCOMPARE(editor->textEdit()->toPlainText(), u"Черновик ответа!"_s);
}

void TestDraftStore::restoredAttachmentsKeepTheirNames_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("expected");
    QTest::addRow("annotated screenshot")
        << u"picture"_s << u"screenshot-annotated.png"_s << u"screenshot-annotated.png"_s;
    QTest::addRow("pasted picture, Cyrillic")
        << u"picture"_s << u"Ошибка «импорт».png"_s << u"Ошибка «импорт».png"_s;
    QTest::addRow("shrunk to fit") << u"shrunk"_s << u"screen.png"_s << u"screen.jpg"_s;
    QTest::addRow("log file") << u"file"_s << u"log.txt"_s << u"log.txt"_s;
}

// Pictures wait in the staging folder under generated file names; the draft keeps the name
// each was attached under, and the restored chip shows and sends that one.
void TestDraftStore::restoredAttachmentsKeepTheirNames()
{
    QFETCH(QString, how);
    QFETCH(QString, given);
    QFETCH(QString, expected);
    constexpr qint64 SmallLimit = 60 * 1024;
    QString path;
    {
        auto editor = newEditor(42);
        editor->setAttachmentPolicy(core::AttachmentPolicy({SmallLimit}));
        type(*editor, u"См. вложение"_s);
        widgets::AttachmentList *list = editor->attachmentList();
        if (how == u"file") {
            QVERIFY(QDir(m_dir.path()).mkpath(u"logs"_s));
            QFile log(m_dir.filePath(u"logs/"_s + given));
            QVERIFY(log.open(QIODevice::WriteOnly));
            log.write("12:00:01 import started\n12:00:02 import failed: code 17\n");
            log.close();
            QVERIFY(list->addFile(log.fileName()));
        } else if (how == u"shrunk") {
            // Noise does not compress: far above the limit as PNG.
            QImage noise(320, 240, QImage::Format_RGB32);
            QRandomGenerator random(5);
            for (int y = 0; y < noise.height(); ++y)
                for (int x = 0; x < noise.width(); ++x)
                    noise.setPixel(x, y, random.generate() | 0xFF000000u);
            QVERIFY(!list->addImage(noise, given));
            list->shrinkAt(0);
        } else {
            QVERIFY(list->addImage(QImage(40, 30, QImage::Format_RGB32), given));
        }
        QCOMPARE(list->acceptedFiles().size(), 1);
        QCOMPARE(list->acceptedFiles().value(0).name, expected);
        path = list->acceptedFiles().value(0).path;
    }
    const std::optional<Draft> draft = stored(42);
    QVERIFY(draft);
    QCOMPARE(draft->files, (QList<DraftFile>{{path, expected}}));

    auto editor = newEditor(42);
    editor->setAttachmentPolicy(core::AttachmentPolicy({SmallLimit}));
    const widgets::AttachmentList *list = editor->attachmentList();
    QCOMPARE(list->acceptedFiles().size(), 1);
    QCOMPARE(list->acceptedFiles().value(0).name, expected);
    QCOMPARE(list->acceptedFiles().value(0).path, path);
    QCOMPARE(list->chipAt(0)->name(), expected);
}

void TestDraftStore::clearAfterSendRemovesTheDraft()
{
    auto editor = newEditor(42);
    type(*editor, u"Ответ клиенту"_s);
    QVERIFY(editor->attachmentList()->addImage(QImage(40, 30, QImage::Format_RGB32), u"shot"_s));
    const QString staged = editor->attachmentList()->acceptedFiles().value(0).path;
    editor->saveDraft();
    QVERIFY(stored(42));
    QSignalSpy sent(editor.get(), &ReplyEditor::sendRequested);
    editor->send();
    QCOMPARE(sent.count(), 1);
    QVERIFY(stored(42)); // until the outbox has it
    editor->clearAfterSend();
    QVERIFY(!stored(42));
    QVERIFY(editor->isEmpty());
    QCOMPARE(editor->attachmentList()->count(), 0);
    QVERIFY(!QFile::exists(staged));
    QTest::qWait(ReplyEditor::DraftSaveDelayMs + 100);
    QVERIFY(!stored(42));
    editor.reset();
    QVERIFY(!stored(42));
}

void TestDraftStore::savedWithinTheDelay()
{
    auto editor = newEditor(42);
    QElapsedTimer sinceTyping;
    sinceTyping.start();
    type(*editor, u"abc"_s);
    QTRY_VERIFY_WITH_TIMEOUT(storedText(42) == u"abc"_s, 500);
    QVERIFY2(sinceTyping.elapsed() <= 500, qPrintable(QString::number(sinceTyping.elapsed())));
}

void TestDraftStore::savedWhileTypingWithoutPause()
{
    auto editor = newEditor(42);
    const QString text = u"0123456789abcdefghij"_s;
    int savedWhileTyping = 0;
    for (const QChar c : text) {
        QTest::keyClick(editor->textEdit(), c.toLatin1());
        QTest::qWait(75);
        if (storedText(42).size() > savedWhileTyping)
            savedWhileTyping = int(storedText(42).size());
    }
    // 1.5 s of typing: the draft has kept up to within a second of it.
    QVERIFY2(savedWhileTyping >= text.size() - 13, qPrintable(QString::number(savedWhileTyping)));
}

void TestDraftStore::focusLossSavesAtOnce()
{
    auto editor = newEditor(42);
    auto *elsewhere = new QLineEdit(editor.get());
    elsewhere->show();
    type(*editor, u"Ушёл на обед"_s);
    QVERIFY(!stored(42));
    elsewhere->setFocus();
    QCOMPARE(storedText(42), u"Ушёл на обед"_s);
}

void TestDraftStore::switchingTicketsKeepsEachDraft()
{
    auto editor = newEditor(1);
    type(*editor, u"для первой"_s);
    editor->setTicket(2, m_drafts.get());
    QVERIFY(editor->isEmpty());
    QCOMPARE(storedText(1), u"для первой"_s);
    editor->textEdit()->setFocus();
    type(*editor, u"для второй"_s);
    editor->setMode(ReplyEditor::Mode::Note);
    editor->setTicket(1, m_drafts.get());
    QCOMPARE(editor->textEdit()->toPlainText(), u"для первой"_s);
    QCOMPARE(editor->mode(), ReplyEditor::Mode::Reply);
    QCOMPARE(storedText(2), u"для второй"_s);
    QCOMPARE(core::toString(stored(2)->kind), u"note"_s);
}

void TestDraftStore::emptiedEditorRemovesTheDraft()
{
    auto editor = newEditor(42);
    type(*editor, u"лишнее"_s);
    QTRY_VERIFY(stored(42));
    QTest::keyClick(editor->textEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor->textEdit(), Qt::Key_Delete);
    QTRY_VERIFY(!stored(42));
}

void TestDraftStore::editingStartedOnce()
{
    auto editor = newEditor(42);
    QSignalSpy started(editor.get(), &ReplyEditor::editingStarted);
    type(*editor, u"ab"_s);
    QCOMPARE(started.count(), 1);
    editor->setSeenMessageId(17);
    editor->saveDraft();
    QCOMPARE(stored(42)->seenMessageId, qint64(17));
    // A restored draft has begun already.
    editor->setTicket(42, m_drafts.get());
    type(*editor, u"c"_s);
    QCOMPARE(started.count(), 1);
}

QTEST_MAIN(TestDraftStore)
#include "testdraftstore.moc"
