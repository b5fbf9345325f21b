#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QLatin1StringView>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>
#include <array>
#include <optional>

namespace sd::core {

// Working hours of a support team: weekly hours per weekday, whole-day overrides for holidays,
// shortened and transferred working days, and an optional duty schedule that counts only for
// critical tickets. All hours are wall-clock times in one IANA time zone.
//
// The JSON form (DESIGN.md "Calendar file") is what the admin dialog imports and exports and
// what `supportdesk-server sla` reads. Besides the documented keys, an optional top-level
// "note" string is kept and written back, because JSON has no comments and calendars need a
// place to say where their holidays come from. Any other unknown key is refused: a misspelt
// "dutty" silently ignored would compute wrong deadlines, which is worse than a refusal.
class BusinessCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(BusinessCalendar)

public:
    // [startMinute, endMinute) in minutes after local midnight; endMinute 1440 is "24:00".
    struct Interval
    {
        int startMinute = 0;
        int endMinute = 0;
        bool operator==(const Interval &) const = default;
    };
    // Sorted by start, never overlapping (touching is allowed).
    using DayHours = QList<Interval>;

    struct Schedule
    {
        std::array<DayHours, 7> week; // [0] is Monday, as QDate::dayOfWeek() - 1
        QMap<QDate, DayHours> dates;  // replaces the weekday's hours for that date
        bool operator==(const Schedule &) const = default;

        const DayHours &hoursOn(QDate date) const;
    };

    // Parses and validates the JSON form. On failure returns nothing and, when `error` is
    // given, sets it to a translated message naming the offending key, value or interval.
    static std::optional<BusinessCalendar> fromJson(const QByteArray &json,
                                                    QString *error = nullptr);
    // Indented JSON in the documented key order; fromJson(toJson()) gives an equal calendar.
    QByteArray toJson() const;

    const QString &name() const { return m_name; }
    const QString &note() const { return m_note; }
    const QTimeZone &timeZone() const { return m_timeZone; }
    const Schedule &working() const { return m_working; }
    const std::optional<Schedule> &duty() const { return m_duty; }

    // The business hours of one local date, merged and sorted; with `critical` the duty
    // hours are added to the working hours.
    DayHours hoursOn(QDate date, bool critical) const;

    // A copy whose date overrides are `working` and, when the calendar has a duty schedule,
    // `duty` (ignored otherwise): how an import replaces a year's holidays. Each day's hours
    // must be sorted and apart, as fromJson() leaves them.
    BusinessCalendar withDates(QMap<QDate, DayHours> working, QMap<QDate, DayHours> duty) const;

    bool operator==(const BusinessCalendar &other) const;

    // The JSON spelling of weekday `index` (0 = "mon") and of a minute of the day ("08:00").
    static QLatin1StringView weekdayKey(int index);
    static QString timeText(int minuteOfDay);

private:
    BusinessCalendar() = default;
    friend class CalendarJsonReader;

    QString m_name;
    QString m_note;
    QTimeZone m_timeZone;
    Schedule m_working;
    std::optional<Schedule> m_duty;
};

} // namespace sd::core
