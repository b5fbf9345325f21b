#include "calendarcommand.h"

#include "clisupport.h"
#include "core/productioncalendar.h"
#include "slaconfigservice.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <optional>
#include <set>

namespace sd::server {

namespace {

using Format = core::ProductionCalendar::Format;
using namespace Qt::Literals::StringLiterals;

const QString FileFlag = u"file"_s;
const QString FormatFlag = u"format"_s;
const QString YearFlag = u"year"_s;

// The command line runs as nobody in particular: its audit events have no actor.
constexpr qint64 CommandLineActor = 0;

int badInput(const QString &message)
{
    return CliSupport::fail(message, CliSupport::BadInput);
}

// The calendar's name follows the verb (`calendar show NAME --db URL`); it is taken out of
// `rest` ("<program> NAME options...") before the options are parsed. --help may stand in for
// it, and then the parser prints the help.
std::optional<QString> takeName(QStringList &rest, const QString &command, int *exitCode)
{
    const QString name = rest.value(1);
    if (name == u"--help" || name == u"-h")
        return QString();
    if (name.isEmpty() || name.startsWith(u'-')) {
        *exitCode = badInput(CalendarCommand::tr("%1: name the calendar right after the command: "
                                                 "supportdesk-server %1 NAME [options]")
                                 .arg(command));
        return std::nullopt;
    }
    rest.removeAt(1);
    return name;
}

void addNameArgument(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"NAME"_s, CalendarCommand::tr("The calendar's name, as "
                                                                "`calendar list` shows it."));
}

// The file's bytes; "-" is standard input.
std::optional<QByteArray> readFile(const QCommandLineParser &parser, const QString &command,
                                   int *exitCode)
{
    const QString path = parser.value(FileFlag);
    if (path.isEmpty()) {
        *exitCode = badInput(CalendarCommand::tr("%1: --file FILE is required").arg(command));
        return std::nullopt;
    }
    const bool standardInput = path == u"-";
    QFile file(standardInput ? QString() : path);
    const bool opened =
        standardInput ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        *exitCode = badInput(
            CalendarCommand::tr("%1: cannot read %2: %3").arg(command, path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

QString yearsOf(const core::BusinessCalendar &calendar)
{
    std::set<int> years;
    for (auto it = calendar.working().dates.keyBegin(); it != calendar.working().dates.keyEnd();
         ++it)
        years.insert(it->year());
    QStringList out;
    for (const int year : years)
        out.append(QString::number(year));
    return out.isEmpty() ? u"-"_s : out.join(u", "_s);
}

int list(const QStringList &arguments)
{
    const QString command = u"calendar list"_s;
    QCommandLineParser parser;
    parser.addOption(CliSupport::databaseOption());
    int exitCode = CliSupport::Ok;
    if (!CliSupport::parse(parser, arguments, command, &exitCode))
        return exitCode;
    const auto db = CliSupport::openDatabase(parser, command, &exitCode);
    if (!db)
        return exitCode;
    const auto calendars = SlaConfigService(*db, CommandLineActor).calendars();
    if (!calendars)
        return CliSupport::failStorage(command, calendars.error());
    QList<QStringList> rows{{CalendarCommand::tr("ID"), CalendarCommand::tr("NAME"),
                             CalendarCommand::tr("TIME ZONE"), CalendarCommand::tr("YEARS"),
                             CalendarCommand::tr("UPDATED")}};
    for (const auto &stored : calendars.value())
        rows.append({QString::number(stored.id), stored.name,
                     QString::fromUtf8(stored.calendar.timeZone().id()), yearsOf(stored.calendar),
                     stored.updatedAt.toUTC().toString(Qt::ISODate)});
    CliSupport::printTable(rows);
    return CliSupport::Ok;
}

int show(QStringList arguments)
{
    const QString command = u"calendar show"_s;
    int exitCode = CliSupport::Ok;
    const auto name = takeName(arguments, command, &exitCode);
    if (!name)
        return exitCode;
    QCommandLineParser parser;
    parser.setApplicationDescription(CalendarCommand::tr("Prints the calendar file of a stored "
                                                         "calendar."));
    parser.addOption(CliSupport::databaseOption());
    addNameArgument(parser);
    if (!CliSupport::parse(parser, arguments, command, &exitCode))
        return exitCode;
    const auto db = CliSupport::openDatabase(parser, command, &exitCode);
    if (!db)
        return exitCode;
    const auto stored = SlaConfigService(*db, CommandLineActor).calendarNamed(*name);
    if (!stored)
        return CliSupport::failStorage(command, stored.error());
    QTextStream(stdout) << QString::fromUtf8(stored->calendar.toJson());
    return CliSupport::Ok;
}

int set(const QStringList &arguments)
{
    const QString command = u"calendar set"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CalendarCommand::tr("Creates a calendar from a calendar file, or replaces the one of the "
                            "same name."));
    parser.addOption(CliSupport::databaseOption());
    parser.addOptions({
        {FileFlag, CalendarCommand::tr("The calendar file (JSON); - reads standard input."),
         u"file"_s},
        {u"name"_s, CalendarCommand::tr("Store it under this name (default: the file's name)."),
         u"name"_s},
    });
    int exitCode = CliSupport::Ok;
    if (!CliSupport::parse(parser, arguments, command, &exitCode))
        return exitCode;
    const auto data = readFile(parser, command, &exitCode);
    if (!data)
        return exitCode;
    QString problem;
    const auto calendar = core::BusinessCalendar::fromJson(*data, &problem);
    if (!calendar)
        return badInput(u"%1: %2: %3"_s.arg(command, parser.value(FileFlag), problem));
    const auto db = CliSupport::openDatabase(parser, command, &exitCode);
    if (!db)
        return exitCode;
    bool created = false;
    const auto saved = SlaConfigService(*db, CommandLineActor)
                           .saveCalendar(parser.value(u"name"_s), *calendar, &created);
    if (!saved)
        return CliSupport::failStorage(command, saved.error());
    CliSupport::print(created ? CalendarCommand::tr("Created calendar \"%1\" with id %2")
                                    .arg(saved->name)
                                    .arg(saved->id)
                              : CalendarCommand::tr("Replaced calendar \"%1\" (id %2)")
                                    .arg(saved->name)
                                    .arg(saved->id));
    return CliSupport::Ok;
}

// --format, or the file name's suffix when it is .csv or .json.
std::optional<Format> formatOf(const QCommandLineParser &parser, int *exitCode)
{
    QString name = parser.value(FormatFlag).toLower();
    if (name.isEmpty())
        name = QFileInfo(parser.value(FileFlag)).suffix().toLower();
    if (name == u"csv")
        return Format::Csv;
    if (name == u"json")
        return Format::Json;
    *exitCode = badInput(
        parser.isSet(FormatFlag)
            ? CalendarCommand::tr("calendar import: --format must be csv or json (got \"%1\")")
                  .arg(parser.value(FormatFlag))
            : CalendarCommand::tr("calendar import: add --format csv or --format json; the file "
                                  "name does not tell"));
    return std::nullopt;
}

// --year, 0 when not given.
std::optional<int> yearOf(const QCommandLineParser &parser, int *exitCode)
{
    if (!parser.isSet(YearFlag))
        return 0;
    bool ok = false;
    const int year = parser.value(YearFlag).toInt(&ok);
    if (ok && year >= core::ProductionCalendar::FirstYear &&
        year <= core::ProductionCalendar::LastYear)
        return year;
    *exitCode = badInput(
        CalendarCommand::tr("calendar import: --year needs a year from %1 to %2 (got \"%3\")")
            .arg(core::ProductionCalendar::FirstYear)
            .arg(core::ProductionCalendar::LastYear)
            .arg(parser.value(YearFlag)));
    return std::nullopt;
}

void addImportOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        CalendarCommand::tr("Replaces one year's holidays, shortened days and working weekend "
                            "days of a stored calendar with a production calendar's (see "
                            "docs/production-calendar.md); other years stay."));
    parser.addOption(CliSupport::databaseOption());
    addNameArgument(parser);
    parser.addOptions({
        {FileFlag, CalendarCommand::tr("The production calendar; - reads standard input."),
         u"file"_s},
        {FormatFlag,
         CalendarCommand::tr("csv (the open-data table) or json (default: from the "
                             "file name)."),
         u"csv|json"_s},
        {YearFlag, CalendarCommand::tr("The year to take from a CSV that lists several."),
         u"year"_s},
        {u"dry-run"_s,
         CalendarCommand::tr("Print the calendar file the import would store; store nothing.")},
    });
}

QString importSummary(const core::ProductionCalendar &year, const QString &name)
{
    return CalendarCommand::tr("Imported %1 into calendar \"%2\": holidays %3, shortened days %4, "
                               "working weekend days %5")
        .arg(year.year())
        .arg(name)
        .arg(year.holidays().size())
        .arg(year.shortened().size())
        .arg(year.workingWeekends().size());
}

int import(QStringList arguments)
{
    const QString command = u"calendar import"_s;
    int exitCode = CliSupport::Ok;
    const auto name = takeName(arguments, command, &exitCode);
    if (!name)
        return exitCode;
    QCommandLineParser parser;
    addImportOptions(parser);
    if (!CliSupport::parse(parser, arguments, command, &exitCode))
        return exitCode;
    const auto format = formatOf(parser, &exitCode);
    const auto year = format ? yearOf(parser, &exitCode) : std::nullopt;
    const auto data = year ? readFile(parser, command, &exitCode) : std::nullopt;
    if (!data)
        return exitCode;
    QString problem;
    const auto production = core::ProductionCalendar::read(*data, *format, *year, &problem);
    if (!production)
        return badInput(u"%1: %2: %3"_s.arg(command, parser.value(FileFlag), problem));
    const auto db = CliSupport::openDatabase(parser, command, &exitCode);
    if (!db)
        return exitCode;
    SlaConfigService service(*db, CommandLineActor);
    if (parser.isSet(u"dry-run"_s)) {
        const auto stored = service.calendarNamed(*name);
        if (!stored)
            return CliSupport::failStorage(command, stored.error());
        QTextStream(stdout) << QString::fromUtf8(production->mergedInto(stored->calendar).toJson());
        return CliSupport::Ok;
    }
    const auto saved = service.importYear(*name, *production);
    if (!saved)
        return CliSupport::failStorage(command, saved.error());
    CliSupport::print(importSummary(*production, saved->name));
    return CliSupport::Ok;
}

int remove(QStringList arguments)
{
    const QString command = u"calendar remove"_s;
    int exitCode = CliSupport::Ok;
    const auto name = takeName(arguments, command, &exitCode);
    if (!name)
        return exitCode;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CalendarCommand::tr("Removes a calendar that no SLA policy counts in."));
    parser.addOption(CliSupport::databaseOption());
    addNameArgument(parser);
    if (!CliSupport::parse(parser, arguments, command, &exitCode))
        return exitCode;
    const auto db = CliSupport::openDatabase(parser, command, &exitCode);
    if (!db)
        return exitCode;
    SlaConfigService service(*db, CommandLineActor);
    const auto stored = service.calendarNamed(*name);
    if (!stored)
        return CliSupport::failStorage(command, stored.error());
    if (const auto removed = service.removeCalendar(stored->id); !removed)
        return CliSupport::failStorage(command, removed.error());
    CliSupport::print(
        CalendarCommand::tr("Removed calendar \"%1\" (id %2)").arg(stored->name).arg(stored->id));
    return CliSupport::Ok;
}

} // namespace

int CalendarCommand::run(const QStringList &arguments)
{
    const QString verb = arguments.value(2);
    // Without "calendar" and the verb, each parser sees "<program> [NAME] options...".
    const QStringList rest = QStringList{arguments.value(0)} + arguments.mid(3);
    if (verb == u"list")
        return list(rest);
    if (verb == u"show")
        return show(rest);
    if (verb == u"set")
        return set(rest);
    if (verb == u"import")
        return import(rest);
    if (verb == u"remove")
        return remove(rest);
    return badInput(tr("calendar: use \"calendar list\", \"calendar show\", \"calendar set\", "
                       "\"calendar import\" or \"calendar remove\" (got \"%1\")")
                        .arg(verb));
}

} // namespace sd::server
