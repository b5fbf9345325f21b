#pragma once

#include "productioncalendar.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace sd::core {

// The open-data CSV of the production calendar (data.gov.ru, Consultant; the format is in
// docs/production-calendar.md): a header row, then one row per year whose month columns list
// that month's days off of a five-day week, "*" marking a shortened working day and "+" a
// transferred day off. Total columns, when present, are checked against the lists.
class ProductionCalendarCsv final
{
    Q_DECLARE_TR_FUNCTIONS(ProductionCalendarCsv)

public:
    ProductionCalendarCsv() = delete;

    // See ProductionCalendar::read().
    static std::optional<ProductionCalendar> read(const QByteArray &data, int year, QString *error);
};

} // namespace sd::core
