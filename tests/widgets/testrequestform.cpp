#include "core/intakevalidator.h"
#include "protocol/ticketcreaterequest.h"
#include "widgets/attachmentchip.h"
#include "widgets/attachmentlist.h"
#include "widgets/requestfield.h"
#include "widgets/requestform.h"
#include "widgets/requestkbhints.h"
#include "widgets/requeststatus.h"

#include "requestformdriver.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using sd::core::Category;
using sd::core::IntakeValidator;
using sd::widgets::RequestField;
using sd::widgets::RequestForm;
using Field = IntakeValidator::Field;
using namespace sd::testing;

class TestRequestForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void requiredFieldMessage_data();
    void requiredFieldMessage();
    void requiredMarkersFollowCategory_data();
    void requiredMarkersFollowCategory();
    void genericSubjectRefusedWithExample_data();
    void genericSubjectRefusedWithExample();
    void goodSubjectAccepted_data();
    void goodSubjectAccepted();
    void versionMustBeExact_data();
    void versionMustBeExact();
    void refusedAttachmentBlocksSending_data();
    void refusedAttachmentBlocksSending();
    void projectCodeRequiredOnlyWhenAsked_data();
    void projectCodeRequiredOnlyWhenAsked();
    void requestCarriesWireNames();
    void pastedPictureBecomesAttachment();
    void kbSearchWhileTyping_data();
    void kbSearchWhileTyping();
    void kbSuggestionsAreLinksThatDoNotBlock();
    void submittedNumberCanBeCopied();
    void serverRefusalMarksField_data();
    void serverRefusalMarksField();
    void busyDisablesSending();
    void compactLayout_data();
    void compactLayout();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRequestForm::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestRequestForm::requiredFieldMessage_data()
{
    QTest::addColumn<Category>("category");
    QTest::addColumn<QString>("wire");
    for (const auto &[category, name] : sd::core::EnumTraits<Category>::names) {
        const QList<Field> required = IntakeValidator::defaultRequiredFields(category);
        for (Field field : required)
            QTest::addRow("%s/%s", qPrintable(QString::fromUtf16(name)),
                          qPrintable(sd::core::toString(field)))
                << category << sd::core::toString(field);
    }
}

// Each required field left empty stops sending, says what to give under that very field,
// takes the focus, and keeps everything else that was typed.
void TestRequestForm::requiredFieldMessage()
{
    QFETCH(Category, category);
    QFETCH(QString, wire);
    RequestForm form;
    form.resize(520, 640);
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    fillValid(form, category);
    emptyField(form, wire);
    const QString subject = child<QLineEdit>(form, "subjectEdit")->text();
    QSignalSpy submitted(&form, &RequestForm::submitRequested);

    clickSend(form);

    QCOMPARE(submitted.count(), 0);
    sd::core::Ticket ticket = form.content().toTicket();
    const QString expected = issueFor(wire, ticket);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(form.field(wire)->error(), expected);
    QVERIFY(errorShown(form, wire));
    QTRY_COMPARE(QApplication::focusWidget(), form.field(wire)->editor());
    QCOMPARE(child<QLineEdit>(form, "subjectEdit")->text(), subject);
    QCOMPARE(form.status()->state(), sd::widgets::RequestStatus::State::Problem);
    // Only the empty field complains.
    const QStringList others{u"subject"_s,     u"product"_s, u"product_version"_s, u"os"_s,
                             u"description"_s, u"steps"_s,   u"affected_users"_s};
    for (const QString &other : others)
        if (other != wire)
            QVERIFY2(!errorShown(form, other), qPrintable(other));
}

void TestRequestForm::requiredMarkersFollowCategory_data()
{
    QTest::addColumn<Category>("category");
    for (const auto &[category, name] : sd::core::EnumTraits<Category>::names)
        QTest::addRow("%s", qPrintable(QString::fromUtf16(name))) << category;
}

