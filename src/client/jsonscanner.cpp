#include "jsonscanner.h"

#include "storage/jsontext.h"

namespace sd::client {

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of the four hex digits at `at` (checked by the scanner beforehand).
char32_t codeUnit(const char *at)
{
    char32_t unit = 0;
    for (int i = 0; i < 4; ++i)
        unit = unit << 4 | char32_t(hexDigit(at[i]));
    return unit;
}

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xc0 | c >> 6)).append(char(0x80 | (c & 0x3f)));
    } else if (c < 0x10000) {
        out.append(char(0xe0 | c >> 12))
            .append(char(0x80 | (c >> 6 & 0x3f)))
            .append(char(0x80 | (c & 0x3f)));
    } else {
        out.append(char(0xf0 | c >> 18))
            .append(char(0x80 | (c >> 12 & 0x3f)))
            .append(char(0x80 | (c >> 6 & 0x3f)))
            .append(char(0x80 | (c & 0x3f)));
    }
}

bool isHighSurrogate(char32_t c)
{
    return c >= 0xd800 && c < 0xdc00;
}

bool isLowSurrogate(char32_t c)
{
    return c >= 0xdc00 && c < 0xe000;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

bool JsonScanner::fail()
{
    m_failed = true;
    return false;
}

void JsonScanner::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return;
        ++m_pos;
    }
}

char JsonScanner::peek()
{
    skipSpace();
    return m_failed || m_pos >= m_text.size() ? 0 : m_text[m_pos];
}

bool JsonScanner::atEnd()
{
    return peek() == 0 && !m_failed;
}

bool JsonScanner::beginObject()
{
    if (peek() != '{')
        return fail();
    ++m_pos;
    return true;
}

bool JsonScanner::beginArray()
{
    if (peek() != '[')
        return fail();
    ++m_pos;
    return true;
}

// Whether the next member or element needs a comma first: not right after the opening.
bool JsonScanner::separatorFollows(char opening)
{
    qsizetype back = m_pos - 1;
    while (back >= 0 && (m_text[back] == ' ' || m_text[back] == '\n' || m_text[back] == '\r' ||
                         m_text[back] == '\t'))
        --back;
    return back < 0 || m_text[back] != opening;
}

bool JsonScanner::nextMember(String *key)
{
    const bool separated = separatorFollows('{');
    const char c = peek();
    if (c == '}') {
        ++m_pos;
        return false;
    }
    if (separated) {
        if (c != ',')
            return fail();
        ++m_pos;
    }
    if (!readString(key))
        return false;
    if (peek() != ':')
        return fail();
    ++m_pos;
    return true;
}

bool JsonScanner::nextElement()
{
    const bool separated = separatorFollows('[');
    const char c = peek();
    if (c == ']') {
        ++m_pos;
        return false;
    }
    if (separated) {
        if (c != ',')
            return fail();
        ++m_pos;
    }
    return peek() != 0 || fail();
}

bool JsonScanner::readString(String *value)
{
    if (peek() != '"')
        return fail();
    return skipString(value);
}

bool JsonScanner::skipString(String *value)
{
    const char *data = m_text.data();
    const qsizetype size = m_text.size();
    const qsizetype start = m_pos;
    qsizetype i = start + 1;
    bool escaped = false;
    for (;;) {
        // Most of a page is string content: this is where the scanner spends its time.
        i = storage::JsonText::specialByte(m_text, i);
        if (i >= size || uchar(data[i]) < 0x20)
            return fail();
        if (data[i] == '"')
            break;
        escaped = true;
        m_pos = i;
        if (!skipEscape())
            return false;
        i = m_pos;
    }
    if (value)
        *value = String{m_text.sliced(start + 1, i - start - 1), escaped};
    m_pos = i + 1;
    return true;
}

bool JsonScanner::skipEscape()
{
    // At the backslash.
    if (m_pos + 1 >= m_text.size())
        return fail();
    switch (m_text[m_pos + 1]) {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
        m_pos += 2;
        return true;
    case 'u':
        if (m_pos + 6 > m_text.size())
            return fail();
        for (int i = 2; i < 6; ++i)
            if (hexDigit(m_text[m_pos + i]) < 0)
                return fail();
        m_pos += 6;
        return true;
    default:
        return fail();
    }
}

