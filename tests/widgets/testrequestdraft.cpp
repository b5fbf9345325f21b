#include "widgets/attachmentlist.h"
#include "widgets/requestdraft.h"
#include "widgets/requestform.h"

#include "requestformdriver.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using sd::core::Category;
using sd::widgets::RequestDraft;
using sd::widgets::RequestForm;
using namespace sd::testing;

// The request form's draft: what is typed survives a crash or a closed window, and is gone
// once the request belongs to the sender.
class TestRequestDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void jsonRoundTrip();
    void unreadableDraftIgnored_data();
    void unreadableDraftIgnored();
    void draftSavedAndRestored();
    void draftSavedOnDestruction();
    void draftGoneOnceSubmitted_data();
    void draftGoneOnceSubmitted();
    void refusalAfterQueueingUnlocksAndKeepsDraft();
    void prefillWinsOverDraft();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRequestDraft::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestRequestDraft::jsonRoundTrip()
{
    RequestDraft draft;
    draft.subject = u"Импорт прайса прерывается"_s;
    draft.category = Category::Consultation;
    draft.product = u"Склад"_s;
    draft.productVersion = u"5.2.1"_s;
    draft.os = u"Astra Linux 1.7"_s;
    draft.description = u"Строка 1\nСтрока 2"_s;
    draft.steps = u"1. Импорт"_s;
    draft.affectedUsers = 12;
    draft.projectCode = u"ACME-42"_s;
    draft.files = {{u"/tmp/a.png"_s, u"снимок.png"_s}};
    const QString path = m_dir->filePath(u"draft.json"_s);
    QVERIFY(draft.save(path).isEmpty());
    const std::optional<RequestDraft> loaded = RequestDraft::load(path);
    QVERIFY(loaded);
    QCOMPARE(*loaded, draft);
    QVERIFY(!draft.isEmpty());
    QVERIFY(RequestDraft().isEmpty());
}

void TestRequestDraft::unreadableDraftIgnored_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("not json") << QByteArray("{subject: oops");
    QTest::addRow("unknown format") << QByteArray(R"({"format": 99, "subject": "x y"})");
    QTest::addRow("no format") << QByteArray(R"({"subject": "x y"})");
}

void TestRequestDraft::unreadableDraftIgnored()
{
    QFETCH(QByteArray, bytes);
    const QString path = writeFile(*m_dir, u"draft.json"_s, bytes);
    QVERIFY(!RequestDraft::load(path));
    QVERIFY(!RequestDraft::load(m_dir->filePath(u"missing.json"_s)));
    RequestForm form;
    form.setDraftFile(path);
    QVERIFY(form.content().isEmpty());
}

void TestRequestDraft::draftSavedAndRestored()
{
    const QString draftPath = m_dir->filePath(u"request-draft.json"_s);
    const QString log = writeFile(*m_dir, u"error.log"_s, "line 1\nline 2\n");
    sd::widgets::RequestDraft typed;
    {
        RequestForm form;
        form.setDraftFile(draftPath);
        fillValid(form, Category::Incident);
        form.attachmentList()->addFile(log, u"import-error.log"_s);
        typed = form.content();
        // Saved a moment after the last change, without closing anything.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(draftPath), RequestForm::DraftSaveDelayMs * 5);
    }
    RequestForm restored;
    restored.setDraftFile(draftPath);
    QCOMPARE(restored.content(), typed);
    QCOMPARE(restored.files().size(), 1);
    QCOMPARE(restored.files().constFirst().name, u"import-error.log"_s);
    QCOMPARE(child<QComboBox>(restored, "categoryCombo")->currentData().toString(), u"incident"_s);

    restored.clear();
    QVERIFY(!QFile::exists(draftPath));
    QVERIFY(restored.content().isEmpty());
}

void TestRequestDraft::draftSavedOnDestruction()
{
    const QString draftPath = m_dir->filePath(u"request-draft.json"_s);
    {
        RequestForm form;
        form.setDraftFile(draftPath);
        child<QPlainTextEdit>(form, "descriptionEdit")->setPlainText(u"Typed just now"_s);
        QVERIFY(!QFile::exists(draftPath));
    }
    const std::optional<sd::widgets::RequestDraft> draft =
        sd::widgets::RequestDraft::load(draftPath);
    QVERIFY(draft);
    QCOMPARE(draft->description, u"Typed just now"_s);
}