void TestRequestForm::requiredMarkersFollowCategory()
{
    QFETCH(Category, category);
    RequestForm form;
    form.show();
    // Start from another category, so the change itself has to move the markers.
    setCategory(form, category == Category::Incident ? Category::Question : Category::Incident);
    setCategory(form, category);
    const QList<Field> required = IntakeValidator::defaultRequiredFields(category);
    for (const auto &[field, name] : sd::core::EnumTraits<Field>::names) {
        RequestField *input = form.field(QString::fromUtf16(name));
        QVERIFY(input);
        const bool expected = required.contains(field);
        QCOMPARE(input->isRequired(), expected);
        const auto *marker = input->findChild<QLabel *>(u"requiredMarker"_s);
        QCOMPARE(marker->isVisible(), expected);
    }
    QVERIFY(form.field(u"subject"_s)->isRequired());
}

void TestRequestForm::genericSubjectRefusedWithExample_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addRow("plea") << u"Помогите!!! Срочно!"_s;
    QTest::addRow("english plea") << u"Help please"_s;
    QTest::addRow("question about the program") << u"Вопрос по программе"_s;
    QTest::addRow("punctuation") << u"???"_s;
    QTest::addRow("one word") << u"Печать"_s;
}

// Judged while typing, before Send: the message explains and shows a good subject.
void TestRequestForm::genericSubjectRefusedWithExample()
{
    QFETCH(QString, subject);
    RequestForm form;
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto *edit = child<QLineEdit>(form, "subjectEdit");
    edit->setFocus();
    type(edit, subject);

    QTRY_VERIFY(errorShown(form, u"subject"_s));
    const QString message = form.field(u"subject"_s)->error();
    QCOMPARE(message, IntakeValidator::checkSubject(subject)->message);
    QVERIFY2(message.contains(u"e.g. \""_s), qPrintable(message));

    QSignalSpy submitted(&form, &RequestForm::submitRequested);
    fillValid(form, Category::Question);
    edit->setText(subject);
    clickSend(form);
    QCOMPARE(submitted.count(), 0);
    QCOMPARE(form.field(u"subject"_s)->error(), message);
}

void TestRequestForm::goodSubjectAccepted_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addRow("does not print") << u"Не печатает накладную"_s;
    QTest::addRow("error code") << u"Ошибка 0x80070005 при импорте прайса"_s;
    QTest::addRow("english") << u"Invoice printing hangs"_s;
}

void TestRequestForm::goodSubjectAccepted()
{
    QFETCH(QString, subject);
    RequestForm form;
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    fillValid(form, Category::Incident);
    auto *edit = child<QLineEdit>(form, "subjectEdit");
    edit->clear();
    edit->setFocus();
    type(edit, u"Help"_s);
    QTRY_VERIFY(errorShown(form, u"subject"_s));
    // Typing on to a good subject takes the complaint away without pressing Send.
    edit->clear();
    type(edit, subject);
    QTRY_VERIFY(!errorShown(form, u"subject"_s));

    QSignalSpy submitted(&form, &RequestForm::submitRequested);
    clickSend(form);
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(form.request().value(u"subject"_s).toString(), subject);
}

void TestRequestForm::versionMustBeExact_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("latest") << u"latest"_s << false;
    QTest::addRow("последняя") << u"последняя"_s << false;
    QTest::addRow("major only") << u"5"_s << false;
    QTest::addRow("dotted") << u"5.2.1"_s << true;
    QTest::addRow("build") << u"build 4567"_s << true;
}

// A version, when given, must be exact even where it is optional (a question).
void TestRequestForm::versionMustBeExact()
{
    QFETCH(QString, version);
    QFETCH(bool, accepted);
    for (Category category : {Category::Incident, Category::Question}) {
        RequestForm form;
        fillValid(form, category);
        child<QLineEdit>(form, "versionEdit")->setText(version);
        QSignalSpy submitted(&form, &RequestForm::submitRequested);
        clickSend(form);
        QCOMPARE(submitted.count(), accepted ? 1 : 0);
        QCOMPARE(errorShown(form, u"product_version"_s), !accepted);
        if (!accepted)
            QVERIFY(form.field(u"product_version"_s)->error().contains(version));
    }
}

