#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <vector>

namespace sd::bench {

// Synthetic support-desk text with a realistic word distribution: real Russian and English
// words in several inflected forms plus thousands of rarer pseudo-words, drawn Zipf-like,
// so full-text queries meet both common and rare terms. Deterministic for a seed.
class BenchCorpus final
{
public:
    explicit BenchCorpus(quint32 seed = 42);

    QString subject();
    QString message();
    // Queries as an agent types them: one or two words, in a different inflection than
    // most stored occurrences.
    QStringList queries(int count);

private:
    QString words(int count);
    const QString &drawWord();

    QRandomGenerator m_random;
    QStringList m_vocabulary;         // index = frequency rank
    std::vector<double> m_cumulative; // Zipf CDF over m_vocabulary
    QStringList m_queryWords;
};

} // namespace sd::bench
