#include "businesscalendar.h"

#include "calendarjsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace sd::core {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr std::array<QLatin1StringView, 7> weekdayKeys{
    QLatin1StringView("mon"), QLatin1StringView("tue"), QLatin1StringView("wed"),
    QLatin1StringView("thu"), QLatin1StringView("fri"), QLatin1StringView("sat"),
    QLatin1StringView("sun")};

// A JSON string literal with Qt's escaping, so names and notes survive any characters.
QString quoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString dayText(const BusinessCalendar::DayHours &hours)
{
    QStringList intervals;
    for (const auto &interval : hours)
        intervals.append(u"[\""_s + BusinessCalendar::timeText(interval.startMinute) + u"\", \""_s +
                         BusinessCalendar::timeText(interval.endMinute) + u"\"]"_s);
    return u'[' + intervals.join(u", "_s) + u']';
}

// One day per line, as admins read and diff calendar files; QJsonDocument would sort the
// weekdays alphabetically and spread every interval over four lines.
QString scheduleText(const BusinessCalendar::Schedule &schedule, const QString &indent)
{
    const QString inner = indent + u"    "_s;
    QStringList week;
    for (int day = 0; day < 7; ++day)
        week.append(inner + u'"' + BusinessCalendar::weekdayKey(day) + u"\": "_s +
                    dayText(schedule.week[day]));
    QStringList dates;
    for (auto it = schedule.dates.begin(); it != schedule.dates.end(); ++it)
        dates.append(inner + u'"' + it.key().toString(Qt::ISODate) + u"\": "_s +
                     dayText(it.value()));
    const QString datesBody =
        dates.isEmpty() ? u"{}"_s : u"{\n"_s + dates.join(u",\n"_s) + u'\n' + indent + u'}';
    return indent + u"\"week\": {\n"_s + week.join(u",\n"_s) + u'\n' + indent + u"},\n"_s + indent +
           u"\"dates\": "_s + datesBody;
}

BusinessCalendar::DayHours merged(BusinessCalendar::DayHours hours)
{
    std::sort(hours.begin(), hours.end(),
              [](const auto &a, const auto &b) { return a.startMinute < b.startMinute; });
    BusinessCalendar::DayHours out;
    for (const auto &interval : std::as_const(hours)) {
        if (!out.isEmpty() && interval.startMinute <= out.last().endMinute)
            out.last().endMinute = std::max(out.last().endMinute, interval.endMinute);
        else
            out.append(interval);
    }
    return out;
}

} // namespace

const BusinessCalendar::DayHours &BusinessCalendar::Schedule::hoursOn(QDate date) const
{
    const auto it = dates.constFind(date);
    return it != dates.constEnd() ? it.value() : week[date.dayOfWeek() - 1];
}

std::optional<BusinessCalendar> BusinessCalendar::fromJson(const QByteArray &json, QString *error)
{
    return CalendarJsonReader::read(json, error);
}

QByteArray BusinessCalendar::toJson() const
{
    const QString indent = u"    "_s;
    QString out = u"{\n"_s + indent + u"\"name\": "_s + quoted(m_name) + u",\n"_s;
    if (!m_note.isEmpty())
        out += indent + u"\"note\": "_s + quoted(m_note) + u",\n"_s;
    out += indent + u"\"time_zone\": "_s + quoted(QString::fromUtf8(m_timeZone.id())) + u",\n"_s +
           scheduleText(m_working, indent);
    if (m_duty)
        out += u",\n"_s + indent + u"\"duty\": {\n"_s + scheduleText(*m_duty, indent + indent) +
               u'\n' + indent + u'}';
    out += u"\n}\n"_s;
    return out.toUtf8();
}

BusinessCalendar::DayHours BusinessCalendar::hoursOn(QDate date, bool critical) const
{
    if (!critical || !m_duty)
        return merged(m_working.hoursOn(date));
    return merged(m_working.hoursOn(date) + m_duty->hoursOn(date));
}

BusinessCalendar BusinessCalendar::withDates(QMap<QDate, DayHours> working,
                                             QMap<QDate, DayHours> duty) const
{
    BusinessCalendar copy = *this;
    copy.m_working.dates = std::move(working);
    if (copy.m_duty)
        copy.m_duty->dates = std::move(duty);
    return copy;
}

bool BusinessCalendar::operator==(const BusinessCalendar &other) const
{
    return m_name == other.m_name && m_note == other.m_note &&
           m_timeZone.id() == other.m_timeZone.id() && m_working == other.m_working &&
           m_duty == other.m_duty;
}

QLatin1StringView BusinessCalendar::weekdayKey(int index)
{
    return weekdayKeys.at(index);
}

QString BusinessCalendar::timeText(int minuteOfDay)
{
    return QStringLiteral("%1:%2")
        .arg(minuteOfDay / 60, 2, 10, QChar(u'0'))
        .arg(minuteOfDay % 60, 2, 10, QChar(u'0'));
}

} // namespace sd::core