void TestRequestForm::refusedAttachmentBlocksSending_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addRow("installer") << u"setup.exe"_s << windowsProgram() << qint64(1024 * 1024);
    QTest::addRow("program renamed to .png")
        << u"picture.png"_s << windowsProgram() << qint64(1024 * 1024);
    QTest::addRow("oversized log") << u"server.log"_s << QByteArray(4096, 'x') << qint64(1024);
}

// The chip says why the file is refused, sending is blocked, and the field says what to do.
void TestRequestForm::refusedAttachmentBlocksSending()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, maxBytes);
    RequestForm form;
    form.setAttachmentPolicy(sd::core::AttachmentPolicy({maxBytes}));
    fillValid(form, Category::Incident);
    const QString path = writeFile(*m_dir, name, bytes);
    form.setPrefill({}, {}, {}, {path});

    const sd::widgets::AttachmentChip *chip = form.attachmentList()->chipAt(0);
    QVERIFY(chip);
    QVERIFY(chip->isRefused());
    QVERIFY(!chip->reason().isEmpty());
    QSignalSpy submitted(&form, &RequestForm::submitRequested);
    clickSend(form);
    QCOMPARE(submitted.count(), 0);
    const QString message = form.field(u"attachments"_s)->error();
    QVERIFY2(message.contains(chip->reason()), qPrintable(message));
    QVERIFY2(message.contains(u"Remove it"_s), qPrintable(message));
    QVERIFY(form.files().isEmpty());

    form.attachmentList()->removeAt(0);
    QVERIFY(!errorShown(form, u"attachments"_s));
    clickSend(form);
    QCOMPARE(submitted.count(), 1);
}

void TestRequestForm::projectCodeRequiredOnlyWhenAsked_data()
{
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("sent");
    QTest::addRow("on file, none given") << false << QString() << true;
    QTest::addRow("not on file, none given") << true << QString() << false;
    QTest::addRow("not on file, given") << true << u"Договор 17/2026"_s << true;
}

void TestRequestForm::projectCodeRequiredOnlyWhenAsked()
{
    QFETCH(bool, required);
    QFETCH(QString, code);
    QFETCH(bool, sent);
    RequestForm form;
    form.setProjectCodeRequired(required);
    fillValid(form, Category::Question);
    child<QLineEdit>(form, "projectCodeEdit")->setText(code);
    QCOMPARE(form.field(u"project_code"_s)->isRequired(), required);
    QSignalSpy submitted(&form, &RequestForm::submitRequested);
    clickSend(form);
    QCOMPARE(submitted.count(), sent ? 1 : 0);
    sd::core::Ticket ticket = form.content().toTicket();
    QCOMPARE(form.field(u"project_code"_s)->error(),
             sent ? QString() : issueFor(u"project_code"_s, ticket, true));
    // Changing the category keeps the field required.
    setCategory(form, Category::Consultation);
    QCOMPARE(form.field(u"project_code"_s)->isRequired(), required);
}

void TestRequestForm::requestCarriesWireNames()
{
    RequestForm form;
    fillValid(form, Category::Incident);
    const QJsonObject request = form.request();
    const QJsonObject expected{
        {u"subject"_s, u"Накладная не печатается на принтере"_s},
        {u"description"_s, u"Печать накладной зависает на 50 %"_s},
        {u"category"_s, u"incident"_s},
        {u"product"_s, u"Склад"_s},
        {u"product_version"_s, u"5.2.1 build 1234"_s},
        {u"os"_s, u"Windows 11 23H2"_s},
        {u"steps"_s, u"1. Открыть накладную\n2. Печать"_s},
        {u"affected_users"_s, 3},
        {u"project_code"_s, u"ACME-42"_s},
    };
    QCOMPARE(request, expected);
    sd::protocol::ApiError error;
    QVERIFY(sd::protocol::TicketCreateRequest::fromJson(request, &error).has_value());

    setCategory(form, Category::FeatureRequest);
    QCOMPARE(form.request().value(u"category"_s).toString(), u"feature_request"_s);
    // What was not given is not sent.
    emptyField(form, u"os"_s);
    emptyField(form, u"affected_users"_s);
    QVERIFY(!form.request().contains(u"os"_s));
    QVERIFY(!form.request().contains(u"affected_users"_s));
}

