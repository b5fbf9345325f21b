#include "requestframer.h"

#include <QUrl>

#include <algorithm>
#include <limits>

namespace sd::server {

namespace {

constexpr qint64 Unbounded = std::numeric_limits<qint64>::max();

// RFC 9110 tchar: what a method or a header name is made of.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

// What Qt's parser skips before a request line (RFC 9112 2.2 allows empty lines there).
bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v';
}

// Control characters other than tab have no place in a header line; a lone CR in particular
// is read as a line end by some parsers and not by others.
bool hasControl(QByteArrayView text)
{
    return std::any_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<uchar>(c);
        return (u < 0x20 && c != '\t') || u == 0x7f;
    });
}

// A number in the given base from digits only; -1 for anything else, Unbounded when it does
// not fit (a size that large is refused as too large, not as malformed).
qint64 parseNumber(QByteArrayView digits, int base)
{
    if (digits.isEmpty())
        return -1;
    qint64 value = 0;
    for (const char c : digits) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (base == 16 && c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (base == 16 && c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return -1;
        if (value > (Unbounded - digit) / base)
            value = Unbounded;
        else if (value != Unbounded)
            value = value * base + digit;
    }
    return value;
}

QByteArrayView withoutCarriageReturn(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

} // namespace

RequestFramer::RequestFramer(LimitFor limitFor) : m_limitFor(std::move(limitFor)) {}

RequestFramer::Step RequestFramer::feed(QByteArrayView input, QByteArray *admitted)
{
    qsizetype used = 0;
    while (used < input.size() && m_state != State::Refused && m_state != State::AwaitingSwitch) {
        const QByteArrayView rest = input.sliced(used);
        switch (m_state) {
        case State::Idle:
            used += skipBlank(rest);
            break;
        case State::Head:
            used += readHead(rest);
            if (m_headComplete) {
                m_headComplete = false;
                if (!acceptHead())
                    break;
                admitted->append(m_buffer);
                m_buffer.clear();
                return {Outcome::HeadAccepted, used};
            }
            break;
        case State::FixedBody:
            used += readFixedBody(rest, admitted);
            break;
        case State::ChunkSize:
            used += readChunkSize(rest, admitted);
            break;
        case State::ChunkData:
            used += readChunkData(rest, admitted);
            break;
        case State::ChunkEnd:
        case State::LastChunkEnd:
            used += readChunkEnd(rest, admitted);
            break;
        case State::Upgraded:
            admitted->append(rest);
            used = input.size();
            break;
        case State::AwaitingSwitch:
        case State::Refused:
            break;
        }
    }
    return {m_state == State::Refused ? Outcome::Refused : Outcome::NeedMore, used};
}

void RequestFramer::switchAnswered(bool switched)
{
    if (m_state == State::AwaitingSwitch)
        m_state = switched ? State::Upgraded : State::Idle;
}

qsizetype RequestFramer::skipBlank(QByteArrayView input)
{
    qsizetype skipped = 0;
    while (skipped < input.size() && isBlank(input[skipped]))
        ++skipped;
    m_blankSkipped += skipped;
    if (m_blankSkipped > HeadLimit) {
        refuse(Refusal::Malformed);
    } else if (skipped < input.size()) {
        m_state = State::Head;
        m_buffer.clear();
        m_lineStart = 0;
    }
    return skipped;
}

qsizetype RequestFramer::readHead(QByteArrayView input)
{
    qsizetype used = 0;
    while (used < input.size()) {
        const qsizetype newline = input.indexOf('\n', used);
        const qsizetype end = newline < 0 ? input.size() : newline + 1;
        m_buffer.append(input.sliced(used, end - used));
        used = end;
        if (m_buffer.size() > HeadLimit) {
            refuse(Refusal::HeadTooLarge, HeadLimit);
            break;
        }
        if (newline < 0)
            break;
        // Like Qt's parser, a line holding nothing or only CR ends the head.
        const QByteArrayView line = QByteArrayView(m_buffer).sliced(m_lineStart);
        if (m_lineStart > 0 && (line == "\n" || line == "\r\n")) {
            m_headComplete = true;
            break;
        }
        m_lineStart = m_buffer.size();
    }
    return used;
}

bool RequestFramer::acceptHead()
{
    m_head = {};
    m_version.clear();
    m_contentLengths.clear();
    m_transferEncodings.clear();
    m_expect.clear();
    m_connection.clear();
    m_upgrades.clear();

    const QByteArrayView head(m_buffer);
    qsizetype start = 0;
    bool requestLine = true;
    while (start < head.size()) {
        const qsizetype newline = head.indexOf('\n', start);
        const QByteArrayView line = withoutCarriageReturn(head.sliced(start, newline - start));
        start = newline + 1;
        if (line.isEmpty() && !requestLine)
            break;
        if (!(requestLine ? parseRequestLine(line) : parseHeaderLine(line))) {
            refuse(Refusal::Malformed);
            return false;
        }
        requestLine = false;
    }
    return decideBody();
}

bool RequestFramer::parseRequestLine(QByteArrayView line)
{
    // Qt's parser takes runs of spaces as one separator; so does this.
    QList<QByteArrayView> parts;
    qsizetype start = 0;
    while (start < line.size()) {
        qsizetype space = line.indexOf(' ', start);
        if (space < 0)
            space = line.size();
        if (space > start)
            parts.append(line.sliced(start, space - start));
        start = space + 1;
    }
    if (parts.size() != 3 || !isToken(parts[0]) || hasControl(parts[1]))
        return false;
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0")
        return false;
    m_head.method = parts[0].toByteArray();
    // The router matches the decoded path, so the limit is looked up by the same one.
    m_head.path = QUrl::fromEncoded(parts[1].toByteArray()).path().toUtf8();
    m_version = parts[2].toByteArray();
    return true;
}

bool RequestFramer::parseHeaderLine(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    // A line starting with whitespace would be an obsolete folded continuation, and a space
    // before the colon is not part of any token: both are refused (RFC 9112 5.1, 5.2).
    if (colon <= 0 || !isToken(line.first(colon)))
        return false;
    const QByteArrayView value = line.sliced(colon + 1).trimmed();
    if (hasControl(value))
        return false;
    const QByteArray name = line.first(colon).toByteArray().toLower();
    if (name == "content-length")
        m_contentLengths.append(value.toByteArray());
    else if (name == "transfer-encoding")
        m_transferEncodings.append(value.toByteArray());
    else if (name == "expect")
        m_expect = value.toByteArray();
    else if (name == "connection")
        m_connection += value.toByteArray().toLower() + ',';
    else if (name == "upgrade")
        m_upgrades.append(value.toByteArray());
    else if (name == "accept-language")
        m_head.acceptLanguage = value.toByteArray();
    return true;
}

bool RequestFramer::decideBody()
{
    m_chunked = !m_transferEncodings.isEmpty();
    const bool oneChunkedCoding =
        m_transferEncodings.size() == 1 &&
        m_transferEncodings.first().compare("chunked", Qt::CaseInsensitive) == 0;
    const bool lengthsAgree = std::all_of(
        m_contentLengths.cbegin(), m_contentLengths.cend(),
        [this](const QByteArray &length) { return length == m_contentLengths.first(); });
    const qint64 length =
        m_contentLengths.isEmpty() ? 0 : parseNumber(m_contentLengths.first(), 10);
    if ((m_chunked &&
         (!oneChunkedCoding || !m_contentLengths.isEmpty() || m_version != "HTTP/1.1")) ||
        !lengthsAgree || length < 0 || m_upgrades.size() > 1) {
        refuse(Refusal::Malformed);
        return false;
    }
    m_head.bodyLimit = std::max<qint64>(0, m_limitFor(m_head.method, m_head.path));
    if (length > m_head.bodyLimit) {
        refuse(Refusal::BodyTooLarge, m_head.bodyLimit);
        return false;
    }
    // The same test Qt's parser makes before it hands the socket to its WebSocket server.
    m_upgrade = m_connection.contains("upgrade") && m_upgrades.size() == 1 &&
                m_upgrades.first().compare("websocket", Qt::CaseInsensitive) == 0;
    m_head.expectsContinue = m_version == "HTTP/1.1" && (m_chunked || length > 0) &&
                             m_expect.compare("100-continue", Qt::CaseInsensitive) == 0;
    m_bodyBytes = 0;
    m_wireBytes = 0;
    if (m_chunked) {
        m_state = State::ChunkSize;
    } else if (length > 0) {
        m_state = State::FixedBody;
        m_remaining = length;
    } else {
        finishRequest();
    }
    return true;
}

qsizetype RequestFramer::readFixedBody(QByteArrayView input, QByteArray *admitted)
{
    const qsizetype taken = qsizetype(std::min<qint64>(input.size(), m_remaining));
    admitted->append(input.first(taken));
    m_remaining -= taken;
    if (m_remaining == 0)
        finishRequest();
    return taken;
}

qsizetype RequestFramer::readChunkSize(QByteArrayView input, QByteArray *admitted)
{
    const qsizetype newline = input.indexOf('\n');
    const qsizetype end = newline < 0 ? input.size() : newline + 1;
    m_buffer.append(input.first(end));
    if (m_buffer.size() > ChunkLineLimit) {
        refuse(Refusal::Malformed);
        return end;
    }
    if (newline < 0 || !countWire(m_buffer.size()))
        return end;
    // Qt's chunk parser only knows CRLF here: a bare LF would be framed differently by it.
    if (!m_buffer.endsWith("\r\n") || !acceptChunkSize(QByteArrayView(m_buffer).chopped(2))) {
        if (m_state != State::Refused)
            refuse(Refusal::Malformed);
        return end;
    }
    admitted->append(m_buffer);
    m_buffer.clear();
    return end;
}

bool RequestFramer::acceptChunkSize(QByteArrayView line)
{
    if (hasControl(line))
        return false;
    const qsizetype semicolon = line.indexOf(';');
    const qint64 size = parseNumber((semicolon < 0 ? line : line.first(semicolon)).trimmed(), 16);
    if (size < 0)
        return false;
    if (size > m_head.bodyLimit - m_bodyBytes) {
        refuse(Refusal::BodyTooLarge, m_head.bodyLimit);
        return false;
    }
    m_bodyBytes += size;
    m_remaining = size;
    m_crlfSeen = 0;
    m_state = size == 0 ? State::LastChunkEnd : State::ChunkData;
    return true;
}

qsizetype RequestFramer::readChunkData(QByteArrayView input, QByteArray *admitted)
{
    const qsizetype taken = qsizetype(std::min<qint64>(input.size(), m_remaining));
    if (!countWire(taken))
        return taken;
    admitted->append(input.first(taken));
    m_remaining -= taken;
    if (m_remaining == 0) {
        m_crlfSeen = 0;
        m_state = State::ChunkEnd;
    }
    return taken;
}

qsizetype RequestFramer::readChunkEnd(QByteArrayView input, QByteArray *admitted)
{
    qsizetype taken = 0;
    while (taken < input.size() && m_crlfSeen < 2) {
        // After the last chunk this is where trailers would start; Qt 6.4 cannot read them.
        if (input[taken] != (m_crlfSeen == 0 ? '\r' : '\n')) {
            refuse(Refusal::Malformed);
            return taken;
        }
        ++m_crlfSeen;
        ++taken;
    }
    if (!countWire(taken))
        return taken;
    admitted->append(input.first(taken));
    if (m_crlfSeen == 2) {
        if (m_state == State::LastChunkEnd)
            finishRequest();
        else
            m_state = State::ChunkSize;
    }
    return taken;
}

// Chunk framing costs bytes the payload limit does not see: one-byte chunks take six bytes on
// the wire each, and the HTTP server keeps them all until the request is complete.
bool RequestFramer::countWire(qsizetype bytes)
{
    m_wireBytes += bytes;
    if (m_wireBytes <= 2 * m_head.bodyLimit + HeadLimit)
        return true;
    refuse(Refusal::BodyTooLarge, m_head.bodyLimit);
    return false;
}

void RequestFramer::finishRequest()
{
    m_state = m_upgrade ? State::AwaitingSwitch : State::Idle;
    m_blankSkipped = 0;
}

void RequestFramer::refuse(Refusal why, qint64 limit)
{
    m_state = State::Refused;
    m_refusal = why;
    m_refusedLimit = limit;
    m_buffer.clear();
}

} // namespace sd::server
