#include "migrations.h"

namespace sd::storage {

namespace {

// Per-ticket SLA targets and the pause history they are computed from (issue 6). The state
// of a target is its SLA clock's: running, paused (no due while it stands), met (on time or
// late, see breached) or breached (still running past the due). The scheduler walks the
// running targets by their warning and due times, hence the two partial indexes.
const char16_t *const SlaTables[] = {
    uR"(CREATE TABLE sla_targets (
        ticket_id BIGINT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
        target TEXT NOT NULL,
        policy_id BIGINT REFERENCES sla_policies (id) ON DELETE SET NULL,
        budget_minutes INTEGER NOT NULL,
        started_at ${TS} NOT NULL,
        state TEXT NOT NULL,
        due_at ${TS},
        warn_at ${TS},
        met_at ${TS},
        used_minutes INTEGER NOT NULL DEFAULT 0,
        breached ${BOOL} NOT NULL DEFAULT FALSE,
        cycle INTEGER NOT NULL DEFAULT 0,
        paused_reason TEXT,
        PRIMARY KEY (ticket_id, target)))",
    uR"(CREATE INDEX sla_targets_warn_idx ON sla_targets (warn_at) WHERE state = 'running')",
    uR"(CREATE INDEX sla_targets_due_idx ON sla_targets (due_at) WHERE state = 'running')",
    // reason: the status that stopped the clocks (a pausing status, resolved or closed).
    uR"(CREATE TABLE sla_pauses (
        id ${ID},
        ticket_id BIGINT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
        started_at ${TS} NOT NULL,
        ended_at ${TS},
        reason TEXT))",
    uR"(CREATE INDEX sla_pauses_ticket_idx ON sla_pauses (ticket_id, started_at))",
};

// Seed 000's hours (08:00-17:00 Moscow, no weekends and holidays) with the holidays and
// shortened days the Labour Code fixes for 2026 and 2027; the Government's yearly transfers
// are left to the admins (they change every year).
const char16_t DefaultCalendar[] =
    uR"({"name":"08:00-17:00 Moscow","note":"Default calendar of a new installation (seed 000): )"
    uR"(weekdays 08:00-17:00 Moscow time. Holidays of 2026 and 2027 after Labour Code art. 112 )"
    uR"(and the shortened days before them (art. 95); the yearly transfer decrees are not )"
    uR"(included: check against the official production calendar and add later years.",)"
    uR"("time_zone":"Europe/Moscow","week":{"mon":[["08:00","17:00"]],"tue":[["08:00","17:00"]],)"
    uR"("wed":[["08:00","17:00"]],"thu":[["08:00","17:00"]],"fri":[["08:00","17:00"]],"sat":[],)"
    uR"("sun":[]},"dates":{"2026-01-01":[],"2026-01-02":[],"2026-01-03":[],"2026-01-04":[],)"
    uR"("2026-01-05":[],"2026-01-06":[],"2026-01-07":[],"2026-01-08":[],"2026-02-23":[],)"
    uR"("2026-03-08":[],"2026-03-09":[],"2026-04-30":[["08:00","16:00"]],"2026-05-01":[],)"
    uR"("2026-05-08":[["08:00","16:00"]],"2026-05-09":[],"2026-05-11":[],)"
    uR"("2026-06-11":[["08:00","16:00"]],"2026-06-12":[],"2026-11-03":[["08:00","16:00"]],)"
    uR"("2026-11-04":[],"2026-12-31":[["08:00","16:00"]],"2027-01-01":[],"2027-01-02":[],)"
    uR"("2027-01-03":[],"2027-01-04":[],"2027-01-05":[],"2027-01-06":[],"2027-01-07":[],)"
    uR"("2027-01-08":[],"2027-02-22":[["08:00","16:00"]],"2027-02-23":[],"2027-03-08":[],)"
    uR"("2027-04-30":[["08:00","16:00"]],"2027-05-01":[],"2027-05-03":[],"2027-05-09":[],)"
    uR"("2027-05-10":[],"2027-06-11":[["08:00","16:00"]],"2027-06-12":[],"2027-06-14":[],)"
    uR"("2027-11-03":[["08:00","16:00"]],"2027-11-04":[],"2027-12-31":[["08:00","16:00"]]}})";

struct DefaultTargets
{
    const char16_t *category;
    const char16_t *priority;
    int firstResponse;
    int nextResponse;
    int resolution;
};

// Business minutes on the default calendar (a working day is 540). From seed 000: questions
// are answered within 8 working hours and feature suggestions within 3 working days; seed 001
// answers within a day. Incidents get half the answer time of a question; high priority
// halves the answer times of normal, low doubles them, critical answers within an hour (half
// an hour for incidents; feature requests within a day) and counts duty hours. Next response
// equals first response; resolution is 3 working days for questions and consultations, 5 for
// incidents and 20 for feature requests at normal priority.
constexpr DefaultTargets DefaultPolicies[] = {
    {u"question", u"low", 960, 960, 3240},
    {u"question", u"normal", 480, 480, 1620},
    {u"question", u"high", 240, 240, 1080},
    {u"question", u"critical", 60, 60, 540},
    {u"consultation", u"low", 960, 960, 3240},
    {u"consultation", u"normal", 480, 480, 1620},
    {u"consultation", u"high", 240, 240, 1080},
    {u"consultation", u"critical", 60, 60, 540},
    {u"incident", u"low", 480, 480, 5400},
    {u"incident", u"normal", 240, 240, 2700},
    {u"incident", u"high", 120, 120, 1620},
    {u"incident", u"critical", 30, 30, 540},
    {u"feature_request", u"low", 3240, 3240, 21600},
    {u"feature_request", u"normal", 1620, 1620, 10800},
    {u"feature_request", u"high", 1080, 1080, 5400},
    {u"feature_request", u"critical", 540, 540, 2700},
};

// Both inserts leave what an admin already made alone: a calendar named Default, policies of
// the "default" support level.
QStringList defaults()
{
    QString calendar = QString::fromUtf16(DefaultCalendar);
    calendar.replace(u'\'', QStringLiteral("''"));
    const QString insertCalendar =
        u"INSERT INTO calendars (name, definition, updated_at) VALUES ('Default', '" + calendar +
        u"', ${NOW}) ON CONFLICT (name) DO NOTHING";
    QStringList rows;
    for (const DefaultTargets &p : DefaultPolicies) {
        rows << QStringLiteral("('default', '%1', '%2', %3, %4, %5, (SELECT id FROM calendars "
                               "WHERE name = 'Default'))")
                    .arg(QString::fromUtf16(p.category), QString::fromUtf16(p.priority))
                    .arg(p.firstResponse)
                    .arg(p.nextResponse)
                    .arg(p.resolution);
    }
    const QString insertPolicies =
        u"INSERT INTO sla_policies (support_level, category, priority, first_response_minutes, "
        u"next_response_minutes, resolution_minutes, calendar_id) VALUES " +
        rows.join(u", ") + u" ON CONFLICT (support_level, category, priority) DO NOTHING";
    return {insertCalendar, insertPolicies};
}

} // namespace

Migration Migrations::slaTargets()
{
    Migration migration;
    migration.version = 5;
    migration.description =
        QStringLiteral("SLA targets and pauses per ticket, default calendar and policies");
    QStringList statements;
    for (const char16_t *statement : SlaTables)
        statements << QString::fromUtf16(statement);
    statements << defaults();
    for (const QString &sql : std::as_const(statements)) {
        migration.sqlite << expand(sql, Backend::Sqlite);
        migration.postgresql << expand(sql, Backend::PostgreSql);
    }
    return migration;
}

} // namespace sd::storage