// A screenshot pasted into the description, or with the Paste button, is attached, not typed.
void TestRequestForm::pastedPictureBecomesAttachment()
{
    RequestForm form;
    form.setStagingDirectory(m_dir->path());
    QImage picture(64, 48, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    QGuiApplication::clipboard()->setImage(picture);
    auto *description = child<QPlainTextEdit>(form, "descriptionEdit");
    description->paste();
    QCOMPARE(form.files().size(), 1);
    QVERIFY(form.files().constFirst().path.startsWith(m_dir->path()));
    QVERIFY(description->toPlainText().isEmpty());

    QGuiApplication::clipboard()->setText(u"just words"_s);
    QTest::mouseClick(child<QPushButton>(form, "pasteAttachmentButton"), Qt::LeftButton);
    QCOMPARE(form.files().size(), 1);
    QCOMPARE(form.status()->state(), sd::widgets::RequestStatus::State::Problem);
    description->paste();
    QCOMPARE(description->toPlainText(), u"just words"_s);
}

void TestRequestForm::kbSearchWhileTyping_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("searched");
    QTest::addRow("a few words") << u"Печать накладной"_s << true;
    QTest::addRow("tiny") << u"abc"_s << false;
}

void TestRequestForm::kbSearchWhileTyping()
{
    QFETCH(QString, typed);
    QFETCH(bool, searched);
    RequestForm form;
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QSignalSpy search(&form, &RequestForm::kbSearchRequested);
    auto *subject = child<QLineEdit>(form, "subjectEdit");
    subject->setFocus();
    type(subject, typed);
    // Not on every keystroke: once, after the pause.
    QCOMPARE(search.count(), 0);
    QTest::qWait(RequestForm::KbSearchDelayMs * 3);
    QCOMPARE(search.count(), searched ? 1 : 0);
    if (searched)
        QCOMPARE(search.constFirst().constFirst().toString(), typed);
}

void TestRequestForm::kbSuggestionsAreLinksThatDoNotBlock()
{
    RequestForm form;
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QVERIFY(!form.kbHints()->isVisible());
    form.showKbSuggestions({{u"Печать накладных <A4>"_s, QUrl(u"https://kb.example/kb/7"_s)},
                            {u"Настройка принтера"_s, QUrl(u"https://kb.example/kb/9"_s)}});
    QVERIFY(form.kbHints()->isVisible());
    const QList<QLabel *> links = form.kbHints()->linkLabels();
    QCOMPARE(links.size(), 2);
    QVERIFY(links.at(0)->text().contains(u"href=\"https://kb.example/kb/7\""_s));
    QVERIFY(links.at(0)->text().contains(u"&lt;A4&gt;"_s));
    QVERIFY(links.at(0)->textInteractionFlags() & Qt::LinksAccessibleByMouse);

    fillValid(form, Category::Question);
    QSignalSpy submitted(&form, &RequestForm::submitRequested);
    clickSend(form);
    QCOMPARE(submitted.count(), 1);
    form.showKbSuggestions({});
    QVERIFY(!form.kbHints()->isVisible());
}

void TestRequestForm::submittedNumberCanBeCopied()
{
    RequestForm form;
    form.show();
    fillValid(form, Category::Question);
    form.showSubmitted(u"SD-2026-000123"_s);
    QVERIFY(form.status()->text().contains(u"SD-2026-000123"_s));
    auto *copy = child<QPushButton>(form, "copyNumberButton");
    QVERIFY(copy->isVisible());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"SD-2026-000123"_s);

    form.clear();
    form.showQueued();
    QVERIFY(form.status()->text().contains(u"will be sent by itself"_s));
    QVERIFY(!child<QPushButton>(form, "copyNumberButton")->isVisible());
}

