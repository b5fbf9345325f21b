#include "productioncalendar.h"

#include "productioncalendarcsv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <algorithm>
#include <cmath>

namespace sd::core {

namespace {

using namespace Qt::Literals::StringLiterals;
using DayHours = BusinessCalendar::DayHours;
using Days = ProductionCalendar::Days;

constexpr int ShortenedByMinutes = 60;

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

const QString HolidaysKey = u"holidays"_s;
const QString ShortenedKey = u"shortened"_s;
const QString WorkingWeekendsKey = u"working_weekends"_s;

QString itemPath(const QString &key, qsizetype index)
{
    return key + u'[' + QString::number(index) + u']';
}

std::optional<QList<QDate>> readJsonDates(const QJsonObject &root, const QString &key, int year,
                                          QString *error)
{
    QList<QDate> dates;
    const QJsonValue value = root.value(key);
    if (value.isUndefined())
        return dates;
    if (!value.isArray()) {
        *error = ProductionCalendar::tr("%1: must be a list of dates such as \"%2-01-01\"")
                     .arg(key)
                     .arg(year);
        return std::nullopt;
    }
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString text = items.at(i).toString();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        const QString place = itemPath(key, i);
        // Only the strict form, as the calendar file writes its dates.
        if (!items.at(i).isString() || !date.isValid() || date.toString(Qt::ISODate) != text) {
            *error = ProductionCalendar::tr("%1: bad date \"%2\", expected an existing date as "
                                            "YYYY-MM-DD")
                         .arg(place, text);
            return std::nullopt;
        }
        if (date.year() != year) {
            *error = ProductionCalendar::tr("%1: %2 is not in %3").arg(place, text).arg(year);
            return std::nullopt;
        }
        if (dates.contains(date)) {
            *error = ProductionCalendar::tr("%1: %2 is listed twice").arg(place, text);
            return std::nullopt;
        }
        if (key == WorkingWeekendsKey && !isWeekend(date)) {
            *error = ProductionCalendar::tr("%1: %2 is a weekday; list only Saturdays and "
                                            "Sundays here")
                         .arg(place, text);
            return std::nullopt;
        }
        dates.append(date);
    }
    return dates;
}

// The first date of `dates` that is also in `others`, with its index.
std::optional<qsizetype> firstShared(const QList<QDate> &dates, const QList<QDate> &others)
{
    for (qsizetype i = 0; i < dates.size(); ++i)
        if (others.contains(dates.at(i)))
            return i;
    return std::nullopt;
}

bool checkJsonOverlaps(const Days &days, QString *error)
{
    const auto refuse = [error](const QString &key, const QList<QDate> &dates, qsizetype index,
                                const QString &other) {
        *error = ProductionCalendar::tr("%1: %2 is also in %3")
                     .arg(itemPath(key, index), dates.at(index).toString(Qt::ISODate), other);
        return false;
    };
    if (const auto i = firstShared(days.shortened, days.holidays))
        return refuse(ShortenedKey, days.shortened, *i, HolidaysKey);
    if (const auto i = firstShared(days.workingWeekends, days.holidays))
        return refuse(WorkingWeekendsKey, days.workingWeekends, *i, HolidaysKey);
    for (qsizetype i = 0; i < days.shortened.size(); ++i) {
        const QDate date = days.shortened.at(i);
        if (isWeekend(date) && !days.workingWeekends.contains(date)) {
            *error =
                ProductionCalendar::tr("%1: %2 is a weekend day; a shortened weekend day "
                                       "is a working one, so list it in %3 too")
                    .arg(itemPath(ShortenedKey, i), date.toString(Qt::ISODate), WorkingWeekendsKey);
            return false;
        }
    }
    return true;
}

std::optional<int> readJsonYear(const QJsonObject &root, int year, QString *error)
{
    const QJsonValue value = root.value(u"year");
    if (value.isUndefined()) {
        *error = ProductionCalendar::tr("missing \"year\"");
        return std::nullopt;
    }
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != std::floor(number) ||
        number < ProductionCalendar::FirstYear || number > ProductionCalendar::LastYear) {
        *error = ProductionCalendar::tr("year: must be a whole number from %1 to %2")
                     .arg(ProductionCalendar::FirstYear)
                     .arg(ProductionCalendar::LastYear);
        return std::nullopt;
    }
    if (year != 0 && int(number) != year) {
        *error =
            ProductionCalendar::tr("year: the file is for %1, not %2").arg(int(number)).arg(year);
        return std::nullopt;
    }
    return int(number);
}

