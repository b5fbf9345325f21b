#include "ticketnumber.h"

namespace sd::core {

namespace {

constexpr int MaxPrefixLength = 16;
constexpr int MinYear = 1000;
constexpr int MaxYear = 9999;
// 18 digits always fit in qint64, so parsing never overflows.
constexpr qsizetype MaxSequenceDigits = 18;

bool isAsciiLetter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text)
        if (!isAsciiDigit(c))
            return false;
    return true;
}

} // namespace

TicketNumber::TicketNumber(const QString &prefix, int year, qint64 sequence)
{
    if (!isValidPrefix(prefix) || year < MinYear || year > MaxYear || sequence < 1)
        return;
    m_prefix = prefix.toUpper();
    m_year = year;
    m_sequence = sequence;
}

bool TicketNumber::isValid() const
{
    return !m_prefix.isEmpty();
}

QString TicketNumber::toString() const
{
    if (!isValid())
        return {};
    return m_prefix % u'-' % QString::number(m_year) % u'-' %
           QStringLiteral("%1").arg(m_sequence, MinimumSequenceDigits, 10, QLatin1Char('0'));
}

std::optional<TicketNumber> TicketNumber::parse(QStringView text)
{
    const qsizetype firstDash = text.indexOf(u'-');
    const qsizetype secondDash = firstDash < 0 ? -1 : text.indexOf(u'-', firstDash + 1);
    if (secondDash < 0)
        return std::nullopt;
    const QStringView prefix = text.left(firstDash);
    const QStringView year = text.sliced(firstDash + 1, secondDash - firstDash - 1);
    const QStringView sequence = text.sliced(secondDash + 1);
    if (!isValidPrefix(prefix) || year.size() != 4 || !allAsciiDigits(year) ||
        !allAsciiDigits(sequence) || sequence.size() > MaxSequenceDigits)
        return std::nullopt;
    const TicketNumber number(prefix.toString(), year.toInt(), sequence.toLongLong());
    if (!number.isValid())
        return std::nullopt;
    return number;
}

bool TicketNumber::isValidPrefix(QStringView prefix)
{
    if (prefix.isEmpty() || prefix.size() > MaxPrefixLength || !isAsciiLetter(prefix.front()))
        return false;
    for (QChar c : prefix)
        if (!isAsciiLetter(c) && !isAsciiDigit(c))
            return false;
    return true;
}

} // namespace sd::core
