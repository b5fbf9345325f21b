#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace sd::core {

// The human ticket number, PREFIX-YYYY-NNNNNN (e.g. SD-2026-000123). Customers quote it on the
// phone and keep it in email subjects (seeds 000, 003), so it is short, ASCII and has one
// canonical spelling: the sequence is zero-padded to six digits and simply grows wider past
// 999999 instead of wrapping, so a number is never reused.
class TicketNumber final
{
public:
    static constexpr QStringView DefaultPrefix = u"SD";
    static constexpr int MinimumSequenceDigits = 6;

    TicketNumber() = default;
    TicketNumber(const QString &prefix, int year, qint64 sequence);

    // False for a default-constructed number or one built from a bad prefix, year or sequence.
    bool isValid() const;
    QString prefix() const { return m_prefix; }
    int year() const { return m_year; }
    qint64 sequence() const { return m_sequence; }

    // Canonical spelling; empty when invalid.
    QString toString() const;

    // Reads a whole string such as "SD-2026-000123". The prefix is matched case-insensitively
    // and stored upper-case; the sequence may be typed without its zero padding ("SD-2026-123",
    // read out on the phone), and toString() gives it back canonical.
    static std::optional<TicketNumber> parse(QStringView text);

    // A prefix is 1-16 ASCII letters and digits starting with a letter: a dash would make
    // numbers ambiguous, and non-ASCII letters get mangled by mail systems.
    static bool isValidPrefix(QStringView prefix);

    friend bool operator==(const TicketNumber &, const TicketNumber &) = default;

private:
    QString m_prefix;
    int m_year = 0;
    qint64 m_sequence = 0;
};

} // namespace sd::core
