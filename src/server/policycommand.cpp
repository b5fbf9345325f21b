#include "policycommand.h"

#include "clisupport.h"
#include "protocol/slapolicyjson.h"
#include "slaconfigservice.h"
#include "storage/database.h"

#include <QHash>

#include <optional>

namespace sd::server {

namespace {

using namespace Qt::Literals::StringLiterals;

const QString LevelFlag = u"level"_s;
const QString CategoryFlag = u"category"_s;
const QString PriorityFlag = u"priority"_s;
const QString FirstFlag = u"first"_s;
const QString NextFlag = u"next"_s;
const QString ResolutionFlag = u"resolution"_s;
const QString CalendarFlag = u"calendar"_s;
const QString PausingFlag = u"pausing"_s;
const QString IdFlag = u"id"_s;

// The command line runs as nobody in particular: its audit events have no actor.
constexpr qint64 CommandLineActor = 0;

int badInput(const QString &message)
{
    return CliSupport::fail(message, CliSupport::BadInput);
}

QList<QCommandLineOption> keyOptions()
{
    return {
        {LevelFlag, PolicyCommand::tr("Support level, as contracts name it (e.g. default)."),
         u"level"_s},
        {CategoryFlag, core::allNames<core::Category>().join(u", "_s) + u'.', u"category"_s},
        {PriorityFlag, core::allNames<core::Priority>().join(u", "_s) + u'.', u"priority"_s},
    };
}

template <typename Enum>
std::optional<Enum> enumFlag(const QCommandLineParser &parser, const QString &flag,
                             const QString &command, int *exitCode)
{
    const QString text = parser.value(flag);
    const auto value = core::fromString<Enum>(text);
    if (!value)
        *exitCode = badInput(
            text.isEmpty() ? PolicyCommand::tr("%1: --%2 is required").arg(command, flag)
                           : PolicyCommand::tr("%1: --%2 must be one of %3 (got \"%4\")")
                                 .arg(command, flag, core::allNames<Enum>().join(u'|'), text));
    return value;
}

// Targets are business minutes; `minimum` 0 allows "no target".
std::optional<int> minutesFlag(const QCommandLineParser &parser, const QString &flag, int minimum,
                               const QString &command, int *exitCode)
{
    bool ok = false;
    const int minutes = parser.value(flag).toInt(&ok);
    if (ok && minutes >= minimum && minutes <= protocol::SlaPolicyJson::MaxMinutes)
        return minutes;
    *exitCode = badInput(
        !parser.isSet(flag)
            ? PolicyCommand::tr("%1: --%2 is required").arg(command, flag)
            : PolicyCommand::tr("%1: --%2 needs a whole number of business minutes from %3 to "
                                "%4 (got \"%5\")")
                  .arg(command, flag)
                  .arg(minimum)
                  .arg(protocol::SlaPolicyJson::MaxMinutes)
                  .arg(parser.value(flag)));
    return std::nullopt;
}

// "pending_customer,in_development"; "" or "none" for a clock that never stops.
std::optional<QList<core::TicketStatus>> pausingFlag(const QCommandLineParser &parser,
                                                     int *exitCode)
{
    if (!parser.isSet(PausingFlag))
        return core::SlaPolicy().pausingStatuses;
    const QString text = parser.value(PausingFlag).trimmed();
    QList<core::TicketStatus> statuses;
    if (text.isEmpty() || text == u"none")
        return statuses;
    for (const QString &name : text.split(u',')) {
        const auto status = core::fromString<core::TicketStatus>(name.trimmed());
        if (!status) {
            *exitCode = badInput(
                PolicyCommand::tr("policy set: --pausing may only list these "
                                  "statuses: %1, or be none (got \"%2\")")
                    .arg(core::allNames<core::TicketStatus>().join(u", "_s), name.trimmed()));
            return std::nullopt;
        }
        if (!statuses.contains(*status))
            statuses.append(*status);
    }
    return statuses;
}

// The level x category x priority a policy is for.
bool readKey(const QCommandLineParser &parser, const QString &command, core::SlaPolicy &policy,
             int *exitCode)
{
    policy.supportLevel = parser.value(LevelFlag).trimmed();
    if (policy.supportLevel.isEmpty()) {
        *exitCode = badInput(PolicyCommand::tr("%1: --level is required").arg(command));
        return false;
    }
    const auto category = enumFlag<core::Category>(parser, CategoryFlag, command, exitCode);
    const auto priority =
        category ? enumFlag<core::Priority>(parser, PriorityFlag, command, exitCode) : std::nullopt;
    if (!priority)
        return false;
    policy.category = *category;
    policy.priority = *priority;
    return true;
}

std::optional<core::SlaPolicy> readPolicy(const QCommandLineParser &parser, int *exitCode)
{
    const QString command = u"policy set"_s;
    core::SlaPolicy policy;
    if (!readKey(parser, command, policy, exitCode))
        return std::nullopt;
    const auto first = minutesFlag(parser, FirstFlag, 1, command, exitCode);
    const auto next = first ? minutesFlag(parser, NextFlag, 0, command, exitCode) : std::nullopt;
    const auto resolution =
        next ? minutesFlag(parser, ResolutionFlag, 1, command, exitCode) : std::nullopt;
    const auto pausing = resolution ? pausingFlag(parser, exitCode) : std::nullopt;
    if (!pausing)
        return std::nullopt;
    policy.firstResponseMinutes = *first;
    policy.nextResponseMinutes = *next;
    policy.resolutionMinutes = *resolution;
    policy.pausingStatuses = *pausing;
    return policy;
}

QString statusNames(const QList<core::TicketStatus> &statuses)
{
    QStringList names;
    for (const core::TicketStatus status : statuses)
        names.append(core::toString(status));
    return names.isEmpty() ? u"-"_s : names.join(u',');
}

QString describe(const core::SlaPolicy &policy, const QString &calendar)
{
    return PolicyCommand::tr("SLA policy %1 for %2/%3/%4: first response %5, next response %6, "
                             "resolution %7 business minutes; calendar %8; paused in %9")
        .arg(policy.id)
        .arg(policy.supportLevel, core::toString(policy.category), core::toString(policy.priority))
        .arg(policy.firstResponseMinutes)
        .arg(policy.nextResponseMinutes > 0 ? QString::number(policy.nextResponseMinutes)
                                            : PolicyCommand::tr("none"))
        .arg(policy.resolutionMinutes)
        .arg(calendar.isEmpty() ? PolicyCommand::tr("none") : u'"' + calendar + u'"',
             statusNames(policy.pausingStatuses));
}

int list(const QStringList &arguments)
{
    const QString command = u"policy list"_s;
    QCommandLineParser parser;
    parser.addOption(CliSupport::databaseOption());
    int exitCode = CliSupport::Ok;
    if (!CliSupport::parse(parser, arguments, command, &exitCode))
        return exitCode;
    const auto db = CliSupport::openDatabase(parser, command, &exitCode);
    if (!db)
        return exitCode;
    SlaConfigService service(*db, CommandLineActor);
    const auto calendars = service.calendars();
    if (!calendars)
        return CliSupport::failStorage(command, calendars.error());
    const auto policies = service.policies();
    if (!policies)
        return CliSupport::failStorage(command, policies.error());
    QHash<qint64, QString> calendarNames;
    for (const auto &stored : calendars.value())
        calendarNames.insert(stored.id, stored.name);
    QList<QStringList> rows{{PolicyCommand::tr("ID"), PolicyCommand::tr("LEVEL"),
                             PolicyCommand::tr("CATEGORY"), PolicyCommand::tr("PRIORITY"),
                             PolicyCommand::tr("FIRST"), PolicyCommand::tr("NEXT"),
                             PolicyCommand::tr("RESOLUTION"), PolicyCommand::tr("CALENDAR"),
                             PolicyCommand::tr("PAUSING")}};
    for (const core::SlaPolicy &policy : policies.value())
        rows.append(
            {QString::number(policy.id), policy.supportLevel, core::toString(policy.category),
             core::toString(policy.priority), QString::number(policy.firstResponseMinutes),
             policy.nextResponseMinutes > 0 ? QString::number(policy.nextResponseMinutes) : u"-"_s,
             QString::number(policy.resolutionMinutes),
             calendarNames.value(policy.calendarId, u"-"_s), statusNames(policy.pausingStatuses)});
    CliSupport::printTable(rows);
    return CliSupport::Ok;
}

void addSetOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(PolicyCommand::tr(
        "Creates the SLA policy of a support level, category and priority, or replaces it. Targets "
        "are business minutes of the policy's calendar."));
    parser.addOption(CliSupport::databaseOption());
    parser.addOptions(keyOptions());
    parser.addOptions({
        {FirstFlag, PolicyCommand::tr("First-response target."), u"minutes"_s},
        {NextFlag,
         PolicyCommand::tr("Target for each answer after a customer's message; 0 for none."),
         u"minutes"_s},
        {ResolutionFlag, PolicyCommand::tr("Resolution target."), u"minutes"_s},
        {CalendarFlag, PolicyCommand::tr("The calendar's name (default: none)."), u"name"_s},
        {PausingFlag,
         PolicyCommand::tr("Statuses that stop the clock, comma-separated, or none (default: "
                           "pending_customer)."),
         u"statuses"_s},
    });
}

int set(const QStringList &arguments)
{
    const QString command = u"policy set"_s;
    QCommandLineParser parser;
    addSetOptions(parser);
    int exitCode = CliSupport::Ok;
    if (!CliSupport::parse(parser, arguments, command, &exitCode))
        return exitCode;
    auto policy = readPolicy(parser, &exitCode);
    if (!policy)
        return exitCode;
    const auto db = CliSupport::openDatabase(parser, command, &exitCode);
    if (!db)
        return exitCode;
    SlaConfigService service(*db, CommandLineActor);
    const QString calendarName = parser.value(CalendarFlag).trimmed();
    if (!calendarName.isEmpty()) {
        const auto calendar = service.calendarNamed(calendarName);
        if (!calendar)
            return CliSupport::failStorage(command, calendar.error());
        policy->calendarId = calendar->id;
    }
    bool created = false;
    const auto saved = service.savePolicy(*policy, &created);
    if (!saved)
        return CliSupport::failStorage(command, saved.error());
    CliSupport::print((created ? PolicyCommand::tr("Created %1") : PolicyCommand::tr("Replaced %1"))
                          .arg(describe(saved.value(), calendarName)));
    return CliSupport::Ok;
}

int remove(const QStringList &arguments)
{
    const QString command = u"policy remove"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(PolicyCommand::tr(
        "Removes an SLA policy, named by --id or by --level, --category and --priority."));
    parser.addOption(CliSupport::databaseOption());
    parser.addOption(
        {IdFlag, PolicyCommand::tr("The policy's id, as `policy list` shows it."), u"id"_s});
    parser.addOptions(keyOptions());
    int exitCode = CliSupport::Ok;
    if (!CliSupport::parse(parser, arguments, command, &exitCode))
        return exitCode;
    const bool byKey =
        parser.isSet(LevelFlag) || parser.isSet(CategoryFlag) || parser.isSet(PriorityFlag);
    if (parser.isSet(IdFlag) == byKey)
        return badInput(PolicyCommand::tr("%1: name the policy by --id or by --level, --category "
                                          "and --priority")
                            .arg(command));
    bool ok = true;
    const qint64 id = byKey ? 0 : parser.value(IdFlag).toLongLong(&ok);
    if (!byKey && (!ok || id <= 0))
        return badInput(PolicyCommand::tr("%1: --id needs a policy's number (got \"%2\")")
                            .arg(command, parser.value(IdFlag)));
    core::SlaPolicy key;
    if (byKey && !readKey(parser, command, key, &exitCode))
        return exitCode;
    const auto db = CliSupport::openDatabase(parser, command, &exitCode);
    if (!db)
        return exitCode;
    SlaConfigService service(*db, CommandLineActor);
    const auto policy = byKey ? service.policyFor(key.supportLevel, key.category, key.priority)
                              : service.policy(id);
    if (!policy)
        return CliSupport::failStorage(command, policy.error());
    if (const auto removed = service.removePolicy(policy->id); !removed)
        return CliSupport::failStorage(command, removed.error());
    CliSupport::print(PolicyCommand::tr("Removed SLA policy %1 for %2/%3/%4")
                          .arg(policy->id)
                          .arg(policy->supportLevel, core::toString(policy->category),
                               core::toString(policy->priority)));
    return CliSupport::Ok;
}

} // namespace

int PolicyCommand::run(const QStringList &arguments)
{
    const QString verb = arguments.value(2);
    // Without "policy" and the verb, each parser sees "<program> options...".
    const QStringList rest = QStringList{arguments.value(0)} + arguments.mid(3);
    if (verb == u"list")
        return list(rest);
    if (verb == u"set")
        return set(rest);
    if (verb == u"remove")
        return remove(rest);
    return badInput(
        tr("policy: use \"policy list\", \"policy set\" or \"policy remove\" (got \"%1\")")
            .arg(verb));
}

} // namespace sd::server