void TestRequestForm::serverRefusalMarksField_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addRow("field") << u"product_version"_s;
    QTest::addRow("no field") << QString();
}

void TestRequestForm::serverRefusalMarksField()
{
    QFETCH(QString, wire);
    RequestForm form;
    form.resize(520, 640);
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    fillValid(form, Category::Incident);
    form.setBusy(true);
    const QString message = u"This version is no longer supported; update to 5.3"_s;
    form.showRefused(wire, message);
    QVERIFY(child<QPushButton>(form, "submitButton")->isEnabled());
    if (wire.isEmpty()) {
        QVERIFY(form.status()->text().contains(message));
    } else {
        QCOMPARE(form.field(wire)->error(), message);
        QTRY_COMPARE(QApplication::focusWidget(), form.field(wire)->editor());
    }
    QCOMPARE(form.content().productVersion, u"5.2.1 build 1234"_s);
}

void TestRequestForm::busyDisablesSending()
{
    RequestForm form;
    fillValid(form, Category::Question);
    form.setBusy(true);
    auto *send = child<QPushButton>(form, "submitButton");
    QVERIFY(!send->isEnabled());
    QCOMPARE(form.status()->state(), sd::widgets::RequestStatus::State::Busy);
    form.setBusy(false);
    QVERIFY(send->isEnabled());
    QCOMPARE(form.status()->state(), sd::widgets::RequestStatus::State::None);
}

void TestRequestForm::compactLayout_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << u"en"_s;
    QTest::addRow("ru") << u"ru"_s;
}

// In a 520x640 window nothing is cut off sideways (only vertical scrolling), even with every
// field complaining. SD_SCREENSHOT_DIR=<folder> keeps the pictures for a person to look at;
// SD_TRANSLATIONS_DIR=<folder> takes the .qm files from there (a translation not built in yet).
void TestRequestForm::compactLayout()
{
    QFETCH(QString, language);
    QTranslator translator;
    const QString translations = qEnvironmentVariable("SD_TRANSLATIONS_DIR", u":/i18n"_s);
    QVERIFY(translator.load(u"%1/supportdesk_%2.qm"_s.arg(translations, language)));
    QCoreApplication::installTranslator(&translator);
    const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    RequestForm form;
    form.resize(520, 640);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    setCategory(form, Category::Incident);
    const QString dir = qEnvironmentVariable("SD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(form.grab().save(u"%1/request-form-%2.png"_s.arg(dir, language)));
    clickSend(form);
    auto *scroll = child<QScrollArea>(form, "requestScrollArea");
    QCOMPARE(scroll->widget()->width(), scroll->viewport()->width());
    QVERIFY(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width());
    if (!dir.isEmpty())
        QVERIFY(form.grab().save(u"%1/request-form-%2-refused.png"_s.arg(dir, language)));

    fillValid(form, Category::Incident);
    form.setPrefill({}, {}, {},
                    {writeFile(*m_dir, u"setup.exe"_s, windowsProgram()),
                     writeFile(*m_dir, u"error.log"_s, "error 0x80070005\n")});
    form.showKbSuggestions({{u"Printing invoices"_s, QUrl(u"https://kb.example/kb/7"_s)}});
    clickSend(form);
    // Chips and messages make the form taller: it scrolls rather than squeezing its fields.
    QWidget *body = scroll->widget();
    QTRY_VERIFY(body->height() >= body->layout()->totalHeightForWidth(body->width()));
    QVERIFY(body->minimumSizeHint().width() <= scroll->viewport()->width());
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    if (!dir.isEmpty())
        QVERIFY(form.grab().save(u"%1/request-form-%2-attachments.png"_s.arg(dir, language)));
    form.showSubmitted(u"SD-2026-000123"_s);
    if (!dir.isEmpty())
        QVERIFY(form.grab().save(u"%1/request-form-%2-submitted.png"_s.arg(dir, language)));
}

QTEST_MAIN(TestRequestForm)
#include "testrequestform.moc"