bool JsonScanner::skipNumber(QByteArrayView *number)
{
    const qsizetype start = m_pos;
    const qsizetype size = m_text.size();
    const auto digits = [&] {
        const qsizetype from = m_pos;
        while (m_pos < size && isDigit(m_text[m_pos]))
            ++m_pos;
        return m_pos > from;
    };
    if (m_pos < size && m_text[m_pos] == '-')
        ++m_pos;
    if (m_pos < size && m_text[m_pos] == '0')
        ++m_pos;
    else if (!digits())
        return fail();
    if (m_pos < size && m_text[m_pos] == '.') {
        ++m_pos;
        if (!digits())
            return fail();
    }
    if (m_pos < size && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < size && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
            ++m_pos;
        if (!digits())
            return fail();
    }
    if (number)
        *number = m_text.sliced(start, m_pos - start);
    return true;
}

bool JsonScanner::skipLiteral(QByteArrayView word)
{
    if (m_text.size() - m_pos < word.size() || m_text.sliced(m_pos, word.size()) != word)
        return fail();
    m_pos += word.size();
    return true;
}

bool JsonScanner::skipNull()
{
    if (peek() != 'n')
        return false;
    return skipLiteral("null");
}

bool JsonScanner::readInteger(qint64 *value)
{
    peek();
    QByteArrayView number;
    if (!skipNumber(&number))
        return false;
    bool ok = false;
    *value = number.toLongLong(&ok);
    if (ok)
        return true;
    // 5.0 or 1e3: whole values written as doubles, as QJsonValue::toInteger() accepts them.
    const double d = number.toDouble(&ok);
    if (!ok || d != double(qint64(d)) || d < -9.2e18 || d > 9.2e18)
        return fail();
    *value = qint64(d);
    return true;
}

bool JsonScanner::skipValue()
{
    switch (peek()) {
    case '"':
        return skipString(nullptr);
    case '{':
    case '[':
        return skipNested();
    case 't':
        return skipLiteral("true");
    case 'f':
        return skipLiteral("false");
    case 'n':
        return skipLiteral("null");
    case 0:
        return fail();
    default:
        return skipNumber(nullptr);
    }
}

bool JsonScanner::skipNested()
{
    // Iterative, with the open containers on a bounded stack: hostile nesting cannot exhaust
    // the call stack.
    char open[MaxDepth];
    int depth = 0;
    String key;
    for (;;) {
        const char c = peek();
        if (c == '{' || c == '[') {
            if (depth == MaxDepth)
                return fail();
            open[depth++] = c;
            ++m_pos;
        } else if (!skipValue()) {
            return false;
        }
        // On to the next value, past every container that ends here.
        for (;;) {
            if (depth == 0)
                return true;
            const bool more = open[depth - 1] == '{' ? nextMember(&key) : nextElement();
            if (m_failed)
                return false;
            if (more)
                break;
            --depth;
        }
    }
}

QByteArray JsonScanner::unescaped(QByteArrayView raw)
{
    QByteArray out;
    out.reserve(raw.size());
    const qsizetype size = raw.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (raw[i] != '\\' || i + 1 >= size) {
            out.append(raw[i]);
            continue;
        }
        switch (raw[++i]) {
        case 'b':
            out.append('\b');
            continue;
        case 'f':
            out.append('\f');
            continue;
        case 'n':
            out.append('\n');
            continue;
        case 'r':
            out.append('\r');
            continue;
        case 't':
            out.append('\t');
            continue;
        case 'u':
            break;
        default: // " \\ /
            out.append(raw[i]);
            continue;
        }
        if (i + 4 >= size)
            break;
        char32_t unit = codeUnit(raw.data() + i + 1);
        i += 4;
        if (isHighSurrogate(unit) && i + 6 < size && raw[i + 1] == '\\' && raw[i + 2] == 'u') {
            const char32_t low = codeUnit(raw.data() + i + 3);
            if (isLowSurrogate(low)) {
                unit = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                i += 6;
            }
        }
        appendUtf8(out, isHighSurrogate(unit) || isLowSurrogate(unit) ? U'\ufffd' : unit);
    }
    return out;
}

bool JsonScanner::keyIs(const String &key, QByteArrayView name)
{
    return key.escaped ? unescaped(key.raw) == name : key.raw == name;
}

} // namespace sd::client
