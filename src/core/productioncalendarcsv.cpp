#include "productioncalendarcsv.h"

#include <QSet>
#include <QStringDecoder>
#include <array>
#include <cmath>

namespace sd::core {

namespace {

using namespace Qt::Literals::StringLiterals;

using Days = ProductionCalendar::Days;

const std::array<QString, 12> MonthColumns{u"Январь"_s,   u"Февраль"_s, u"Март"_s,   u"Апрель"_s,
                                           u"Май"_s,      u"Июнь"_s,    u"Июль"_s,   u"Август"_s,
                                           u"Сентябрь"_s, u"Октябрь"_s, u"Ноябрь"_s, u"Декабрь"_s};
const QString YearColumn = u"Год/Месяц"_s;
const QString WorkingDaysColumn = u"Всего рабочих дней"_s;
const QString DaysOffColumn = u"Всего праздничных и выходных дней"_s;
const QString HoursColumn = u"Количество рабочих часов при 40-часовой рабочей неделе"_s;

struct CsvRecord
{
    int line = 0; // where the record starts, counting from 1
    QStringList fields;
};

// The columns the importer reads, -1 when the header lacks an optional one.
struct CsvColumns
{
    int year = -1;
    std::array<int, 12> months{};
    int workingDays = -1;
    int daysOff = -1;
    int hours = -1;
    qsizetype count = 0;
};

// Open-data files use commas; a file saved from a spreadsheet in a Russian locale uses
// semicolons. Whichever comes first outside quotes on the first line decides.
QChar csvDelimiter(const QString &text)
{
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u',' || c == u';'))
            return c;
        else if (!quoted && c == u'\n')
            break;
    }
    return u',';
}

bool isBlank(const CsvRecord &record)
{
    return record.fields.size() == 1 && record.fields.constFirst().trimmed().isEmpty();
}

