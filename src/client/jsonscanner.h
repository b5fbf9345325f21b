#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace sd::client {

// Reads JSON text (UTF-8) where it lies, without building a document. For the first sync's
// pages (two megabytes each): the replica needs a few values of each ticket and message and
// otherwise stores their JSON text as it came, so parsing them into QJsonObjects and writing
// them out again cost more than storing them. Everything it passes over is checked against
// JSON's grammar (not the UTF-8 inside strings, which the server writes), so a byte range it
// reports holds well-formed JSON. The first error stops it for good (failed()).
class JsonScanner final
{
public:
    // A string as it stands between its quotes; when `escaped`, its value is unescaped(raw).
    struct String
    {
        QByteArrayView raw;
        bool escaped = false;
    };

    static constexpr int MaxDepth = 64;

    explicit JsonScanner(QByteArrayView text) : m_text(text) {}

    bool failed() const { return m_failed; }
    QByteArrayView text() const { return m_text; }
    // Where the next read starts: an offset into the text.
    qsizetype position() const { return m_pos; }
    // The next character after white space (the start of the next value), 0 at the end.
    char peek();
    // Only white space is left.
    bool atEnd();

    // Objects: beginObject(), then nextMember() until it returns false; after a true answer
    // the scanner stands at the member's value, which must be read or skipped.
    bool beginObject();
    bool nextMember(String *key);
    // Arrays alike: nextElement() true means an element follows.
    bool beginArray();
    bool nextElement();

    bool skipValue();
    bool readString(String *value);
    // An integer, or a number with a fraction or exponent whose value is whole.
    bool readInteger(qint64 *value);
    // Consumes `null` when it comes next; false otherwise (nothing consumed).
    bool skipNull();

    // The value of an escaped string; a surrogate without its pair becomes U+FFFD.
    static QByteArray unescaped(QByteArrayView raw);
    static bool keyIs(const String &key, QByteArrayView name);

private:
    bool fail();
    void skipSpace();
    bool separatorFollows(char opening);
    bool skipString(String *value);
    bool skipEscape();
    bool skipNumber(QByteArrayView *number);
    bool skipLiteral(QByteArrayView word);
    bool skipNested();

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

} // namespace sd::client
