#include "benchcorpus.h"

#include <algorithm>
#include <cmath>

namespace sd::bench {

namespace {

// Real words in the forms they appear in tickets; queries use other forms of the same words.
const char16_t *const realWords[] = {
    u"ошибка",        u"ошибки",       u"ошибкой",
    u"отчёт",         u"отчёта",       u"отчеты",
    u"отчётов",       u"импорт",       u"импорта",
    u"импортом",      u"пользователь", u"пользователя",
    u"пользователей", u"кандидат",     u"кандидаты",
    u"кандидатов",    u"лицензия",     u"лицензии",
    u"сервер",        u"сервера",      u"серверов",
    u"обновление",    u"обновления",   u"обновлением",
    u"база",          u"базы",         u"базой",
    u"данных",        u"настройка",    u"настройки",
    u"настроек",      u"печать",       u"документ",
    u"документа",     u"документов",   u"клиент",
    u"клиента",       u"клиентов",     u"синхронизация",
    u"синхронизации", u"report",       u"reports",
    u"reporting",     u"install",      u"installed",
    u"installing",    u"error",        u"errors",
    u"server",        u"servers",      u"update",
    u"updated",       u"updates",      u"user",
    u"users",         u"license",      u"licenses",
    u"printing",      u"printed",      u"document",
    u"documents",     u"crash",        u"crashes",
    u"crashed",       u"sync",         u"synchronization",
    u"export",        u"exported",     u"exporting",
};
const char16_t *const queryWords[] = {
    u"ошибок",         u"отчет",        u"импорту",
    u"пользователям",  u"кандидат",     u"лицензий",
    u"серверу",        u"обновлений",   u"базе",
    u"настройку",      u"документы",    u"клиенту",
    u"синхронизацией", u"report",       u"installs",
    u"error",          u"server",       u"updating",
    u"user",           u"licensing",    u"print",
    u"documented",     u"crashing",     u"exports",
    u"отчет ошибка",   u"server crash", u"импорт документов",
    u"user license",
};
const char16_t *const cyrillicSyllables[] = {u"ка", u"ро", u"ми", u"зе", u"ту", u"ла", u"не",
                                             u"вы", u"до", u"ст", u"пр", u"ль", u"ор", u"ан"};
const char *const latinSyllables[] = {"ka", "ro", "mi", "ze", "tu", "la", "ne",
                                      "vy", "do", "st", "pr", "li", "or", "an"};

} // namespace

BenchCorpus::BenchCorpus(quint32 seed) : m_random(seed)
{
    for (const char16_t *w : realWords)
        m_vocabulary.append(QString::fromUtf16(w));
    for (int i = 0; i < 20000; ++i) {
        QString word;
        const int length = 2 + int(m_random.bounded(3));
        for (int s = 0; s < length; ++s)
            word += i % 2 ? QString::fromUtf16(cyrillicSyllables[m_random.bounded(14)])
                          : QString::fromLatin1(latinSyllables[m_random.bounded(14)]);
        m_vocabulary.append(word);
    }
    // Real words spread through the ranks, so some are common and some rare.
    for (qsizetype i = 0; i < qsizetype(std::size(realWords)); ++i)
        m_vocabulary.swapItemsAt(i, std::min<qsizetype>(i * i * 7 + i, m_vocabulary.size() - 1));
    double total = 0;
    for (qsizetype rank = 1; rank <= m_vocabulary.size(); ++rank) {
        total += 1.0 / double(rank);
        m_cumulative.push_back(total);
    }
    for (double &c : m_cumulative)
        c /= total;
    for (const char16_t *q : queryWords)
        m_queryWords.append(QString::fromUtf16(q));
}

const QString &BenchCorpus::drawWord()
{
    const double u = m_random.generateDouble();
    const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), u);
    return m_vocabulary.at(std::min<qsizetype>(it - m_cumulative.begin(), m_vocabulary.size() - 1));
}

QString BenchCorpus::words(int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out.append(drawWord());
    return out.join(u' ');
}

QString BenchCorpus::subject()
{
    return words(4 + int(m_random.bounded(5)));
}

QString BenchCorpus::message()
{
    return words(20 + int(m_random.bounded(60)));
}

QStringList BenchCorpus::queries(int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out.append(m_queryWords.at(i % m_queryWords.size()));
    return out;
}

} // namespace sd::bench
