#include "mailquotetrimmer.h"

#include <QRegularExpression>
#include <QStringList>

namespace sd::server {

namespace {

bool isSeparator(const QString &line)
{
    static const QRegularExpression separator(
        QStringLiteral("^\\s*-{2,}\\s*(Original Message|Исходное сообщение|"
                       "Forwarded message|Пересылаемое сообщение)\\s*-{2,}\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return separator.match(line).hasMatch();
}

// Clients wrap long attributions, so "wrote:" may end the line after the one naming the sender.
bool isAttribution(const QString &line)
{
    static const QRegularExpression attribution(
        QStringLiteral("^(.*\\S\\s+)?(wrote|пишет|написала|написал|написал\\(а\\))\\s*:\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return attribution.match(line).hasMatch();
}

bool isQuoted(const QString &line)
{
    return line.trimmed().startsWith(u'>');
}

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

// The attribution line a quote block belongs to, above it with blank lines between at most.
qsizetype attributionAbove(const QStringList &lines, qsizetype quote)
{
    qsizetype i = quote - 1;
    while (i >= 0 && isBlank(lines.at(i)))
        --i;
    if (i < 0 || !isAttribution(lines.at(i)))
        return quote;
    if (i > 0 && lines.at(i).trimmed().size() < 16 && !isBlank(lines.at(i - 1)))
        return i - 1; // "wrote:" alone on its line: the sender is named on the line above
    return i;
}

qsizetype historyStart(const QStringList &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (isSeparator(line))
            return i;
        if (isQuoted(line))
            return attributionAbove(lines, i);
    }
    return lines.size();
}

} // namespace

MailQuoteTrimmer::Split MailQuoteTrimmer::split(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = normalized.split(u'\n');
    const qsizetype start = historyStart(lines);
    Split result;
    result.fresh = lines.mid(0, start).join(u'\n');
    while (result.fresh.endsWith(u'\n') || result.fresh.endsWith(u' '))
        result.fresh.chop(1);
    result.quoted = lines.mid(start).join(u'\n');
    return result;
}

} // namespace sd::server
