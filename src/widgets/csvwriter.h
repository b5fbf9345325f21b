#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QLocale>

class QAbstractItemModel;

namespace sd::widgets {

// Writes a table model as CSV that Excel opens as it is: UTF-8 with a byte-order mark (or
// Cyrillic turns into mojibake), CRLF line ends, the separator Excel expects for the locale
// (";" where the decimal separator is a comma), numbers with the locale's decimal separator
// and no grouping, dates as ISO 8601, and RFC 4180 quoting. Text that Excel would run as a
// formula (=, +, -, @ first: a customer's subject) is prefixed with an apostrophe.
class CsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    struct Options
    {
        QLocale locale;
        // Which role gives each cell and, when the model answers it, each header.
        int role = Qt::DisplayRole;
        // Model columns to write, in this order; empty: all.
        QList<int> columns;
    };

    static QChar separatorFor(const QLocale &locale);
    static QByteArray toCsv(const QAbstractItemModel &model, const Options &options);
    static bool write(const QAbstractItemModel &model, const Options &options, const QString &path,
                      QString *error);
    static QString field(const QVariant &value, const QLocale &locale, QChar separator);
};

} // namespace sd::widgets
