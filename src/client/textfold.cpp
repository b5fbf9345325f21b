#include "textfold.h"

#include <QString>

namespace sd::client {

namespace {

void appendSlow(QByteArray &out, QStringView text)
{
    QString folded = text.toString().toCaseFolded();
    for (QChar &c : folded) {
        if (c == QChar(0x0451))
            c = QChar(0x0435);
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char(' ');
    }
    out.append(folded.toUtf8());
}

// Folds ASCII and the Russian alphabet (U+0410..U+044F, Ё, ё) in place of QString's
// tables; false when the text has anything else, which then takes the slow path.
bool appendFast(QByteArray &out, QByteArrayView utf8)
{
    const qsizetype start = out.size();
    out.reserve(start + utf8.size());
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.data());
    const auto *end = p + utf8.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            if (c < 0x20 || c == 0x7f)
                out.append(' ');
            else
                out.append(char(c >= 'A' && c <= 'Z' ? c + 32 : c));
            ++p;
            continue;
        }
        if (p + 1 >= end || (c != 0xd0 && c != 0xd1)) {
            out.truncate(start);
            return false;
        }
        const unsigned char d = p[1];
        unsigned code = ((c & 0x1fu) << 6) | (d & 0x3fu);
        if (code >= 0x0410 && code <= 0x042f)
            code += 0x20;
        else if (code == 0x0401 || code == 0x0451)
            code = 0x0435;
        else if (code < 0x0430 || code > 0x044f) {
            out.truncate(start);
            return false;
        }
        out.append(char(0xc0 | (code >> 6)));
        out.append(char(0x80 | (code & 0x3f)));
        p += 2;
    }
    return true;
}

} // namespace

QByteArray TextFold::fold(QStringView text)
{
    QByteArray out;
    appendSlow(out, text);
    return out;
}

void TextFold::appendFolded(QByteArray &out, QByteArrayView utf8)
{
    if (!appendFast(out, utf8))
        appendSlow(out, QString::fromUtf8(utf8));
}

} // namespace sd::client
