#pragma once

#include "core/category.h"
#include "widgets/requestform.h"

#include <QByteArray>
#include <QString>

class QTemporaryDir;

// Drives a RequestForm as a customer would, for the form's tests (offscreen): fills its
// inputs, presses Send, reads what each field complains about.
namespace sd::testing {

// The bytes of a Windows program as the attachment policy recognises one.
QByteArray windowsProgram();
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);

template <typename T> T *child(const QWidget &form, const char *name)
{
    auto *widget = form.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no %s in the form", name);
    return widget;
}

void setCategory(sd::widgets::RequestForm &form, sd::core::Category category);
// Every field filled with what the regulations accept.
void fillValid(sd::widgets::RequestForm &form, sd::core::Category category);
// Empties the input of one field, as a customer who skipped it.
void emptyField(sd::widgets::RequestForm &form, const QString &wire);
// Key presses, one character each; QTest::keyClicks() only knows ASCII.
void type(QWidget *widget, const QString &text);
void clickSend(sd::widgets::RequestForm &form);
// What IntakeValidator says about `wire` for this ticket; empty when nothing.
QString issueFor(const QString &wire, const sd::core::Ticket &ticket, bool firstContact = false);
bool errorShown(const sd::widgets::RequestForm &form, const QString &wire);

} // namespace sd::testing
