#pragma once

#include "core/businesscalendar.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sd::storage {

class Database;

// A business calendar as the installation keeps it. `name` is the admin's handle for it
// (unique); the calendar's own name is part of its definition, as in the JSON file.
struct StoredCalendar
{
    qint64 id = 0;
    QString name;
    core::BusinessCalendar calendar;
    QDateTime updatedAt;
};

// Business calendars SLA policies count their minutes in. The definition is stored as the
// calendar's JSON form (BusinessCalendar::toJson), the same file admins import and export.
class CalendarRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)
    Q_DISABLE_COPY_MOVE(CalendarRepository)

public:
    explicit CalendarRepository(Database &db);

    // By name.
    Result<QList<StoredCalendar>> list();
    Result<StoredCalendar> get(qint64 id);
    // NotFound when no calendar has that name (as stored: trimmed, case-sensitive).
    Result<StoredCalendar> findByName(const QString &name);
    // Writes record an audit event by `actorId` and a change-feed item.
    // Duplicate when the name is taken, Invalid for a blank name.
    Result<StoredCalendar> create(const QString &name, const core::BusinessCalendar &calendar,
                                  qint64 actorId);
    Result<StoredCalendar> update(qint64 id, const QString &name,
                                  const core::BusinessCalendar &calendar, qint64 actorId);
    // Conflict while an SLA policy still counts in the calendar.
    Result<void> remove(qint64 id, qint64 actorId);

private:
    // Without reading the definition, so a calendar this version cannot read can still be
    // replaced or removed.
    Result<QString> nameOf(qint64 id);
    Result<QList<StoredCalendar>> select(const QString &where, const QVariantList &values);

    Database &m_db;
};

} // namespace sd::storage
