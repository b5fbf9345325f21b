#include "jsontext.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace sd::server {

namespace {

// Escapes for the characters JSON does not allow raw in a string; 0: copy the byte.
char shortEscape(uchar c)
{
    switch (c) {
    case '"':
        return '"';
    case '\\':
        return '\\';
    case '\b':
        return 'b';
    case '\f':
        return 'f';
    case '\n':
        return 'n';
    case '\r':
        return 'r';
    case '\t':
        return 't';
    default:
        return 0;
    }
}

void appendEscaped(QByteArray &out, const QByteArray &utf8)
{
    const char *begin = utf8.constData();
    const char *end = begin + utf8.size();
    const char *run = begin;
    for (const char *p = begin; p != end; ++p) {
        const auto c = uchar(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        if (const char escape = shortEscape(c)) {
            out.append('\\').append(escape);
        } else {
            static const char hex[] = "0123456789abcdef";
            out.append("\\u00", 4).append(hex[c >> 4]).append(hex[c & 0xf]);
        }
        run = p + 1;
    }
    out.append(run, end - run);
}

void appendNumber(QByteArray &out, const QJsonValue &value)
{
    const double number = value.toDouble();
    constexpr qint64 NotWhole = std::numeric_limits<qint64>::min();
    if (const qint64 whole = value.toInteger(NotWhole); whole != NotWhole)
        out.append(QByteArray::number(whole));
    else if (std::isfinite(number))
        out.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
    else
        out.append("null"); // as QJsonDocument writes infinities and NaN
}

} // namespace

void JsonText::appendString(QByteArray &out, QStringView text)
{
    out.append('"');
    appendEscaped(out, text.toUtf8());
    out.append('"');
}

void JsonText::appendObject(QByteArray &out, const QJsonObject &object)
{
    out.append('{');
    bool first = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!first)
            out.append(',');
        first = false;
        appendString(out, it.key());
        out.append(':');
        appendValue(out, it.value());
    }
    out.append('}');
}

void JsonText::appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double:
        appendNumber(out, value);
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendValue(out, array.at(i));
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object:
        appendObject(out, value.toObject());
        break;
    }
}

} // namespace sd::server
