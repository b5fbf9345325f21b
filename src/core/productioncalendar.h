#pragma once

#include "businesscalendar.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace sd::core {

// One year of a national production calendar (the Russian "производственный календарь"):
// which days are off, which are shortened pre-holiday days and which weekend days are worked
// instead of a weekday. Read from the open-data CSV or from our JSON form (both described in
// docs/production-calendar.md) and merged into a BusinessCalendar as that year's dates.
//
// Every refusal names where the problem is (a CSV line and column, a JSON key and index), so
// an admin can fix the file.
class ProductionCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(ProductionCalendar)

public:
    enum class Format { Csv, Json };
    // The years a file may describe: anything else is a typo.
    static constexpr int FirstYear = 1900;
    static constexpr int LastYear = 2200;

    // `year` picks a row of a CSV that lists several years; 0 takes the file's only year.
    // A JSON file holds one year, which must be `year` unless that is 0.
    static std::optional<ProductionCalendar> read(const QByteArray &data, Format format, int year,
                                                  QString *error);

    // The days of the year as a reader found them.
    struct Days
    {
        int year = 0;
        QList<QDate> holidays;
        QList<QDate> shortened;
        QList<QDate> workingWeekends;
    };

    int year() const { return m_days.year; }
    // Sorted, no date in two lists.
    const QList<QDate> &holidays() const { return m_days.holidays; }
    const QList<QDate> &shortened() const { return m_days.shortened; }
    const QList<QDate> &workingWeekends() const { return m_days.workingWeekends; }

    // `calendar` with its date overrides in year() replaced, other years kept: holidays have
    // no hours (and the duty's Sunday hours, when the calendar has duty), working weekend days
    // the hours most weekdays have, shortened days their hours less the last hour.
    BusinessCalendar mergedInto(const BusinessCalendar &calendar) const;

private:
    friend class ProductionCalendarCsv;
    explicit ProductionCalendar(Days days);

    Days m_days;
};

} // namespace sd::core
