#pragma once

#include <QString>

namespace sd::server {

// Splits a plain-text mail body into what the sender wrote now and the history they quoted,
// so a ticket shows the new part and keeps the rest one click away. Recognises "> " quoting,
// attribution lines ("On ... wrote:", "... пишет:") and forwarded-message separators from
// Outlook and Russian mail clients.
class MailQuoteTrimmer final
{
public:
    struct Split
    {
        QString fresh;  // up to the history, trailing blank lines removed
        QString quoted; // from the first history line to the end; empty when there is none
    };

    static Split split(const QString &text);

private:
    MailQuoteTrimmer() = delete;
};

} // namespace sd::server
