#include "jsontext.h"

#include <QCborValue>
#include <QJsonArray>
#include <QStringEncoder>

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <cmath>

namespace sd::storage {

namespace {

// The two-character escape of `c`, or 0 when it has none.
char shortEscape(char16_t c)
{
    switch (c) {
    case u'"':
        return '"';
    case u'\\':
        return '\\';
    case u'\b':
        return 'b';
    case u'\f':
        return 'f';
    case u'\n':
        return 'n';
    case u'\r':
        return 'r';
    case u'\t':
        return 't';
    default:
        return 0;
    }
}

// Control characters, quotes and backslashes are escaped, and so is a surrogate without its
// pair (QJsonDocument writes it as \udXXX rather than replacing it).
bool needsEscape(char16_t c)
{
    return c < 0x20 || c == u'"' || c == u'\\' || QChar::isSurrogate(c);
}

void appendUtf8(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size() * 3);
    QStringEncoder utf8(QStringEncoder::Utf8);
    const char *end = utf8.appendToBuffer(out.data() + start, text);
    out.truncate(end - out.constData());
}

void appendEscape(QByteArray &out, char16_t c)
{
    if (const char escape = shortEscape(c)) {
        out.append('\\').append(escape);
        return;
    }
    static const char hex[] = "0123456789abcdef";
    out.append("\\u", 2);
    for (const int shift : {12, 8, 4, 0})
        out.append(hex[(c >> shift) & 0xf]);
}

void appendEscaped(QByteArray &out, QStringView text)
{
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text[i + 1].unicode())) {
            ++i;
            continue;
        }
        if (!needsEscape(c))
            continue;
        appendUtf8(out, text.sliced(run, i - run));
        appendEscape(out, c);
        run = i + 1;
    }
    appendUtf8(out, text.sliced(run));
}

void appendNumber(QByteArray &out, const QJsonValue &value)
{
    // Integers and doubles print differently (1e+15 as a double, 1000000000000000 as an
    // integer) even when equal, so the stored kind decides, as in QJsonDocument.
    const QCborValue number = QCborValue::fromJsonValue(value);
    if (number.isInteger()) {
        out.append(QByteArray::number(number.toInteger()));
        return;
    }
    const double d = number.toDouble();
    if (std::isfinite(d))
        out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
    else
        out.append("null");
}

} // namespace

void JsonText::appendString(QByteArray &out, QStringView text)
{
    out.append('"');
    // Most strings need no escape: they are encoded straight into the buffer, since a
    // temporary UTF-8 copy of each cost as much as the rest of the writing.
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return needsEscape(c.unicode()); }))
        appendEscaped(out, text);
    else
        appendUtf8(out, text);
    out.append('"');
}

qsizetype JsonText::specialByte(QByteArrayView utf8, qsizetype from)
{
    const char *data = utf8.data();
    const qsizetype size = utf8.size();
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i lastControl = _mm_set1_epi8(0x1f);
    for (; i + 16 <= size; i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        // Unsigned bytes up to 0x1f are those the maximum with 0x1f leaves at 0x1f.
        const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(bytes, lastControl), lastControl);
        const __m128i special = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)), control);
        if (const int mask = _mm_movemask_epi8(special))
            return i + __builtin_ctz(unsigned(mask));
    }
#endif
    for (; i < size; ++i) {
        const auto c = uchar(data[i]);
        if (c == '"' || c == '\\' || c < 0x20)
            return i;
    }
    return size;
}

void JsonText::appendUtf8String(QByteArray &out, QByteArrayView utf8)
{
    out.append('"');
    qsizetype run = 0;
    for (qsizetype i = specialByte(utf8, 0); i < utf8.size(); i = specialByte(utf8, run)) {
        out.append(utf8.sliced(run, i - run));
        appendEscape(out, char16_t(uchar(utf8[i])));
        run = i + 1;
    }
    out.append(utf8.sliced(run)).append('"');
}

void JsonText::appendObject(QByteArray &out, const QJsonObject &object, QStringView leaveOut)
{
    out.append('{');
    bool first = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!leaveOut.isNull() && it.key() == leaveOut)
            continue;
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

} // namespace sd::storage
