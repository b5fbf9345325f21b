#include "textstemmer.h"

#include <QChar>

#include <libstemmer.h>

#include <cstdint>
#include <new>

namespace sd::storage {

namespace {

enum ScriptFlag : unsigned char { NoScript = 0, Cyrillic = 1, Latin = 2, OtherScript = 4 };

constexpr char32_t ReplacementCharacter = 0xFFFD;

struct Decoded
{
    char32_t c = ReplacementCharacter;
    int length = 1;
};

// Malformed input becomes one U+FFFD per byte (a separator), so offsets stay exact and
// nothing reads past the end.
Decoded decode(const char *text, int size)
{
    const auto lead = static_cast<unsigned char>(text[0]);
    if (lead < 0x80)
        return {lead, 1};
    if ((lead & 0xE0) == 0xC0 && lead >= 0xC2 && size >= 2 &&
        (static_cast<unsigned char>(text[1]) & 0xC0) == 0x80)
        return {(char32_t(lead & 0x1F) << 6) | (static_cast<unsigned char>(text[1]) & 0x3F), 2};
    int length = 0;
    char32_t c = 0;
    char32_t smallest = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        c = lead & 0x1F;
        smallest = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        c = lead & 0x0F;
        smallest = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        c = lead & 0x07;
        smallest = 0x10000;
    } else {
        return {};
    }
    if (length > size)
        return {};
    for (int i = 1; i < length; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if ((byte & 0xC0) != 0x80)
            return {};
        c = (c << 6) | (byte & 0x3F);
    }
    if (c < smallest || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return {};
    return {c, length};
}

// Writes `c` at `out`, which has room for four bytes; returns how many it took.
int encodeUtf8(char32_t c, char *out)
{
    if (c < 0x80) {
        out[0] = static_cast<char>(c);
        return 1;
    }
    if (c < 0x800) {
        out[0] = static_cast<char>(0xC0 | (c >> 6));
        out[1] = static_cast<char>(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (c >> 12));
        out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (c >> 18));
    out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (c & 0x3F));
    return 4;
}

enum class CharClass { Separator, Letter, Digit, Mark, Joiner, Ignorable };

CharClass classify(char32_t c)
{
    if (c < 0x80) {
        if ((c | 0x20) >= U'a' && (c | 0x20) <= U'z')
            return CharClass::Letter;
        if (c >= U'0' && c <= U'9')
            return CharClass::Digit;
        return c == U'-' || c == U'\'' ? CharClass::Joiner : CharClass::Separator;
    }
    if (c >= 0x0400 && c <= 0x045F) // the Russian alphabet, spared the Unicode table lookups
        return CharClass::Letter;
    switch (c) {
    case 0x2019: // right single quotation mark, the usual typographic apostrophe
    case 0x02BC: // modifier letter apostrophe
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
        return CharClass::Joiner;
    case 0x00AD: // soft hyphen: invisible, pasted from word processors into the middle of words
        return CharClass::Ignorable;
    default:
        break;
    }
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
        return CharClass::Letter;
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
        return CharClass::Digit;
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return CharClass::Mark;
    default:
        return CharClass::Separator;
    }
}

ScriptFlag scriptOf(char32_t letter)
{
    if (letter < 0x80)
        return Latin;
    if (letter >= 0x0400 && letter <= 0x045F)
        return Cyrillic;
    switch (QChar::script(letter)) {
    case QChar::Script_Cyrillic:
        return Cyrillic;
    case QChar::Script_Latin:
        return Latin;
    default:
        return OtherScript;
    }
}

char32_t fold(char32_t c)
{
    if (c < 0x80)
        return c >= U'A' && c <= U'Z' ? c + 0x20 : c;
    if (c >= 0x0400 && c <= 0x045F) {
        const char32_t lower = c < 0x0410 ? c + 0x50 : c < 0x0430 ? c + 0x20 : c;
        return lower == U'ё' ? U'е' : lower;
    }
    const char32_t folded = QChar::toCaseFolded(c);
    return folded == U'ё' ? U'е' : folded;
}

// FNV-1a: cheap and good enough to spread words over the stem cache.
std::size_t hashOf(std::string_view bytes)
{
    std::uint32_t hash = 2166136261u;
    for (const char byte : bytes)
        hash = (hash ^ static_cast<unsigned char>(byte)) * 16777619u;
    return hash;
}

} // namespace

TextStemmer::TextStemmer()
    : m_russian(sb_stemmer_new("russian", "UTF_8")), m_english(sb_stemmer_new("english", "UTF_8"))
{
    m_folded.resize(64);
    m_primary.reserve(64);
    m_parts.reserve(8);
    m_cache.resize(CacheSize);
}

TextStemmer::~TextStemmer()
{
    sb_stemmer_delete(m_russian);
    sb_stemmer_delete(m_english);
}

bool TextStemmer::startsWord(char32_t c)
{
    const CharClass kind = classify(c);
    return kind == CharClass::Letter || kind == CharClass::Digit;
}

bool TextStemmer::continuesWord(char32_t c)
{
    return classify(c) != CharClass::Separator;
}

int TextStemmer::tokenize(const char *utf8, int size, Mode mode, void *context, TokenSink sink)
{
    int position = 0;
    while (position < size) {
        const Decoded decoded = decode(utf8 + position, size - position);
        if (!startsWord(decoded.c)) {
            position += decoded.length;
            continue;
        }
        position = scanWord(utf8, size, position);
        if (const int result = emitWord(mode, context, sink))
            return result;
    }
    return 0;
}