void TestRequestDraft::draftGoneOnceSubmitted_data()
{
    QTest::addColumn<bool>("queued");
    QTest::addRow("accepted") << false;
    QTest::addRow("queued offline") << true;
}

// The request belongs to the sender now: a leftover draft would offer to send it twice.
void TestRequestDraft::draftGoneOnceSubmitted()
{
    QFETCH(bool, queued);
    const QString draftPath = m_dir->filePath(u"request-draft.json"_s);
    RequestForm form;
    form.setDraftFile(draftPath);
    fillValid(form, Category::Incident);
    QSignalSpy submitted(&form, &RequestForm::submitRequested);
    clickSend(form);
    QCOMPARE(submitted.count(), 1);
    QVERIFY(QFile::exists(draftPath));
    if (queued)
        form.showQueued();
    else
        form.showSubmitted(u"SD-2026-000123"_s);
    QVERIFY(!QFile::exists(draftPath));
    QVERIFY(!child<QPushButton>(form, "submitButton")->isVisibleTo(&form));
    child<QLineEdit>(form, "subjectEdit")->setText(u"Changed after sending"_s);
    QTest::qWait(RequestForm::DraftSaveDelayMs * 2);
    QVERIFY(!QFile::exists(draftPath));

    QTest::mouseClick(child<QPushButton>(form, "newRequestButton"), Qt::LeftButton);
    QVERIFY(form.content().isEmpty());
    QVERIFY(child<QPushButton>(form, "submitButton")->isVisibleTo(&form));
}

// Queued, then refused by the server: the request is the customer's again, draft and all.
void TestRequestDraft::refusalAfterQueueingUnlocksAndKeepsDraft()
{
    const QString draftPath = m_dir->filePath(u"request-draft.json"_s);
    RequestForm form;
    form.setDraftFile(draftPath);
    fillValid(form, Category::Incident);
    clickSend(form);
    form.showQueued();
    QVERIFY(form.isLocked());
    QVERIFY(!QFile::exists(draftPath));
    form.showRefused(u"steps"_s, u"Steps are required."_s);
    QVERIFY(!form.isLocked());
    QVERIFY(child<QPushButton>(form, "submitButton")->isVisibleTo(&form));
    QTRY_VERIFY(QFile::exists(draftPath));
    const auto saved = RequestDraft::load(draftPath);
    QVERIFY(saved);
    QCOMPARE(*saved, form.content());
}

void TestRequestDraft::prefillWinsOverDraft()
{
    const QString draftPath = m_dir->filePath(u"request-draft.json"_s);
    sd::widgets::RequestDraft draft;
    draft.subject = u"Old subject from the draft"_s;
    draft.product = u"Old product"_s;
    draft.description = u"Kept from the draft"_s;
    QVERIFY(draft.save(draftPath).isEmpty());
    const QString log = writeFile(*m_dir, u"app.log"_s, "started\n");

    for (bool prefillFirst : {true, false}) {
        RequestForm form;
        const auto prefill = [&] {
            form.setPrefill(u"Export to Excel fails"_s, u"Склад"_s, u"5.2.1"_s, {log});
        };
        if (prefillFirst)
            prefill();
        form.setDraftFile(draftPath);
        if (!prefillFirst)
            prefill();
        const sd::widgets::RequestDraft content = form.content();
        QCOMPARE(content.subject, u"Export to Excel fails"_s);
        QCOMPARE(content.product, u"Склад"_s);
        QCOMPARE(content.productVersion, u"5.2.1"_s);
        QCOMPARE(content.description, u"Kept from the draft"_s);
        QCOMPARE(form.files().size(), 1);
        QCOMPARE(form.files().constFirst().path, QFileInfo(log).absoluteFilePath());
        QVERIFY(!errorShown(form, u"subject"_s));
    }
}

QTEST_MAIN(TestRequestDraft)
#include "testrequestdraft.moc"
