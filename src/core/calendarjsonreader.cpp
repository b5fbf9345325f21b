#include "calendarjsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>

namespace sd::core {

namespace {

QString childPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString itemPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

bool isDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Only the strict ISO form: QDate::fromString alone would also take "2026-1-5" style input
// from other locales' habits, and a date key that looks different from what toJson() writes
// would not round-trip.
std::optional<QDate> parseDate(const QString &text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    const QStringView view(text);
    if (!isDigits(view.mid(0, 4)) || !isDigits(view.mid(5, 2)) || !isDigits(view.mid(8, 2)))
        return std::nullopt;
    const QDate date(view.mid(0, 4).toInt(), view.mid(5, 2).toInt(), view.mid(8, 2).toInt());
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace

std::optional<BusinessCalendar> CalendarJsonReader::read(const QByteArray &json, QString *error)
{
    CalendarJsonReader reader;
    BusinessCalendar calendar;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    bool ok = false;
    if (parseError.error != QJsonParseError::NoError)
        reader.fail(tr("not valid JSON at offset %1: %2")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    else if (!document.isObject())
        reader.fail(tr("the calendar must be a JSON object"));
    else
        ok = reader.readCalendar(document.object(), calendar);
    if (!ok) {
        if (error)
            *error = reader.m_error;
        return std::nullopt;
    }
    return calendar;
}

bool CalendarJsonReader::readCalendar(const QJsonObject &root, BusinessCalendar &calendar)
{
    if (!checkKeys(root, {}, {u"name", u"note", u"time_zone", u"week", u"dates", u"duty"}))
        return false;
    if (!readText(root, QStringLiteral("name"), true, calendar.m_name) ||
        !readText(root, QStringLiteral("note"), false, calendar.m_note) ||
        !readTimeZone(root, calendar.m_timeZone))
        return false;
    if (!root.contains(u"week"))
        return fail(tr("missing \"%1\"").arg(QStringLiteral("week")));
    if (!readSchedule(root, {}, calendar.m_working))
        return false;
    const QJsonValue duty = root.value(u"duty");
    if (duty.isUndefined())
        return true;
    const QString dutyPath = QStringLiteral("duty");
    if (!duty.isObject())
        return fail(tr("%1: must be an object").arg(dutyPath));
    if (!checkKeys(duty.toObject(), dutyPath, {u"week", u"dates"}))
        return false;
    calendar.m_duty.emplace();
    return readSchedule(duty.toObject(), dutyPath, *calendar.m_duty);
}

bool CalendarJsonReader::readText(const QJsonObject &object, const QString &key, bool required,
                                  QString &text)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            return fail(tr("missing \"%1\"").arg(key));
        return true;
    }
    if (!value.isString())
        return fail(tr("%1: must be a text string").arg(key));
    text = value.toString();
    if (required && text.trimmed().isEmpty())
        return fail(tr("%1: must not be empty").arg(key));
    return true;
}

bool CalendarJsonReader::readTimeZone(const QJsonObject &root, QTimeZone &zone)
{
    QString id;
    if (!readText(root, QStringLiteral("time_zone"), true, id))
        return false;
    zone = QTimeZone(id.toUtf8());
    if (!zone.isValid())
        return fail(tr("time_zone: unknown time zone \"%1\"").arg(id));
    return true;
}

bool CalendarJsonReader::readSchedule(const QJsonObject &object, const QString &path,
                                      Schedule &schedule)
{
    const QJsonValue week = object.value(u"week");
    if (!week.isUndefined() && !readWeek(week, childPath(path, QStringLiteral("week")), schedule))
        return false;
    const QJsonValue dates = object.value(u"dates");
    return dates.isUndefined() ||
           readDates(dates, childPath(path, QStringLiteral("dates")), schedule);
}

bool CalendarJsonReader::readWeek(const QJsonValue &value, const QString &path, Schedule &schedule)
{
    if (!value.isObject())
        return fail(tr("%1: must be an object").arg(path));
    const QJsonObject week = value.toObject();
    for (auto it = week.begin(); it != week.end(); ++it) {
        int index = 0;
        while (index < 7 && BusinessCalendar::weekdayKey(index) != it.key())
            ++index;
        if (index == 7)
            return fail(tr("%1: unknown weekday \"%2\", expected mon, tue, wed, thu, fri, sat "
                           "or sun")
                            .arg(path, it.key()));
        if (!readDay(it.value(), childPath(path, it.key()), schedule.week[index]))
            return false;
    }
    return true;
}

bool CalendarJsonReader::readDates(const QJsonValue &value, const QString &path, Schedule &schedule)
{
    if (!value.isObject())
        return fail(tr("%1: must be an object").arg(path));
    const QJsonObject dates = value.toObject();
    for (auto it = dates.begin(); it != dates.end(); ++it) {
        const std::optional<QDate> date = parseDate(it.key());
        if (!date)
            return fail(tr("%1: bad date \"%2\", expected an existing date as YYYY-MM-DD")
                            .arg(path, it.key()));
        if (!readDay(it.value(), childPath(path, it.key()), schedule.dates[*date]))
            return false;
    }
    return true;
}

bool CalendarJsonReader::readDay(const QJsonValue &value, const QString &path, DayHours &hours)
{
    if (!value.isArray())
        return fail(tr("%1: must be a list of [\"HH:MM\", \"HH:MM\"] intervals").arg(path));
    const QJsonArray items = value.toArray();
    hours.clear();
    for (qsizetype i = 0; i < items.size(); ++i) {
        BusinessCalendar::Interval interval;
        if (!readInterval(items.at(i), itemPath(path, i), interval))
            return false;
        hours.append(interval);
    }
    std::sort(hours.begin(), hours.end(),
              [](const auto &a, const auto &b) { return a.startMinute < b.startMinute; });
    for (qsizetype i = 1; i < hours.size(); ++i) {
        const auto &before = hours.at(i - 1);
        const auto &after = hours.at(i);
        if (after.startMinute < before.endMinute)
            return fail(tr("%1: intervals %2-%3 and %4-%5 overlap")
                            .arg(path, BusinessCalendar::timeText(before.startMinute),
                                 BusinessCalendar::timeText(before.endMinute),
                                 BusinessCalendar::timeText(after.startMinute),
                                 BusinessCalendar::timeText(after.endMinute)));
    }
    return true;
}

bool CalendarJsonReader::readInterval(const QJsonValue &value, const QString &path,
                                      BusinessCalendar::Interval &interval)
{
    const QJsonArray pair = value.toArray();
    if (!value.isArray() || pair.size() != 2)
        return fail(tr("%1: must be a pair [\"HH:MM\", \"HH:MM\"]").arg(path));
    const std::optional<int> start = readTime(pair.at(0), path);
    if (!start)
        return false;
    const std::optional<int> end = readTime(pair.at(1), path);
    if (!end)
        return false;
    const QString startText = BusinessCalendar::timeText(*start);
    const QString endText = BusinessCalendar::timeText(*end);
    if (*start == 24 * 60)
        return fail(tr("%1: an interval cannot start at 24:00").arg(path));
    if (*end < *start)
        return fail(tr("%1: interval %2-%3 ends before it starts").arg(path, startText, endText));
    if (*end == *start)
        return fail(tr("%1: interval %2-%3 is empty").arg(path, startText, endText));
    interval = {*start, *end};
    return true;
}

std::optional<int> CalendarJsonReader::readTime(const QJsonValue &value, const QString &path)
{
    if (!value.isString()) {
        fail(tr("%1: times must be text such as \"08:00\"").arg(path));
        return std::nullopt;
    }
    const QString text = value.toString();
    const QStringView view(text);
    bool ok =
        text.size() == 5 && text[2] == u':' && isDigits(view.mid(0, 2)) && isDigits(view.mid(3, 2));
    const int hours = ok ? view.mid(0, 2).toInt() : 0;
    const int minutes = ok ? view.mid(3, 2).toInt() : 0;
    if (!ok || minutes >= 60 || hours > 24 || (hours == 24 && minutes != 0)) {
        fail(tr("%1: bad time \"%2\", expected HH:MM from 00:00 to 24:00").arg(path, text));
        return std::nullopt;
    }
    return hours * 60 + minutes;
}

bool CalendarJsonReader::checkKeys(const QJsonObject &object, const QString &path,
                                   std::initializer_list<QStringView> allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (std::none_of(allowed.begin(), allowed.end(),
                         [&key](QStringView name) { return key == name; }))
            return fail(tr("unknown key \"%1\"").arg(childPath(path, key)));
    }
    return true;
}

bool CalendarJsonReader::fail(const QString &message)
{
    m_error = message;
    return false;
}

} // namespace sd::core