QStringList TextStemmer::stems(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QStringList result;
    tokenize(utf8.constData(), static_cast<int>(utf8.size()), Mode::Query, &result,
             [](void *context, int, const char *token, int size, int, int) {
                 static_cast<QStringList *>(context)->append(QString::fromUtf8(token, size));
                 return 0;
             });
    return result;
}

// Fills m_folded and m_parts with the word starting at `position`; returns where it ended.
int TextStemmer::scanWord(const char *utf8, int size, int position)
{
    m_foldedSize = 0;
    m_parts.clear();
    Part part{0, 0, position, position, NoScript};
    while (position < size) {
        const Decoded decoded = decode(utf8 + position, size - position);
        const CharClass kind = classify(decoded.c);
        if (kind == CharClass::Separator)
            break;
        if (kind == CharClass::Joiner) {
            const int next = position + decoded.length;
            if (next >= size || !startsWord(decode(utf8 + next, size - next).c))
                break;
            part.foldedEnd = m_foldedSize;
            m_parts.push_back(part);
            part = Part{part.foldedEnd, 0, next, next, NoScript};
            position = next;
            continue;
        }
        if (kind == CharClass::Mark) {
            applyMark(decoded.c);
        } else if (kind != CharClass::Ignorable) {
            part.scripts |= kind == CharClass::Letter ? scriptOf(decoded.c) : OtherScript;
            appendFolded(fold(decoded.c));
        }
        position += decoded.length;
        if (kind != CharClass::Ignorable)
            part.end = position;
    }
    part.foldedEnd = m_foldedSize;
    m_parts.push_back(part);
    return position;
}

// Combining diacritics are dropped so that stressed ("ка́к") and decomposed forms match plain
// text, except the breve that turns "и" into the distinct letter "й".
void TextStemmer::applyMark(char32_t mark)
{
    if (mark >= 0x0300 && mark <= 0x036F) {
        if (mark == 0x0306 && foldedWord().ends_with("и"))
            m_folded[m_foldedSize - 1] = "й"[1];
        return;
    }
    appendFolded(mark);
}

void TextStemmer::appendFolded(char32_t c)
{
    if (m_foldedSize + 4 > static_cast<int>(m_folded.size()))
        m_folded.resize(m_folded.size() * 2);
    m_foldedSize += encodeUtf8(c, m_folded.data() + m_foldedSize);
}

// The result stays valid until the next call.
std::string_view TextStemmer::stem(std::string_view folded, unsigned char scripts)
{
    sb_stemmer *stemmer = scripts == Cyrillic ? m_russian : scripts == Latin ? m_english : nullptr;
    if (stemmer == nullptr)
        return folded;
    CacheEntry *entry = nullptr;
    if (!folded.empty() && folded.size() <= CacheEntry::Capacity) {
        entry = &m_cache[hashOf(folded) & (CacheSize - 1)];
        if (std::string_view(entry->word, entry->wordSize) == folded)
            return {entry->stem, entry->stemSize};
    }
    const sb_symbol *stemmed =
        sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol *>(folded.data()),
                        static_cast<int>(folded.size()));
    if (stemmed == nullptr)
        throw std::bad_alloc();
    const int length = sb_stemmer_length(stemmer);
    if (length <= 0)
        return folded;
    const std::string_view result(reinterpret_cast<const char *>(stemmed),
                                  static_cast<std::size_t>(length));
    if (entry != nullptr && result.size() <= CacheEntry::Capacity) {
        entry->wordSize = static_cast<unsigned char>(folded.copy(entry->word, folded.size()));
        entry->stemSize = static_cast<unsigned char>(result.copy(entry->stem, result.size()));
    }
    return result;
}

int TextStemmer::emitWord(Mode mode, void *context, TokenSink sink)
{
    const int start = m_parts.front().start;
    const int end = m_parts.back().end;
    unsigned char scripts = NoScript;
    for (const Part &part : m_parts)
        scripts |= part.scripts;
    const std::string_view folded = foldedWord();
    const std::string_view stemmed = stem(folded, scripts);
    if (mode == Mode::Prefix) {
        if (const int result =
                sink(context, 0, folded.data(), static_cast<int>(folded.size()), start, end))
            return result;
        if (stemmed == folded)
            return 0;
        return sink(context, SynonymFlag, stemmed.data(), static_cast<int>(stemmed.size()), start,
                    end);
    }
    if (const int result =
            sink(context, 0, stemmed.data(), static_cast<int>(stemmed.size()), start, end))
        return result;
    if (mode == Mode::Query || m_parts.size() == 1)
        return 0;
    m_primary.assign(stemmed);
    return emitParts(context, sink);
}

int TextStemmer::emitParts(void *context, TokenSink sink)
{
    const std::string_view folded = foldedWord();
    for (const Part &part : m_parts) {
        const std::string_view stemmed =
            stem(folded.substr(part.foldedBegin, part.foldedEnd - part.foldedBegin), part.scripts);
        if (stemmed == m_primary)
            continue;
        if (const int result = sink(context, SynonymFlag, stemmed.data(),
                                    static_cast<int>(stemmed.size()), part.start, part.end))
            return result;
    }
    return 0;
}

} // namespace sd::storage
