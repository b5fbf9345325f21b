#pragma once

#include <QString>

namespace sd::core {

// One refused field of a new request. `field` is the wire name (subject, product_version, ...)
// so the API's 422 answer and the dialog highlight the same input; `code` is stable for
// programs, `message` is translated for the person filling the form.
struct IntakeIssue
{
    QString field;
    QString code;
    QString message;
};

} // namespace sd::core
