#include "csvwriter.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QDateTime>
#include <QSaveFile>

namespace sd::widgets {

namespace {

QString quoted(const QString &text, QChar separator)
{
    static const QString needsQuotes = QStringLiteral("\"\r\n");
    bool quote = text.contains(separator) || text.startsWith(u' ') || text.endsWith(u' ');
    for (const QChar c : needsQuotes)
        quote = quote || text.contains(c);
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString number(const QVariant &value, const QLocale &locale)
{
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float)
        return plain.toString(value.toDouble(), 'g', 15);
    return plain.toString(value.toLongLong());
}

} // namespace

QChar CsvWriter::separatorFor(const QLocale &locale)
{
    return locale.decimalPoint() == u"," ? u';' : u',';
}

QString CsvWriter::field(const QVariant &value, const QLocale &locale, QChar separator)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return number(value, locale);
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODate);
    default:
        break;
    }
    QString text = value.toString();
    if (!text.isEmpty() && QStringView(u"=+-@").contains(text.front()))
        text.prepend(u'\'');
    return quoted(text, separator);
}

QByteArray CsvWriter::toCsv(const QAbstractItemModel &model, const Options &options)
{
    QList<int> columns = options.columns;
    if (columns.isEmpty())
        for (int column = 0; column < model.columnCount(); ++column)
            columns.append(column);
    const QChar separator = separatorFor(options.locale);
    QString out;
    const auto line = [&](const auto &cell) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                out += separator;
            out += field(cell(columns[i]), options.locale, separator);
        }
        out += QStringLiteral("\r\n");
    };
    line([&](int column) {
        const QVariant header = model.headerData(column, Qt::Horizontal, options.role);
        return QVariant(header.isValid() ? header.toString()
                                         : model.headerData(column, Qt::Horizontal).toString());
    });
    for (int row = 0; row < model.rowCount(); ++row)
        line([&](int column) { return model.data(model.index(row, column), options.role); });
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

bool CsvWriter::write(const QAbstractItemModel &model, const Options &options, const QString &path,
                      QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(model, options)) < 0 ||
        !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace sd::widgets
