#pragma once

#include "businesscalendar.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <initializer_list>
#include <optional>

namespace sd::core {

// Validating reader of the calendar JSON (see BusinessCalendar). Every refusal names where
// the problem is as a path into the document, e.g. `duty.week.sat[1]`, so an admin editing
// the file by hand can find it.
class CalendarJsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarJsonReader)
    Q_DISABLE_COPY_MOVE(CalendarJsonReader)

public:
    static std::optional<BusinessCalendar> read(const QByteArray &json, QString *error);

private:
    using DayHours = BusinessCalendar::DayHours;
    using Schedule = BusinessCalendar::Schedule;

    CalendarJsonReader() = default;

    bool readCalendar(const QJsonObject &root, BusinessCalendar &calendar);
    bool readText(const QJsonObject &object, const QString &key, bool required, QString &text);
    bool readTimeZone(const QJsonObject &root, QTimeZone &zone);
    bool readSchedule(const QJsonObject &object, const QString &path, Schedule &schedule);
    bool readWeek(const QJsonValue &value, const QString &path, Schedule &schedule);
    bool readDates(const QJsonValue &value, const QString &path, Schedule &schedule);
    bool readDay(const QJsonValue &value, const QString &path, DayHours &hours);
    bool readInterval(const QJsonValue &value, const QString &path,
                      BusinessCalendar::Interval &interval);
    std::optional<int> readTime(const QJsonValue &value, const QString &path);
    bool checkKeys(const QJsonObject &object, const QString &path,
                   std::initializer_list<QStringView> allowed);
    bool fail(const QString &message);

    QString m_error;
};

} // namespace sd::core
