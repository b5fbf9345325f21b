#include "subjecttag.h"

#include <QRegularExpression>

namespace sd::core {

namespace {

// Length of the leading run of reply/forward markers and the blanks after them. "RE :" is how
// French Outlook writes it; "Re[2]:" and "Re(2):" are counted replies.
qsizetype replyPrefixLength(const QString &subject)
{
    static const QRegularExpression markers(
        QStringLiteral(R"(^(?:\s*(?:re|fwd?|aw|wg|sv|antw|ответ|отв|переслать|пересл))"
                       R"(\s*(?:\[\d+\]|\(\d+\))?\s*:)+\s*)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = markers.match(subject);
    return match.hasMatch() ? match.capturedLength() : 0;
}

} // namespace

QString SubjectTag::format(const TicketNumber &number)
{
    if (!number.isValid())
        return {};
    return u'[' % number.toString() % u']';
}

std::optional<TicketNumber> SubjectTag::findInSubject(QStringView subject, QStringView prefix)
{
    qsizetype open = subject.indexOf(u'[');
    while (open >= 0) {
        const qsizetype close = subject.indexOf(u']', open + 1);
        if (close < 0)
            break;
        const QStringView inside = subject.sliced(open + 1, close - open - 1).trimmed();
        const std::optional<TicketNumber> number = TicketNumber::parse(inside);
        if (number && number->prefix().compare(prefix, Qt::CaseInsensitive) == 0)
            return number;
        // The next '[' even when it lies inside these brackets: "[[SD-2026-000123]]" still
        // holds our tag.
        open = subject.indexOf(u'[', open + 1);
    }
    return std::nullopt;
}

QString SubjectTag::stripReplyPrefixes(const QString &subject)
{
    return subject.sliced(replyPrefixLength(subject)).trimmed();
}

QString SubjectTag::tagSubject(const QString &subject, const TicketNumber &number)
{
    if (!number.isValid() || findInSubject(subject, number.prefix()) == number)
        return subject;
    const qsizetype prefixEnd = replyPrefixLength(subject);
    const QString markers = subject.left(prefixEnd).trimmed();
    const QString rest = subject.sliced(prefixEnd).trimmed();
    QString tagged = format(number);
    if (!markers.isEmpty())
        tagged = markers % u' ' % tagged;
    if (!rest.isEmpty())
        tagged = tagged % u' ' % rest;
    return tagged;
}

} // namespace sd::core
