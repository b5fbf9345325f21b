#include "dashboardformat.h"

#include <QRegularExpression>

#include <cmath>

namespace sd::widgets {

QString DashboardFormat::none()
{
    return QStringLiteral("—");
}

QString DashboardFormat::count(int value, const QLocale &locale)
{
    return locale.toString(value);
}

QString DashboardFormat::minutes(std::optional<double> value, const QLocale &locale)
{
    if (!value)
        return none();
    const qint64 whole = qint64(std::llround(*value));
    if (whole < 60)
        return tr("%1 min").arg(locale.toString(whole));
    return tr("%1 h %2 min")
        .arg(locale.toString(whole / 60))
        .arg(whole % 60, 2, 10, QLatin1Char('0'));
}

QString DashboardFormat::percent(std::optional<double> share, const QLocale &locale)
{
    if (!share)
        return none();
    return tr("%1 %").arg(locale.toString(*share * 100.0, 'f', 1));
}

QString DashboardFormat::decimal(std::optional<double> value, int decimals, const QLocale &locale)
{
    if (!value)
        return none();
    return locale.toString(*value, 'f', decimals);
}

QString DashboardFormat::date(const QDate &day, const QLocale &locale)
{
    return day.isValid() ? locale.toString(day, QLocale::ShortFormat) : none();
}

QString DashboardFormat::dayMonthPattern(const QLocale &locale)
{
    QString pattern = locale.dateFormat(QLocale::ShortFormat);
    // The year with the separator next to it: "dd.MM.yyyy" -> "dd.MM", "yyyy-MM-dd" -> "MM-dd".
    static const QRegularExpression year(QStringLiteral("[^dMy]*y+[^dMy]*"));
    const QRegularExpressionMatch match = year.match(pattern);
    if (match.hasMatch()) {
        const bool atStart = match.capturedStart() == 0;
        const bool atEnd = match.capturedEnd() == pattern.size();
        QString cut = match.captured();
        if (!atStart && !atEnd) {
            // Between day and month ("d. y. M"): keep one separator.
            static const QRegularExpression tail(QStringLiteral("y+[^dMy]*$"));
            cut.remove(tail);
            pattern.replace(match.capturedStart(), match.capturedLength(), cut);
        } else {
            pattern.remove(match.capturedStart(), match.capturedLength());
        }
    }
    return pattern.trimmed().isEmpty() ? QStringLiteral("dd.MM") : pattern.trimmed();
}

} // namespace sd::widgets
