#include "admincli.h"

#include "calendarcommand.h"
#include "clisupport.h"
#include "democommand.h"
#include "escalationcommand.h"
#include "mailgatecommand.h"
#include "migratecommand.h"
#include "policycommand.h"
#include "servecommand.h"
#include "slacommand.h"
#include "usercommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace sd::server {

QString AdminCli::usage()
{
    return QCoreApplication::translate(
        "sd::server::AdminCli",
        "Usage: supportdesk-server <command> [options]\n"
        "\n"
        "Commands:\n"
        "  serve --db URL --listen HOST:PORT   run the HTTP/JSON API (port 0 picks one)\n"
        "  migrate --db URL                    create or upgrade the database schema\n"
        "  demo --db URL --tickets N           fill the database with demo data\n"
        "  user add --db URL --login L --role customer|agent|supervisor|admin --password-stdin\n"
        "           [--organisation NAME [--create-organisation]] [--name NAME] [--email E]\n"
        "           [--queue NAME ...]         add a user; the password is read from stdin\n"
        "  user list --db URL [--all]          list users\n"
        "  user passwd --db URL --login L --password-stdin\n"
        "                                      set a user's password from stdin\n"
        "  sla due --calendar FILE --from TIME --minutes N [--critical]\n"
        "                                      when N business minutes from TIME end\n"
        "  sla elapsed --calendar FILE --from TIME --to TIME [--critical]\n"
        "                                      business minutes between two instants\n"
        "  calendar list --db URL              list the stored business calendars\n"
        "  calendar show NAME --db URL         print a stored calendar as a calendar file\n"
        "  calendar set --db URL --file FILE.json [--name NAME]\n"
        "                                      create a calendar, or replace the one of that name\n"
        "  calendar import NAME --db URL --file FILE [--format csv|json] [--year Y] [--dry-run]\n"
        "                                      replace one year's holidays, shortened and working\n"
        "                                      weekend days with a production calendar's\n"
        "  calendar remove NAME --db URL       remove a calendar no SLA policy uses\n"
        "  policy list --db URL                list the SLA policies\n"
        "  policy set --db URL --level L --category C --priority P --first M --next M\n"
        "             --resolution M [--calendar NAME] [--pausing STATUS,...|none]\n"
        "                                      create or replace the policy of L x C x P\n"
        "                                      (targets in business minutes; --next 0: none)\n"
        "  policy remove --db URL (--id N | --level L --category C --priority P)\n"
        "                                      remove an SLA policy\n"
        "  escalation list --db URL            list the SLA escalation rules\n"
        "  escalation add --db URL --kind warning|breach [--target T|any] [--priority P|any]\n"
        "             [--notify] [--raise-priority] [--move-queue NAME] [--inactive]\n"
        "                                      add a rule applied when a warning or breach fires\n"
        "  escalation remove --db URL --id N   remove an escalation rule\n"
        "  escalation share --db URL [--set S] print or set the SLA warning share (default 0.8)\n"
        "  mailgate --db URL --queue NAME < message.eml\n"
        "                                      deliver one email from an MTA into a ticket\n"
        "                                      (exit codes of sysexits.h; 75: retry later)\n"
        "\n"
        "URL: sqlite:/path/file.db or postgresql://user@host:port/dbname; --db falls back to\n"
        "the SUPPORTDESK_DB environment variable. Run a command with --help for its options.\n");
}

int AdminCli::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == u"help" || command == u"--help" || command == u"-h") {
        QTextStream(command.isEmpty() ? stderr : stdout) << usage();
        return command.isEmpty() ? CliSupport::BadInput : CliSupport::Ok;
    }
    if (command == u"--version") {
        CliSupport::print(QStringLiteral("supportdesk-server " SD_VERSION));
        return CliSupport::Ok;
    }
    // Each subcommand parses "<program> <options...>" with its own parser.
    QStringList rest = arguments;
    if (command == u"sla")
        return SlaCommand::run(arguments);
    if (command == u"user")
        return UserCommand::run(arguments);
    if (command == u"calendar")
        return CalendarCommand::run(arguments);
    if (command == u"policy")
        return PolicyCommand::run(arguments);
    if (command == u"escalation")
        return EscalationCommand::run(arguments);
    rest.removeAt(1);
    if (command == u"serve")
        return ServeCommand::run(rest);
    if (command == u"migrate")
        return MigrateCommand::run(rest);
    if (command == u"demo")
        return DemoCommand::run(rest);
    if (command == u"mailgate")
        return MailgateCommand::run(rest);
    return CliSupport::fail(
        QCoreApplication::translate("sd::server::AdminCli", "Unknown command \"%1\".\n\n%2")
            .arg(command, usage()),
        CliSupport::BadInput);
}

} // namespace sd::server
