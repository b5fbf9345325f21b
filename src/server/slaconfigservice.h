#pragma once

#include "core/businesscalendar.h"
#include "core/slapolicy.h"
#include "storage/calendarrepository.h"
#include "storage/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sd::core {
class ProductionCalendar;
}

namespace sd::storage {
class Database;
}

namespace sd::server {

// What an admin may do to business calendars and SLA policies, whether through the HTTP routes
// (SlaConfigRoutes) or the command line (CalendarCommand, PolicyCommand): one path, so a change
// is checked, audited under `actorId` and put in the change feed the same way from both (the
// repositories record both in the writing transaction). An actor of 0 is the command line run
// by nobody in particular.
class SlaConfigService final
{
    Q_DECLARE_TR_FUNCTIONS(SlaConfigService)
    Q_DISABLE_COPY_MOVE(SlaConfigService)

public:
    template <typename T> using Result = storage::Result<T>;
    using StoredCalendar = storage::StoredCalendar;

    SlaConfigService(storage::Database &db, qint64 actorId);

    Result<QList<StoredCalendar>> calendars();
    Result<StoredCalendar> calendar(qint64 id);
    // NotFound names the calendars there are.
    Result<StoredCalendar> calendarNamed(const QString &name);
    // A blank name takes the definition's own.
    Result<StoredCalendar> createCalendar(const QString &name,
                                          const core::BusinessCalendar &calendar);
    Result<StoredCalendar> replaceCalendar(qint64 id, const QString &name,
                                           const core::BusinessCalendar &calendar);
    // Replaces the calendar of that name (blank: the definition's) or creates it; *created
    // says which.
    Result<StoredCalendar> saveCalendar(const QString &name, const core::BusinessCalendar &calendar,
                                        bool *created);
    // Replaces the year's dates of the calendar named `name` with `year` (other years stay),
    // reading and writing in one transaction.
    Result<StoredCalendar> importYear(const QString &name, const core::ProductionCalendar &year);
    Result<void> removeCalendar(qint64 id);

    Result<QList<core::SlaPolicy>> policies();
    Result<core::SlaPolicy> policy(qint64 id);
    // NotFound when the level x category x priority has no policy.
    Result<core::SlaPolicy> policyFor(const QString &supportLevel, core::Category category,
                                      core::Priority priority);
    // Invalid, with *field set to "calendar_id", when the policy's calendar does not exist.
    Result<core::SlaPolicy> createPolicy(const core::SlaPolicy &policy, QString *field = nullptr);
    Result<core::SlaPolicy> updatePolicy(const core::SlaPolicy &policy, QString *field = nullptr);
    // Replaces the targets of the policy for the same level x category x priority, or creates
    // it; *created says which.
    Result<core::SlaPolicy> savePolicy(core::SlaPolicy policy, bool *created);
    Result<void> removePolicy(qint64 id);

private:
    Result<void> requireCalendar(qint64 calendarId, QString *field);

    storage::Database &m_db;
    qint64 m_actorId = 0;
};

} // namespace sd::server