// RFC 4180 records: quoted fields may hold delimiters, doubled quotes and line breaks.
std::optional<QList<CsvRecord>> csvRecords(const QString &text, QString *error)
{
    const QChar delimiter = csvDelimiter(text);
    QList<CsvRecord> records;
    CsvRecord current{1, {}};
    QString field;
    bool quoted = false;
    int line = 1;
    int quoteLine = 0;
    const auto endRecord = [&] {
        current.fields.append(field);
        field.clear();
        if (!isBlank(current))
            records.append(current);
        current = {line, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n')
            ++line;
        if (quoted) {
            if (c != u'"')
                field += c;
            else if (i + 1 < text.size() && text.at(i + 1) == u'"')
                field += text.at(++i);
            else
                quoted = false;
        } else if (c == u'"') {
            quoted = true;
            quoteLine = line;
        } else if (c == delimiter) {
            current.fields.append(field);
            field.clear();
        } else if (c == u'\n') {
            endRecord();
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (quoted) {
        *error = ProductionCalendarCsv::tr("line %1: a quoted field is not closed").arg(quoteLine);
        return std::nullopt;
    }
    endRecord();
    return records;
}

int columnNamed(const QStringList &header, const QString &name)
{
    for (qsizetype i = 0; i < header.size(); ++i)
        if (header.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    return -1;
}

std::optional<CsvColumns> csvColumns(const CsvRecord &header, QString *error)
{
    CsvColumns columns;
    columns.count = header.fields.size();
    const auto require = [&](const QString &name) {
        const int column = columnNamed(header.fields, name);
        if (column < 0)
            *error = ProductionCalendarCsv::tr("line %1: the header has no column \"%2\"")
                         .arg(header.line)
                         .arg(name);
        return column;
    };
    if ((columns.year = require(YearColumn)) < 0)
        return std::nullopt;
    for (int month = 0; month < 12; ++month)
        if ((columns.months[month] = require(MonthColumns[month])) < 0)
            return std::nullopt;
    columns.workingDays = columnNamed(header.fields, WorkingDaysColumn);
    columns.daysOff = columnNamed(header.fields, DaysOffColumn);
    columns.hours = columnNamed(header.fields, HoursColumn);
    return columns;
}

QString cellPlace(const CsvRecord &record, const QString &column)
{
    return ProductionCalendarCsv::tr("line %1, column \"%2\"").arg(record.line).arg(column);
}

// The year of each data row; refuses short rows, bad years and a year given twice.
std::optional<QList<int>> csvYears(const QList<CsvRecord> &rows, const CsvColumns &columns,
                                   QString *error)
{
    QList<int> years;
    for (const CsvRecord &row : rows) {
        if (row.fields.size() != columns.count) {
            *error = ProductionCalendarCsv::tr("line %1: %2 fields, but the header has %3")
                         .arg(row.line)
                         .arg(row.fields.size())
                         .arg(columns.count);
            return std::nullopt;
        }
        const QString text = row.fields.at(columns.year).trimmed();
        bool ok = false;
        const int year = text.toInt(&ok);
        if (!ok || year < ProductionCalendar::FirstYear || year > ProductionCalendar::LastYear) {
            *error = ProductionCalendarCsv::tr("%1: \"%2\" is not a year")
                         .arg(cellPlace(row, YearColumn), text);
            return std::nullopt;
        }
        if (years.contains(year)) {
            *error = ProductionCalendarCsv::tr("line %1: the year %2 is listed again")
                         .arg(row.line)
                         .arg(year);
            return std::nullopt;
        }
        years.append(year);
    }
    return years;
}

// The index of the row of `year`, or of the only year when `year` is 0; -1 if there is none.
qsizetype csvRowOf(const QList<int> &years, int year, QString *error)
{
    QStringList listed;
    for (const int each : years)
        listed.append(QString::number(each));
    if (years.isEmpty()) {
        *error = ProductionCalendarCsv::tr("the file has a header but no year");
        return -1;
    }
    if (year == 0 && years.size() > 1) {
        *error = ProductionCalendarCsv::tr("the file holds the years %1; say which one to import")
                     .arg(listed.join(u", "_s));
        return -1;
    }
    const qsizetype index = year == 0 ? 0 : years.indexOf(year);
    if (index < 0)
        *error = ProductionCalendarCsv::tr("the file has no row for %1 (it holds %2)")
                     .arg(year)
                     .arg(listed.join(u", "_s));
    return index;
}

// What a row's month columns say, counted as its total columns count.
struct CsvTally
{
    int daysOff = 0;
    int shortened = 0;
};

bool readCsvMonth(const CsvRecord &row, int month, const CsvColumns &columns, Days &days,
                  QSet<QDate> &listed, CsvTally &tally, QString *error)
{
    const QString place = cellPlace(row, MonthColumns[month - 1]);
    const QStringList tokens = row.fields.at(columns.months[month - 1]).split(u',');
    for (const QString &raw : tokens) {
        const QString token = raw.trimmed();
        if (token.isEmpty())
            continue;
        const QChar marker = token.back();
        const bool marked = marker == u'*' || marker == u'+';
        const QString number = marked ? token.chopped(1) : token;
        bool ok = number.size() <= 2;
        const int day = ok ? number.toInt(&ok) : 0;
        const QDate date(days.year, month, ok ? day : 1);
        if (!ok || number.startsWith(u'+') || number.startsWith(u'-')) {
            *error =
                ProductionCalendarCsv::tr("%1: \"%2\" is not a day; expected a day of the month, "
                                          "maybe followed by * (shortened day) or + "
                                          "(transferred day off)")
                    .arg(place, token);
            return false;
        }
        if (!date.isValid()) {
            *error = ProductionCalendarCsv::tr("%1: there is no day %2 in that month of %3")
                         .arg(place)
                         .arg(day)
                         .arg(days.year);
            return false;
        }
        if (listed.contains(date)) {
            *error = ProductionCalendarCsv::tr("%1: day %2 is listed twice").arg(place).arg(day);
            return false;
        }
        listed.insert(date);
        if (marker == u'*') {
            ++tally.shortened;
            days.shortened.append(date);
            if (date.dayOfWeek() >= Qt::Saturday)
                days.workingWeekends.append(date);
            continue;
        }
        ++tally.daysOff;
        if (date.dayOfWeek() < Qt::Saturday)
            days.holidays.append(date);
    }
    return true;
}

// A total column, when the file has it, must agree with the month columns: a typo in a day
// list shows up here instead of as a wrong deadline months later.
bool checkCsvTotal(const CsvRecord &row, int column, const QString &name, double expected,
                   QString *error)
{
    if (column < 0 || row.fields.at(column).trimmed().isEmpty())
        return true;
    const QString text = row.fields.at(column).trimmed();
    bool ok = false;
    const double stated = QString(text).replace(u',', u'.').toDouble(&ok);
    if (ok && std::abs(stated - expected) < 0.001)
        return true;
    *error = ProductionCalendarCsv::tr("%1: the file says %2, but its month columns give %3")
                 .arg(cellPlace(row, name), text, QString::number(expected));
    return false;
}

bool readCsvRow(const CsvRecord &row, const CsvColumns &columns, Days &days, QString *error)
{
    QSet<QDate> listed;
    CsvTally tally;
    for (int month = 1; month <= 12; ++month)
        if (!readCsvMonth(row, month, columns, days, listed, tally, error))
            return false;
    // The list names every day off of a five-day week: a weekend day missing from it is a
    // working one.
    const QDate first(days.year, 1, 1);
    for (QDate date = first; date.year() == days.year; date = date.addDays(1))
        if (date.dayOfWeek() >= Qt::Saturday && !listed.contains(date))
            days.workingWeekends.append(date);
    std::sort(days.workingWeekends.begin(), days.workingWeekends.end());
    const int workingDays = first.daysInYear() - tally.daysOff;
    return checkCsvTotal(row, columns.workingDays, WorkingDaysColumn, workingDays, error) &&
           checkCsvTotal(row, columns.daysOff, DaysOffColumn, tally.daysOff, error) &&
           checkCsvTotal(row, columns.hours, HoursColumn, workingDays * 8.0 - tally.shortened,
                         error);
}

} // namespace

std::optional<ProductionCalendar> ProductionCalendarCsv::read(const QByteArray &data, int year,
                                                              QString *error)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(data);
    if (decoder.hasError()) {
        *error = tr("the file is not UTF-8 text; save it as UTF-8");
        return std::nullopt;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    auto records = csvRecords(text, error);
    if (!records)
        return std::nullopt;
    if (records->isEmpty()) {
        *error = tr("the file is empty");
        return std::nullopt;
    }
    const auto columns = csvColumns(records->takeFirst(), error);
    if (!columns)
        return std::nullopt;
    const auto years = csvYears(*records, *columns, error);
    if (!years)
        return std::nullopt;
    const qsizetype row = csvRowOf(*years, year, error);
    if (row < 0)
        return std::nullopt;
    Days days;
    days.year = years->at(row);
    if (!readCsvRow(records->at(row), *columns, days, error))
        return std::nullopt;
    return ProductionCalendar(std::move(days));
}

} // namespace sd::core
