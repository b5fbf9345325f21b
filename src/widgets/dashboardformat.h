#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace sd::widgets {

// How the dashboard spells report figures in the user's locale; "—" stands for a figure the
// server could not measure (no samples), which is not the same as zero.
class DashboardFormat final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardFormat)

public:
    static QString none();
    static QString count(int value, const QLocale &locale = {});
    // Whole minutes as "45 min" or "27 h 05 min" (business hours are not days of 24 h).
    static QString minutes(std::optional<double> value, const QLocale &locale = {});
    // A share 0..1 as a percentage with one decimal.
    static QString percent(std::optional<double> share, const QLocale &locale = {});
    static QString decimal(std::optional<double> value, int decimals, const QLocale &locale = {});
    static QString date(const QDate &day, const QLocale &locale = {});
    // The locale's short date without the year ("dd.MM", "M/d"), for chart axes.
    static QString dayMonthPattern(const QLocale &locale = {});
};

} // namespace sd::widgets
