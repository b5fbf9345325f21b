#include "slaconfigservice.h"

#include "core/productioncalendar.h"
#include "storage/slapolicyrepository.h"
#include "storage/transaction.h"

namespace sd::server {

namespace {

using storage::CalendarRepository;
using storage::SlaPolicyRepository;
using storage::StorageError;
using Kind = StorageError::Kind;

QString nameOrDefinitions(const QString &name, const core::BusinessCalendar &calendar)
{
    return name.isEmpty() ? calendar.name() : name;
}

} // namespace

SlaConfigService::SlaConfigService(storage::Database &db, qint64 actorId)
    : m_db(db), m_actorId(actorId)
{}

SlaConfigService::Result<QList<storage::StoredCalendar>> SlaConfigService::calendars()
{
    return CalendarRepository(m_db).list();
}

SlaConfigService::Result<storage::StoredCalendar> SlaConfigService::calendar(qint64 id)
{
    return CalendarRepository(m_db).get(id);
}

SlaConfigService::Result<storage::StoredCalendar>
SlaConfigService::calendarNamed(const QString &name)
{
    Result<StoredCalendar> found = CalendarRepository(m_db).findByName(name);
    if (found || found.error().kind != Kind::NotFound)
        return found;
    // Admins type names by hand: say which ones there are.
    const Result<QList<StoredCalendar>> all = calendars();
    if (!all)
        return all.error();
    QStringList names;
    for (const StoredCalendar &stored : all.value())
        names.append(u'"' + stored.name + u'"');
    return StorageError{Kind::NotFound,
                        names.isEmpty()
                            ? tr("There is no calendar named \"%1\", nor any other.").arg(name)
                            : tr("There is no calendar named \"%1\"; the calendars are %2.")
                                  .arg(name, names.join(QStringLiteral(", ")))};
}

SlaConfigService::Result<storage::StoredCalendar>
SlaConfigService::createCalendar(const QString &name, const core::BusinessCalendar &calendar)
{
    return CalendarRepository(m_db).create(nameOrDefinitions(name, calendar), calendar, m_actorId);
}

SlaConfigService::Result<storage::StoredCalendar>
SlaConfigService::replaceCalendar(qint64 id, const QString &name,
                                  const core::BusinessCalendar &calendar)
{
    return CalendarRepository(m_db).update(id, nameOrDefinitions(name, calendar), calendar,
                                           m_actorId);
}

SlaConfigService::Result<storage::StoredCalendar>
SlaConfigService::saveCalendar(const QString &name, const core::BusinessCalendar &calendar,
                               bool *created)
{
    storage::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    const QString stored = nameOrDefinitions(name, calendar);
    const Result<StoredCalendar> existing = calendarNamed(stored);
    if (!existing && existing.error().kind != Kind::NotFound)
        return existing.error();
    *created = !existing;
    Result<StoredCalendar> saved = existing ? replaceCalendar(existing->id, stored, calendar)
                                            : createCalendar(stored, calendar);
    if (!saved)
        return saved;
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return saved;
}

SlaConfigService::Result<storage::StoredCalendar>
SlaConfigService::importYear(const QString &name, const core::ProductionCalendar &year)
{
    storage::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    const Result<StoredCalendar> existing = calendarNamed(name);
    if (!existing)
        return existing;
    Result<StoredCalendar> saved = CalendarRepository(m_db).update(
        existing->id, existing->name, year.mergedInto(existing->calendar), m_actorId);
    if (!saved)
        return saved;
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return saved;
}

SlaConfigService::Result<void> SlaConfigService::removeCalendar(qint64 id)
{
    return CalendarRepository(m_db).remove(id, m_actorId);
}

SlaConfigService::Result<QList<core::SlaPolicy>> SlaConfigService::policies()
{
    return SlaPolicyRepository(m_db).list();
}

SlaConfigService::Result<core::SlaPolicy> SlaConfigService::policy(qint64 id)
{
    return SlaPolicyRepository(m_db).get(id);
}

SlaConfigService::Result<core::SlaPolicy> SlaConfigService::policyFor(const QString &supportLevel,
                                                                      core::Category category,
                                                                      core::Priority priority)
{
    const Result<std::optional<core::SlaPolicy>> found =
        SlaPolicyRepository(m_db).match(supportLevel, category, priority);
    if (!found)
        return found.error();
    if (!found.value())
        return StorageError{
            Kind::NotFound,
            tr("There is no SLA policy for support level %1, %2 tickets of %3 "
               "priority.")
                .arg(supportLevel, core::toString(category), core::toString(priority))};
    return *found.value();
}

SlaConfigService::Result<core::SlaPolicy>
SlaConfigService::createPolicy(const core::SlaPolicy &policy, QString *field)
{
    if (const Result<void> found = requireCalendar(policy.calendarId, field); !found)
        return found.error();
    return SlaPolicyRepository(m_db).create(policy, m_actorId);
}

SlaConfigService::Result<core::SlaPolicy>
SlaConfigService::updatePolicy(const core::SlaPolicy &policy, QString *field)
{
    if (const Result<void> found = requireCalendar(policy.calendarId, field); !found)
        return found.error();
    return SlaPolicyRepository(m_db).update(policy, m_actorId);
}

SlaConfigService::Result<core::SlaPolicy> SlaConfigService::savePolicy(core::SlaPolicy policy,
                                                                       bool *created)
{
    storage::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    const Result<core::SlaPolicy> existing =
        policyFor(policy.supportLevel, policy.category, policy.priority);
    if (!existing && existing.error().kind != Kind::NotFound)
        return existing.error();
    *created = !existing;
    policy.id = existing ? existing->id : 0;
    Result<core::SlaPolicy> saved = existing ? updatePolicy(policy) : createPolicy(policy);
    if (!saved)
        return saved;
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return saved;
}

SlaConfigService::Result<void> SlaConfigService::removePolicy(qint64 id)
{
    return SlaPolicyRepository(m_db).remove(id, m_actorId);
}

// Asked first so the answer can name the field; the foreign key alone would only say
// "invalid".
SlaConfigService::Result<void> SlaConfigService::requireCalendar(qint64 calendarId, QString *field)
{
    if (calendarId == 0)
        return {};
    const Result<StoredCalendar> found = calendar(calendarId);
    if (found)
        return {};
    if (found.error().kind != Kind::NotFound)
        return found.error();
    if (field)
        *field = QStringLiteral("calendar_id");
    return StorageError{Kind::Invalid, found.error().message};
}

} // namespace sd::server
