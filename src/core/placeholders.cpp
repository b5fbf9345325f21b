#include "placeholders.h"

#include <QRegularExpression>

namespace sd::core {

Placeholders::Result Placeholders::render(const QString &text,
                                          const QHash<QString, QString> &values, Format format)
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([\\w.-]+)\\s*\\}\\}"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    Result result;
    result.text.reserve(text.size());
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result.text += QStringView(text).sliced(copied, match.capturedStart() - copied);
        copied = match.capturedEnd();
        const QString name = match.captured(1);
        const QString value = values.value(name);
        if (value.isEmpty()) {
            result.text += match.capturedView();
            if (!result.missing.contains(name))
                result.missing.append(name);
            continue;
        }
        result.text += format == Format::Html ? value.toHtmlEscaped() : value;
    }
    result.text += QStringView(text).sliced(copied);
    return result;
}

} // namespace sd::core
