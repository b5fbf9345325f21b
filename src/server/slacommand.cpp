#include "slacommand.h"

#include "clisupport.h"
#include "core/businesscalendar.h"
#include "core/slaclock.h"

#include <QCoreApplication>
#include <QFile>

namespace sd::server {

namespace {

// An instant with an offset ("Z", "+03:00") is taken as is; one without is read as wall-clock
// time in the calendar's zone, which is what an admin means by "Friday 16:00".
std::optional<QDateTime> parseInstant(const QString &text, const QTimeZone &zone)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed = QDateTime(parsed.date(), parsed.time(), zone);
    return parsed;
}

std::optional<sd::core::BusinessCalendar> loadCalendar(const QString &path, int *exitCode)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *exitCode = CliSupport::fail(
            SlaCommand::tr("sla: cannot read calendar file %1: %2").arg(path, file.errorString()),
            CliSupport::BadInput);
        return std::nullopt;
    }
    QString error;
    auto calendar = sd::core::BusinessCalendar::fromJson(file.readAll(), &error);
    if (!calendar)
        *exitCode = CliSupport::fail(SlaCommand::tr("sla: calendar file %1: %2").arg(path, error),
                                     CliSupport::BadInput);
    return calendar;
}

std::optional<QDateTime> instantOption(const QCommandLineParser &parser, const QString &name,
                                       const QTimeZone &zone, int *exitCode)
{
    if (!parser.isSet(name)) {
        *exitCode = CliSupport::fail(SlaCommand::tr("sla: --%1 is required").arg(name),
                                     CliSupport::BadInput);
        return std::nullopt;
    }
    auto instant = parseInstant(parser.value(name), zone);
    if (!instant)
        *exitCode = CliSupport::fail(SlaCommand::tr("sla: --%1 \"%2\" is not an ISO-8601 date and "
                                                    "time (e.g. 2026-11-27T16:00:00+03:00)")
                                         .arg(name, parser.value(name)),
                                     CliSupport::BadInput);
    return instant;
}

int runDue(const QCommandLineParser &parser, const sd::core::SlaClock &clock)
{
    int exitCode = CliSupport::Ok;
    const auto from =
        instantOption(parser, QStringLiteral("from"), clock.calendar().timeZone(), &exitCode);
    if (!from)
        return exitCode;
    bool ok = false;
    const qint64 minutes = parser.value(QStringLiteral("minutes")).toLongLong(&ok);
    if (!parser.isSet(QStringLiteral("minutes")) || !ok || minutes < 0)
        return CliSupport::fail(
            SlaCommand::tr("sla: --minutes needs a whole number of business minutes, 0 or "
                           "more (got \"%1\")")
                .arg(parser.value(QStringLiteral("minutes"))),
            CliSupport::BadInput);
    const QDateTime due = clock.due(*from, minutes, parser.isSet(QStringLiteral("critical")));
    if (!due.isValid())
        return CliSupport::fail(QStringLiteral("sla: ") +
                                    sd::core::SlaClock::noBusinessTimeMessage(),
                                CliSupport::Failed);
    CliSupport::print(due.toString(due.time().msec() ? Qt::ISODateWithMs : Qt::ISODate));
    return CliSupport::Ok;
}

int runElapsed(const QCommandLineParser &parser, const sd::core::SlaClock &clock)
{
    int exitCode = CliSupport::Ok;
    const QTimeZone &zone = clock.calendar().timeZone();
    const auto from = instantOption(parser, QStringLiteral("from"), zone, &exitCode);
    if (!from)
        return exitCode;
    const auto to = instantOption(parser, QStringLiteral("to"), zone, &exitCode);
    if (!to)
        return exitCode;
    CliSupport::print(
        QString::number(clock.elapsed(*from, *to, parser.isSet(QStringLiteral("critical")))));
    return CliSupport::Ok;
}

} // namespace

int SlaCommand::run(const QStringList &arguments)
{
    const QString verb = arguments.value(2);
    if (verb != u"due" && verb != u"elapsed")
        return CliSupport::fail(
            SlaCommand::tr("sla: use \"sla due\" or \"sla elapsed\" (got \"%1\")").arg(verb),
            CliSupport::BadInput);
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("calendar"), SlaCommand::tr("Business calendar JSON file."),
         QStringLiteral("file")},
        {QStringLiteral("from"), SlaCommand::tr("Start instant, ISO-8601."),
         QStringLiteral("time")},
        {QStringLiteral("to"), SlaCommand::tr("End instant, ISO-8601 (elapsed)."),
         QStringLiteral("time")},
        {QStringLiteral("minutes"), SlaCommand::tr("Business minutes to add (due)."),
         QStringLiteral("n")},
        {QStringLiteral("critical"),
         SlaCommand::tr("Count the duty schedule too (critical tickets).")},
    });
    QStringList rest = arguments;
    rest.removeAt(1); // "sla": the parser sees "<program> due|elapsed ..."
    rest.removeAt(1);
    int exitCode = CliSupport::Ok;
    const QString command = QStringLiteral("sla ") + verb;
    if (!CliSupport::parse(parser, rest, command, &exitCode))
        return exitCode;
    if (!parser.isSet(QStringLiteral("calendar")))
        return CliSupport::fail(SlaCommand::tr("sla: --calendar FILE.json is required"),
                                CliSupport::BadInput);
    const auto calendar = loadCalendar(parser.value(QStringLiteral("calendar")), &exitCode);
    if (!calendar)
        return exitCode;
    const sd::core::SlaClock clock(*calendar);
    return verb == u"due" ? runDue(parser, clock) : runElapsed(parser, clock);
}

} // namespace sd::server
