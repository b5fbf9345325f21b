#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace sd::client {

// What the ticket table's typed filter compares: text case-folded (so "Счёт", "СЧЁТ" and
// "счёт" are one word) with "ё" read as "е", as Russian writers use them interchangeably,
// in UTF-8, so a folded needle is found in a folded haystack with a plain byte search.
// Control characters become spaces: the table's search buffer separates rows with a zero.
class TextFold final
{
public:
    static QByteArray fold(QStringView text);
    // Same result from UTF-8; ASCII and Russian letters are folded byte by byte (a million
    // subjects at start-up), anything else through QString::toCaseFolded().
    static void appendFolded(QByteArray &out, QByteArrayView utf8);
};

} // namespace sd::client
