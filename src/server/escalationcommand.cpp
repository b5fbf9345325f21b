#include "escalationcommand.h"

#include "clisupport.h"
#include "storage/database.h"
#include "storage/escalationrulerepository.h"
#include "storage/queuerepository.h"
#include "storage/serversettings.h"

#include <QHash>

#include <optional>

namespace sd::server {

namespace {

using namespace Qt::Literals::StringLiterals;

const QString KindFlag = u"kind"_s;
const QString TargetFlag = u"target"_s;
const QString PriorityFlag = u"priority"_s;
const QString NotifyFlag = u"notify"_s;
const QString RaiseFlag = u"raise-priority"_s;
const QString QueueFlag = u"move-queue"_s;
const QString InactiveFlag = u"inactive"_s;
const QString IdFlag = u"id"_s;
const QString SetFlag = u"set"_s;

constexpr qint64 CommandLineActor = 0;

int badInput(const QString &message)
{
    return CliSupport::fail(message, CliSupport::BadInput);
}

// A flag naming an enum value, or "any" (or nothing) for a rule matching every value.
template <typename Enum>
bool anyFlag(const QCommandLineParser &parser, const QString &flag, std::optional<Enum> *out,
             int *exitCode)
{
    const QString text = parser.value(flag).trimmed();
    if (text.isEmpty() || text == u"any")
        return true;
    *out = core::fromString<Enum>(text);
    if (!*out)
        *exitCode = badInput(EscalationCommand::tr("escalation add: --%1 must be one of %2 or "
                                                   "any (got \"%3\")")
                                 .arg(flag, core::allNames<Enum>().join(u'|'), text));
    return out->has_value();
}

QString anyName(const auto &value)
{
    return value ? core::toString(*value) : u"any"_s;
}

QString yesNo(bool value)
{
    return value ? EscalationCommand::tr("yes") : EscalationCommand::tr("no");
}

std::unique_ptr<storage::Database> open(const QStringList &arguments, const QString &command,
                                        QCommandLineParser &parser, int *exitCode)
{
    parser.addOption(CliSupport::databaseOption());
    if (!CliSupport::parse(parser, arguments, command, exitCode))
        return nullptr;
    return CliSupport::openDatabase(parser, command, exitCode);
}

int list(const QStringList &arguments)
{
    const QString command = u"escalation list"_s;
    QCommandLineParser parser;
    int exitCode = CliSupport::Ok;
    const auto db = open(arguments, command, parser, &exitCode);
    if (!db)
        return exitCode;
    const auto rules = storage::EscalationRuleRepository(*db).list();
    if (!rules)
        return CliSupport::failStorage(command, rules.error());
    const auto queues = storage::QueueRepository(*db).list();
    if (!queues)
        return CliSupport::failStorage(command, queues.error());
    QHash<qint64, QString> queueNames;
    for (const core::Queue &queue : queues.value())
        queueNames.insert(queue.id, queue.name);
    QList<QStringList> rows{{EscalationCommand::tr("ID"), EscalationCommand::tr("KIND"),
                             EscalationCommand::tr("TARGET"), EscalationCommand::tr("PRIORITY"),
                             EscalationCommand::tr("NOTIFY"), EscalationCommand::tr("RAISE"),
                             EscalationCommand::tr("MOVE TO"), EscalationCommand::tr("ACTIVE")}};
    for (const storage::EscalationRule &rule : rules.value())
        rows.append({QString::number(rule.id), core::toString(rule.kind), anyName(rule.target),
                     anyName(rule.priority), yesNo(rule.notifySupervisors),
                     yesNo(rule.raisePriority), queueNames.value(rule.moveQueueId, u"-"_s),
                     yesNo(rule.active)});
    CliSupport::printTable(rows);
    return CliSupport::Ok;
}

std::optional<storage::EscalationRule> readRule(const QCommandLineParser &parser, int *exitCode)
{
    storage::EscalationRule rule;
    const auto kind = core::fromString<storage::SlaEventKind>(parser.value(KindFlag));
    if (!kind) {
        *exitCode = badInput(EscalationCommand::tr("escalation add: --kind must be warning or "
                                                   "breach (got \"%1\")")
                                 .arg(parser.value(KindFlag)));
        return std::nullopt;
    }
    rule.kind = *kind;
    if (!anyFlag(parser, TargetFlag, &rule.target, exitCode) ||
        !anyFlag(parser, PriorityFlag, &rule.priority, exitCode))
        return std::nullopt;
    rule.notifySupervisors = parser.isSet(NotifyFlag);
    rule.raisePriority = parser.isSet(RaiseFlag);
    rule.active = !parser.isSet(InactiveFlag);
    return rule;
}

int add(const QStringList &arguments)
{
    const QString command = u"escalation add"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(EscalationCommand::tr(
        "Adds an escalation rule: what the SLA scheduler does when a warning or a breach fires."));
    parser.addOptions({
        {KindFlag, EscalationCommand::tr("warning or breach."), u"kind"_s},
        {TargetFlag, core::allNames<core::SlaTargetKind>().join(u", "_s) + u", any."_s,
         u"target"_s},
        {PriorityFlag, core::allNames<core::Priority>().join(u", "_s) + u", any."_s, u"priority"_s},
        {NotifyFlag, EscalationCommand::tr("Notify supervisors (an internal note).")},
        {RaiseFlag, EscalationCommand::tr("Raise the ticket's priority one step.")},
        {QueueFlag, EscalationCommand::tr("Move the ticket to this queue."), u"name"_s},
        {InactiveFlag, EscalationCommand::tr("Store the rule switched off.")},
    });
    int exitCode = CliSupport::Ok;
    const auto db = open(arguments, command, parser, &exitCode);
    if (!db)
        return exitCode;
    auto rule = readRule(parser, &exitCode);
    if (!rule)
        return exitCode;
    if (const QString queueName = parser.value(QueueFlag).trimmed(); !queueName.isEmpty()) {
        const auto queue = storage::QueueRepository(*db).findByName(queueName);
        if (!queue)
            return CliSupport::failStorage(command, queue.error());
        rule->moveQueueId = queue->id;
    }
    const auto stored = storage::EscalationRuleRepository(*db).create(*rule, CommandLineActor);
    if (!stored)
        return CliSupport::failStorage(command, stored.error());
    CliSupport::print(EscalationCommand::tr("Added escalation rule %1: %2")
                          .arg(stored->id)
                          .arg(storage::EscalationRuleRepository::describe(stored.value())));
    return CliSupport::Ok;
}

int remove(const QStringList &arguments)
{
    const QString command = u"escalation remove"_s;
    QCommandLineParser parser;
    parser.addOption(
        {IdFlag, EscalationCommand::tr("The rule's id, as `escalation list` shows it."), u"id"_s});
    int exitCode = CliSupport::Ok;
    const auto db = open(arguments, command, parser, &exitCode);
    if (!db)
        return exitCode;
    bool ok = false;
    const qint64 id = parser.value(IdFlag).toLongLong(&ok);
    if (!ok || id <= 0)
        return badInput(EscalationCommand::tr("%1: --id needs a rule's number (got \"%2\")")
                            .arg(command, parser.value(IdFlag)));
    if (const auto removed = storage::EscalationRuleRepository(*db).remove(id, CommandLineActor);
        !removed)
        return CliSupport::failStorage(command, removed.error());
    CliSupport::print(EscalationCommand::tr("Removed escalation rule %1").arg(id));
    return CliSupport::Ok;
}

int share(const QStringList &arguments)
{
    const QString command = u"escalation share"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(EscalationCommand::tr(
        "Prints the share of a target's business minutes after which the SLA scheduler warns, "
        "or sets it for every server on the database. Running targets take a new share when "
        "their ticket next changes."));
    parser.addOption({SetFlag, EscalationCommand::tr("New share, e.g. 0.8."), u"share"_s});
    int exitCode = CliSupport::Ok;
    const auto db = open(arguments, command, parser, &exitCode);
    if (!db)
        return exitCode;
    storage::ServerSettings settings(*db);
    if (parser.isSet(SetFlag)) {
        bool ok = false;
        const double value = parser.value(SetFlag).toDouble(&ok);
        if (!ok)
            return badInput(EscalationCommand::tr("%1: --set needs a number between 0 and 1 (got "
                                                  "\"%2\")")
                                .arg(command, parser.value(SetFlag)));
        if (const auto set = settings.setWarningShare(value, CommandLineActor); !set)
            return CliSupport::failStorage(command, set.error());
    }
    const auto current = settings.warningShare();
    if (!current)
        return CliSupport::failStorage(command, current.error());
    CliSupport::print(QString::number(current.value()));
    return CliSupport::Ok;
}

} // namespace

int EscalationCommand::run(const QStringList &arguments)
{
    const QString verb = arguments.value(2);
    const QStringList rest = QStringList{arguments.value(0)} + arguments.mid(3);
    if (verb == u"list")
        return list(rest);
    if (verb == u"add")
        return add(rest);
    if (verb == u"remove")
        return remove(rest);
    if (verb == u"share")
        return share(rest);
    return badInput(tr("escalation: use \"escalation list\", \"escalation add\", \"escalation "
                       "remove\" or \"escalation share\" (got \"%1\")")
                        .arg(verb));
}

} // namespace sd::server
