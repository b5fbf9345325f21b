#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace sd::server {

// `supportdesk-server mailgate --db URL --queue NAME < message.eml`: an MTA pipes one message
// in; it becomes a ticket or a message on the ticket it answers (MailIntake). The exit codes
// are those of sysexits.h, which MTAs act on: a temporary failure makes them keep the message
// and retry, so a database outage loses nothing.
class MailgateCommand final
{
    Q_DECLARE_TR_FUNCTIONS(sd::server::MailgateCommand)

public:
    enum ExitCode {
        Delivered = 0,  // also a message delivered before
        Usage = 64,     // EX_USAGE: bad options or settings
        DataError = 65, // EX_DATAERR: the input is not a message
        NoQueue = 67,   // EX_NOUSER: the queue (the mailbox) does not exist
        TempFail = 75,  // EX_TEMPFAIL: the database cannot be opened or written; retry later
    };

    // arguments: program name, options (the "mailgate" word removed).
    static int run(const QStringList &arguments);
};

} // namespace sd::server
