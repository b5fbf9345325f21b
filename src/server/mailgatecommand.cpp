#include "mailgatecommand.h"

#include "mailintake.h"
#include "mailparser.h"
#include "serverconfig.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/queuerepository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace sd::server {

namespace {

int fail(const QString &message, int code)
{
    QTextStream(stderr) << "mailgate: " << message << '\n';
    return code;
}

QString outcomeText(MailIntake::Outcome outcome)
{
    switch (outcome) {
    case MailIntake::Outcome::Created:
        return MailgateCommand::tr("created");
    case MailIntake::Outcome::Appended:
        return MailgateCommand::tr("appended");
    case MailIntake::Outcome::FollowUp:
        return MailgateCommand::tr("follow-up");
    case MailIntake::Outcome::Duplicate:
        return MailgateCommand::tr("duplicate");
    }
    return {};
}

} // namespace

int MailgateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Deliver one email message read from standard input into a queue."));
    parser.addHelpOption();
    const QCommandLineOption queueOption(
        QStringLiteral("queue"), tr("Queue that new tickets from this mail go to."), tr("name"));
    parser.addOption(queueOption);
    ServerConfigLoader::addOptions(parser);
    if (!parser.parse(arguments))
        return fail(parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Delivered;
    }
    const QString queueName = parser.value(queueOption).trimmed();
    if (queueName.isEmpty())
        return fail(tr("--queue NAME is required."), Usage);
    QString error;
    const auto settings =
        ServerConfigLoader::load(parser, QProcessEnvironment::systemEnvironment(), &error);
    if (!settings)
        return fail(error, Usage);

    // The message first: an MTA must hear "not a message" even while the database is down.
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return fail(tr("Cannot read standard input."), TempFail);
    const auto parsed = MailParser::parse(input.readAll());
    if (!parsed.message)
        return fail(tr("Not an email message: %1").arg(parsed.error), DataError);

    auto db = storage::Database::open(settings->databaseUrl);
    if (!db)
        return fail(db.error().message, TempFail);
    if (const auto ready = storage::Migrator(*db.value()).check(); !ready)
        return fail(ready.error().message, TempFail);
    const auto queue = storage::QueueRepository(*db.value()).findByName(queueName);
    if (!queue) {
        if (queue.error().kind == storage::StorageError::Kind::NotFound)
            return fail(tr("There is no queue \"%1\".").arg(queueName), NoQueue);
        return fail(queue.error().message, TempFail);
    }
    const auto delivered =
        MailIntake(*db.value(), settings.value()).deliver(*parsed.message, queue->id);
    if (!delivered)
        return fail(tr("The message was not stored: %1").arg(delivered.error().message), TempFail);
    QTextStream(stdout) << delivered->ticketNumber << ' ' << outcomeText(delivered->outcome)
                        << '\n';
    return Delivered;
}

} // namespace sd::server
