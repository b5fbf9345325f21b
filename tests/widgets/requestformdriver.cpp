#include "requestformdriver.h"

#include "core/intakevalidator.h"
#include "widgets/requestfield.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using sd::core::Category;
using sd::core::IntakeValidator;
using sd::widgets::RequestForm;

namespace sd::testing {

// "MZ", the PE header offset at 0x3C, "PE\0\0" there.
QByteArray windowsProgram()
{
    QByteArray bytes(0x200, '\0');
    bytes[0] = 'M';
    bytes[1] = 'Z';
    bytes[0x3C] = char(0x80);
    bytes.replace(0x80, 4, QByteArray("PE\0\0", 4));
    bytes.replace(0x84, 2, QByteArray("\x64\x86", 2));
    return bytes;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void setCategory(RequestForm &form, Category category)
{
    auto *combo = child<QComboBox>(form, "categoryCombo");
    combo->setCurrentIndex(combo->findData(sd::core::toString(category)));
}

void fillValid(RequestForm &form, Category category)
{
    setCategory(form, category);
    child<QLineEdit>(form, "subjectEdit")->setText(u"Накладная не печатается на принтере"_s);
    child<QLineEdit>(form, "productEdit")->setText(u"Склад"_s);
    child<QLineEdit>(form, "versionEdit")->setText(u"5.2.1 build 1234"_s);
    child<QLineEdit>(form, "osEdit")->setText(u"Windows 11 23H2"_s);
    child<QPlainTextEdit>(form, "descriptionEdit")
        ->setPlainText(u"Печать накладной зависает на 50 %"_s);
    child<QPlainTextEdit>(form, "stepsEdit")->setPlainText(u"1. Открыть накладную\n2. Печать"_s);
    child<QSpinBox>(form, "affectedUsersSpin")->setValue(3);
    child<QLineEdit>(form, "projectCodeEdit")->setText(u"ACME-42"_s);
}

void emptyField(RequestForm &form, const QString &wire)
{
    QWidget *editor = form.field(wire)->editor();
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->clear();
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        text->clear();
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(0);
}

void type(QWidget *widget, const QString &text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

void clickSend(RequestForm &form)
{
    QTest::mouseClick(child<QPushButton>(form, "submitButton"), Qt::LeftButton);
}

QString issueFor(const QString &wire, const sd::core::Ticket &ticket, bool firstContact)
{
    IntakeValidator::Context context;
    context.firstContact = firstContact;
    const QList<sd::core::IntakeIssue> issues = IntakeValidator().validate(ticket, context);
    for (const sd::core::IntakeIssue &issue : issues)
        if (issue.field == wire)
            return issue.message;
    return {};
}

bool errorShown(const RequestForm &form, const QString &wire)
{
    const auto *label = form.findChild<QLabel *>(wire + u"ErrorLabel"_s);
    return label && label->isVisibleTo(&form) && !label->text().isEmpty();
}

} // namespace sd::testing
