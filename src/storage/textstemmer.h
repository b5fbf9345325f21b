#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

struct sb_stemmer;

namespace sd::storage {

// Splits UTF-8 text into words and reduces each word to its Snowball stem: Russian for
// Cyrillic words, English for Latin ones, other words (digits, mixed scripts) only folded.
// Words are runs of letters, digits and combining marks; a hyphen or apostrophe between two
// word characters joins a compound ("e-mail", "don't", "кто-то", "SD-2026-000123").
// Folding: Unicode simple case folding, "ё" -> "е", stress marks and other combining
// diacritics dropped (a decomposed "й" stays "й").
//
// The Snowball stemmers keep state between calls, so an instance must be used by one thread
// at a time; the buffers it reuses make tokenizing free of per-word heap allocations.
class TextStemmer final
{
public:
    enum class Mode {
        // Index side: a compound yields its joined form plus each part as a synonym at the
        // same position, so "mail" and "email" both find "e-mail".
        Document,
        // Query side: one term per word (a compound as its joined form).
        Query,
        // Query prefix ("кандид*"): the folded, unstemmed word, plus its stem as a synonym
        // when they differ, so a whole inflected word typed before "*" still finds its stem.
        Prefix,
    };

    // Receives each token; the same shape as FTS5's xToken, so it can be passed through.
    // A non-zero return stops tokenizing and is returned by tokenize().
    using TokenSink = int (*)(void *context, int flags, const char *token, int size, int start,
                              int end);
    // Set in `flags` for a token sharing the previous token's position.
    static constexpr int SynonymFlag = 0x0001;

    TextStemmer();
    ~TextStemmer();
    Q_DISABLE_COPY_MOVE(TextStemmer)

    // False when libstemmer lacks the Russian or English algorithm.
    bool isValid() const { return m_russian != nullptr && m_english != nullptr; }

    // Calls `sink` for each token of `utf8` with its byte offsets in `utf8`. Returns 0, or the
    // first non-zero value `sink` returned. Throws std::bad_alloc when memory runs out.
    int tokenize(const char *utf8, int size, Mode mode, void *context, TokenSink sink);

    // Query-side terms of `text`, in order: what the index holds for each word.
    QStringList stems(const QString &text);

    // A letter or digit: the characters a word starts with.
    static bool startsWord(char32_t c);
    // What may follow inside a word: letters, digits, combining marks, joiners, soft hyphens.
    static bool continuesWord(char32_t c);

private:
    struct Part
    {
        int foldedBegin = 0;
        int foldedEnd = 0;
        int start = 0;
        int end = 0;
        unsigned char scripts = 0; // ScriptFlag bits of its characters
    };

    // Words repeat a lot (Zipf), and a lookup costs a fraction of a Snowball run.
    struct CacheEntry
    {
        static constexpr std::size_t Capacity = 30;
        unsigned char wordSize = 0; // 0: empty
        unsigned char stemSize = 0;
        char word[Capacity];
        char stem[Capacity];
    };
    static constexpr std::size_t CacheSize = 1024; // a power of two

    int scanWord(const char *utf8, int size, int position);
    void appendFolded(char32_t c);
    void applyMark(char32_t mark);
    std::string_view foldedWord() const
    {
        return {m_folded.data(), static_cast<std::size_t>(m_foldedSize)};
    }
    std::string_view stem(std::string_view folded, unsigned char scripts);
    int emitWord(Mode mode, void *context, TokenSink sink);
    int emitParts(void *context, TokenSink sink);

    sb_stemmer *m_russian = nullptr;
    sb_stemmer *m_english = nullptr;
    std::string m_folded; // a buffer: the current word, folded, joiners removed
    int m_foldedSize = 0;
    std::string m_primary; // the stem of the whole word, kept while its parts are stemmed
    std::vector<Part> m_parts;
    std::vector<CacheEntry> m_cache;
};

} // namespace sd::storage