bool checkJsonKeys(const QJsonObject &root, QString *error)
{
    static const QStringList allowed{u"year"_s, u"note"_s, HolidaysKey, ShortenedKey,
                                     WorkingWeekendsKey};
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!allowed.contains(it.key())) {
            *error = ProductionCalendar::tr("unknown key \"%1\"; expected %2")
                         .arg(it.key(), allowed.join(u", "_s));
            return false;
        }
    }
    if (root.contains(u"note") && !root.value(u"note").isString()) {
        *error = ProductionCalendar::tr("note: must be a text string");
        return false;
    }
    return true;
}

std::optional<Days> readJson(const QByteArray &data, int year, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ProductionCalendar::tr("not valid JSON at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = ProductionCalendar::tr("the production calendar must be a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!checkJsonKeys(root, error))
        return std::nullopt;
    Days days;
    const auto found = readJsonYear(root, year, error);
    if (!found)
        return std::nullopt;
    days.year = *found;
    const auto holidays = readJsonDates(root, HolidaysKey, days.year, error);
    const auto shortened =
        holidays ? readJsonDates(root, ShortenedKey, days.year, error) : std::nullopt;
    const auto weekends =
        shortened ? readJsonDates(root, WorkingWeekendsKey, days.year, error) : std::nullopt;
    if (!weekends)
        return std::nullopt;
    days.holidays = *holidays;
    days.shortened = *shortened;
    days.workingWeekends = *weekends;
    if (!checkJsonOverlaps(days, error))
        return std::nullopt;
    return days;
}

// The hours most weekdays have (the earliest weekday wins a tie): what a working Saturday
// works, since the production calendar says it replaces a weekday.
DayHours usualWeekdayHours(const BusinessCalendar::Schedule &schedule)
{
    DayHours best;
    int bestCount = 0;
    for (int day = 0; day < 5; ++day) {
        const DayHours &hours = schedule.week[day];
        const int count = int(std::count(schedule.week.begin(), schedule.week.begin() + 5, hours));
        if (!hours.isEmpty() && count > bestCount) {
            best = hours;
            bestCount = count;
        }
    }
    return best;
}

// Art. 95 of the Labour Code: the working day before a holiday is one hour shorter.
DayHours shortenedHours(DayHours hours)
{
    int remaining = ShortenedByMinutes;
    while (remaining > 0 && !hours.isEmpty()) {
        BusinessCalendar::Interval &last = hours.last();
        const int length = last.endMinute - last.startMinute;
        if (length > remaining) {
            last.endMinute -= remaining;
            break;
        }
        remaining -= length;
        hours.removeLast();
    }
    return hours;
}

void removeYear(QMap<QDate, DayHours> &dates, int year)
{
    dates.removeIf([year](const auto &entry) { return entry.key().year() == year; });
}

} // namespace

ProductionCalendar::ProductionCalendar(Days days) : m_days(std::move(days))
{
    for (QList<QDate> *list : {&m_days.holidays, &m_days.shortened, &m_days.workingWeekends})
        std::sort(list->begin(), list->end());
}

std::optional<ProductionCalendar> ProductionCalendar::read(const QByteArray &data, Format format,
                                                           int year, QString *error)
{
    QString problem;
    std::optional<ProductionCalendar> calendar;
    if (format == Format::Csv) {
        calendar = ProductionCalendarCsv::read(data, year, &problem);
    } else if (std::optional<Days> days = readJson(data, year, &problem)) {
        calendar = ProductionCalendar(std::move(*days));
    }
    if (!calendar && error)
        *error = problem;
    return calendar;
}

BusinessCalendar ProductionCalendar::mergedInto(const BusinessCalendar &calendar) const
{
    const BusinessCalendar::Schedule &schedule = calendar.working();
    QMap<QDate, DayHours> working = schedule.dates;
    removeYear(working, m_days.year);
    for (const QDate date : m_days.holidays)
        working.insert(date, {});
    const DayHours usual = usualWeekdayHours(schedule);
    for (const QDate date : m_days.workingWeekends)
        working.insert(date, usual);
    for (const QDate date : m_days.shortened) {
        const DayHours hours = working.value(date, schedule.week[date.dayOfWeek() - 1]);
        if (!hours.isEmpty())
            working.insert(date, shortenedHours(hours));
    }
    QMap<QDate, DayHours> duty;
    if (const auto &dutySchedule = calendar.duty()) {
        duty = dutySchedule->dates;
        removeYear(duty, m_days.year);
        // Seed 001: the duty agent works holidays as he works Sundays.
        const DayHours dayOff =
            dutySchedule->week[6].isEmpty() ? dutySchedule->week[5] : dutySchedule->week[6];
        if (!dayOff.isEmpty())
            for (const QDate date : m_days.holidays)
                duty.insert(date, dayOff);
    }
    return calendar.withDates(std::move(working), std::move(duty));
}

} // namespace sd::core
