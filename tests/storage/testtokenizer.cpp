#include "storage/stemmingtokenizer.h"
#include "storage/textstemmer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using sd::storage::StemmingTokenizer;
using sd::storage::TextStemmer;

class TestTokenizer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tokens_data();
    void tokens();
    void sameStem_data();
    void sameStem();
    void stemsInOrder();
    void repeatedWordsStemAlike();
    void matches_data();
    void matches();
    void highlight_data();
    void highlight();
    void buildMatchQuery_data();
    void buildMatchQuery();
    void hostileInput_data();
    void hostileInput();
    void termLimit();
    void registerTwice();
    void registerRefused_data();
    void registerRefused();
    void tokenizerArgumentsRefused();

private:
    void store(const QString &document);
    QSqlQuery select(const QString &sql, const QString &matchQuery);

    QSqlDatabase m_db;
};

namespace {

const QString Connection = u"testtokenizer"_s;

int recordToken(void *context, int flags, const char *token, int size, int start, int end)
{
    const QString prefix = (flags & TextStemmer::SynonymFlag) != 0 ? u"+"_s : QString();
    static_cast<QStringList *>(context)->append(prefix + QString::fromUtf8(token, size) + u'@' +
                                                QString::number(start) + u'-' +
                                                QString::number(end));
    return 0;
}

} // namespace

void TestTokenizer::initTestCase()
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, Connection);
    m_db.setDatabaseName(u":memory:"_s);
    QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
    QString error;
    QVERIFY2(StemmingTokenizer::registerOn(m_db, &error), qPrintable(error));
    QSqlQuery query(m_db);
    QVERIFY2(query.exec(u"CREATE VIRTUAL TABLE docs USING fts5(body, tokenize='sd_stem')"_s),
             qPrintable(query.lastError().text()));
}

void TestTokenizer::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(Connection);
}

void TestTokenizer::store(const QString &document)
{
    QSqlQuery query(m_db);
    QVERIFY2(query.exec(u"DELETE FROM docs"_s), qPrintable(query.lastError().text()));
    QVERIFY(query.prepare(u"INSERT INTO docs(body) VALUES (?)"_s));
    query.addBindValue(document);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
}

QSqlQuery TestTokenizer::select(const QString &sql, const QString &matchQuery)
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        return query;
    query.addBindValue(matchQuery);
    query.exec();
    return query;
}

void TestTokenizer::tokens_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<TextStemmer::Mode>("mode");
    QTest::addColumn<QStringList>("expected");

    const auto document = TextStemmer::Mode::Document;
    QTest::addRow("cyrillic byte offsets")
        << "Кандидаты, отчёт"_ba << document << QStringList{u"кандидат@0-18"_s, u"отчет@20-30"_s};
    QTest::addRow("english") << "Reports installing"_ba << document
                             << QStringList{u"report@0-7"_s, u"instal@8-18"_s};
    QTest::addRow("hyphen compound")
        << "an e-mail."_ba << document
        << QStringList{u"an@0-2"_s, u"email@3-9"_s, u"+e@3-4"_s, u"+mail@5-9"_s};
    QTest::addRow("apostrophe compound")
        << "don\xE2\x80\x99t stop"_ba << document
        << QStringList{u"dont@0-7"_s, u"+don@0-3"_s, u"+t@6-7"_s, u"stop@8-12"_s};
    QTest::addRow("mixed script compound")
        << "IT-отдел"_ba << document
        << QStringList{u"itотдел@0-13"_s, u"+it@0-2"_s, u"+отдел@3-13"_s};
    QTest::addRow("ticket number")
        << "SD-2026-000123"_ba << document
        << QStringList{u"sd2026000123@0-14"_s, u"+sd@0-2"_s, u"+2026@3-7"_s, u"+000123@8-14"_s};
    QTest::addRow("digits stay as they are")
        << "Win10 x64 2026"_ba << document
        << QStringList{u"win10@0-5"_s, u"x64@6-9"_s, u"2026@10-14"_s};
    QTest::addRow("joiners at word edges")
        << "-a- b' '"_ba << document << QStringList{u"a@1-2"_s, u"b@4-5"_s};
    QTest::addRow("stress mark") << "ка\xCC\x81ндидаты"_ba << document
                                 << QStringList{u"кандидат@0-20"_s};
    QTest::addRow("soft hyphen") << "канди\xC2\xAD"
                                    "даты"_ba
                                 << document << QStringList{u"кандидат@0-20"_s};
    QTest::addRow("capital yo") << "ЁЛКИ"_ba << document << QStringList{u"елк@0-8"_s};
    QTest::addRow("other script only folded")
        << "ΕΛΛΆΔΑ"_ba << document << QStringList{u"ελλάδα@0-12"_s};
    QTest::addRow("malformed utf-8") << "ab\xFF"
                                        "cd \xD0"_ba
                                     << document << QStringList{u"ab@0-2"_s, u"cd@3-5"_s};
    QTest::addRow("nothing to index") << " ,.;—!? "_ba << document << QStringList{};
    QTest::addRow("query compound")
        << "e-mails"_ba << TextStemmer::Mode::Query << QStringList{u"email@0-7"_s};
    QTest::addRow("prefix of whole word") << "Кандидаты"_ba << TextStemmer::Mode::Prefix
                                          << QStringList{u"кандидаты@0-18"_s, u"+кандидат@0-18"_s};
    QTest::addRow("prefix already a stem")
        << "кандид"_ba << TextStemmer::Mode::Prefix << QStringList{u"кандид@0-12"_s};
}

void TestTokenizer::tokens()
{
    QFETCH(QByteArray, text);
    QFETCH(TextStemmer::Mode, mode);
    QFETCH(QStringList, expected);

    TextStemmer stemmer;
    QVERIFY(stemmer.isValid());
    QStringList tokens;
    QCOMPARE(stemmer.tokenize(text.constData(), static_cast<int>(text.size()), mode, &tokens,
                              recordToken),
             0);
    QCOMPARE(tokens, expected);
}

void TestTokenizer::sameStem_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("same");

    QTest::addRow("yo is e") << u"отчёт"_s << u"Отчеты"_s << true;
    QTest::addRow("decomposed short i") << u"И\u0306од"_s << u"йод"_s << true;
    QTest::addRow("short i is not i") << u"и\u0306од"_s << u"иод"_s << false;
    QTest::addRow("decomposed yo") << u"е\u0308лки"_s << u"елки"_s << true;
    QTest::addRow("english inflection") << u"REPORTING"_s << u"reports"_s << true;
    QTest::addRow("different russian words") << u"кандидат"_s << u"канделябр"_s << false;
}

void TestTokenizer::sameStem()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, same);

    TextStemmer stemmer;
    const QStringList firstStems = stemmer.stems(first);
    QCOMPARE(firstStems.size(), 1);
    QCOMPARE(firstStems == stemmer.stems(second), same);
}

void TestTokenizer::stemsInOrder()
{
    TextStemmer stemmer;
    QCOMPARE(stemmer.stems(u"Отчёты и REPORTS, e-mail 2.3"_s),
             (QStringList{u"отчет"_s, u"и"_s, u"report"_s, u"email"_s, u"2"_s, u"3"_s}));
    QVERIFY(stemmer.stems(u" — "_s).isEmpty());
}

// Thousands of distinct words, each stemmed twice, so the stem cache both hits and evicts; a
// fresh stemmer per word is the reference.
void TestTokenizer::repeatedWordsStemAlike()
{
    const QStringList russianEndings = {u""_s, u"ами"_s, u"ов"_s, u"ой"_s};
    const QStringList englishEndings = {u""_s, u"ing"_s, u"ed"_s, u"s"_s};
    QStringList words;
    for (int i = 0; i < 3000; ++i) {
        const bool russian = i % 2 == 0;
        QString word = russian ? u"отчёт"_s : u"report"_s;
        for (const QChar digit : QString::number(i))
            word += (russian ? u"бвгджзклмн"_s : u"bcdfghklmn"_s).at(digit.digitValue());
        words.append(word + (russian ? russianEndings : englishEndings).at(i / 2 % 4));
    }
    TextStemmer shared;
    const QStringList first = shared.stems(words.join(u' '));
    QCOMPARE(shared.stems(words.join(u' ')), first);
    QCOMPARE(first.size(), words.size());
    for (qsizetype i = 0; i < words.size(); ++i)
        QCOMPARE(TextStemmer().stems(words.at(i)), QStringList{first.at(i)});
    QCOMPARE_NE(first.at(2), words.at(2).toLower());
}

void TestTokenizer::matches_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("userQuery");
    QTest::addColumn<bool>("found");

    const auto row = [](const char *name, const QString &document, const QString &userQuery,
                        bool found) {
        QTest::addRow("%s", name) << document << userQuery << found;
    };
    row("plural", u"Все кандидаты прошли"_s, u"кандидат"_s, true);
    row("genitive plural", u"Список кандидатов"_s, u"кандидат"_s, true);
    row("instrumental capitalised", u"Кандидатами займётся отдел"_s, u"кандидат"_s, true);
    row("query inflected too", u"кандидат"_s, u"кандидатами"_s, true);
    row("yo in query", u"Отчеты готовы"_s, u"отчёт"_s, true);
    row("yo in document", u"Нет отчётов"_s, u"отчет"_s, true);
    row("error genitive", u"Нет ошибки"_s, u"ошибка"_s, true);
    row("error instrumental", u"Завершилось ошибкой"_s, u"ошибка"_s, true);
    row("english plural", u"Weekly reports"_s, u"report"_s, true);
    row("english gerund", u"Reporting works"_s, u"report"_s, true);
    row("english past", u"Agent installed it"_s, u"install"_s, true);
    row("english continuous", u"Installing now"_s, u"install"_s, true);
    row("both languages", u"Ошибка при установке: installation failed"_s,
        u"установка failing ошибки"_s, true);
    row("all words required", u"Ошибка при установке"_s, u"установка failing"_s, false);
    row("similar word not found", u"Старый канделябр"_s, u"кандидат"_s, false);
    row("other english word", u"Call support"_s, u"report"_s, false);
    row("joined finds hyphenated", u"Send an E-mail"_s, u"email"_s, true);
    row("hyphenated finds joined", u"Send an email"_s, u"e-mail"_s, true);
    row("part finds hyphenated", u"Send an e-mail"_s, u"mail"_s, true);
    row("wifi", u"Нет Wi-Fi в офисе"_s, u"wifi"_s, true);
    row("apostrophe dropped", u"I don't know"_s, u"dont"_s, true);
    row("name part", u"Book by O'Reilly"_s, u"Reilly"_s, true);
    row("ticket number", u"См. SD-2026-000123 выше"_s, u"SD-2026-000123"_s, true);
    row("ticket number tail", u"См. SD-2026-000123 выше"_s, u"000123"_s, true);
    row("other ticket number", u"См. SD-2026-000123 выше"_s, u"SD-2026-000124"_s, false);
    row("version as phrase", u"Версия 2.3.1 падает"_s, u"2.3.1"_s, true);
    row("version order matters", u"Версия 1.3.2 падает"_s, u"2.3.1"_s, false);
    row("prefix", u"Кандидатами займётся отдел"_s, u"кандид*"_s, true);
    row("prefix of whole word", u"Кандидатский минимум"_s, u"кандидаты*"_s, true);
    row("prefix keeps precision", u"Старый канделябр"_s, u"кандид*"_s, false);
    row("stress mark", u"Ка\u0301к войти?"_s, u"как"_s, true);
}

void TestTokenizer::matches()
{
    QFETCH(QString, document);
    QFETCH(QString, userQuery);
    QFETCH(bool, found);

    store(document);
    if (QTest::currentTestFailed())
        return;
    QSqlQuery query = select(u"SELECT count(*) FROM docs WHERE docs MATCH ?"_s,
                             StemmingTokenizer::buildMatchQuery(userQuery));
    QVERIFY2(query.next(), qPrintable(query.lastError().text()));
    QCOMPARE(query.value(0).toInt(), found ? 1 : 0);
}

void TestTokenizer::highlight_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("userQuery");
    QTest::addColumn<QString>("expected");

    QTest::addRow("cyrillic") << u"Мы нашли ошибки в отчёте"_s << u"ошибка отчет"_s
                              << u"Мы нашли [ошибки] в [отчёте]"_s;
    QTest::addRow("english") << u"The reports were installed."_s << u"install"_s
                             << u"The reports were [installed]."_s;
    QTest::addRow("every occurrence") << u"Кандидат, кандидаты; КАНДИДАТОВ!"_s << u"кандидат"_s
                                      << u"[Кандидат], [кандидаты]; [КАНДИДАТОВ]!"_s;
    QTest::addRow("compound") << u"Пишите на e-mail, не звоните"_s << u"email"_s
                              << u"Пишите на [e-mail], не звоните"_s;
    QTest::addRow("after stress mark")
        << u"Ка\u0301к войти в отчёт"_s << u"отчеты"_s << u"Ка\u0301к войти в [отчёт]"_s;
    QTest::addRow("prefix") << u"Кандидатами займётся отдел"_s << u"кандид*"_s
                            << u"[Кандидатами] займётся отдел"_s;
}

void TestTokenizer::highlight()
{
    QFETCH(QString, document);
    QFETCH(QString, userQuery);
    QFETCH(QString, expected);

    store(document);
    if (QTest::currentTestFailed())
        return;
    QSqlQuery query = select(u"SELECT highlight(docs, 0, '[', ']') FROM docs WHERE docs MATCH ?"_s,
                             StemmingTokenizer::buildMatchQuery(userQuery));
    QVERIFY2(query.next(), qPrintable(query.lastError().text()));
    QCOMPARE(query.value(0).toString(), expected);
}

void TestTokenizer::buildMatchQuery_data()
{
    QTest::addColumn<QString>("userText");
    QTest::addColumn<StemmingTokenizer::QueryMode>("mode");
    QTest::addColumn<QString>("expected");

    const auto all = StemmingTokenizer::QueryMode::AllWords;
    const auto typing = StemmingTokenizer::QueryMode::LastWordPrefix;
    QTest::addRow("words") << u"кандидат  отчёт"_s << all << u"\"кандидат\" AND \"отчёт\""_s;
    QTest::addRow("operators are words") << u"a OR b"_s << all << u"\"a\" AND \"OR\" AND \"b\""_s;
    QTest::addRow("quote cannot close")
        << u"x\" OR \"y"_s << all << u"\"x\" AND \"OR\" AND \"y\""_s;
    QTest::addRow("near") << u"NEAR(a b, 2)"_s << all << u"\"NEAR a\" AND \"b\" AND \"2\""_s;
    QTest::addRow("column filter") << u"body:secret"_s << all << u"\"body secret\""_s;
    QTest::addRow("initial token and plus") << u"^start a+b"_s << all << u"\"start\" AND \"a b\""_s;
    QTest::addRow("braces and brackets") << u"{body} (x)"_s << all << u"\"body\" AND \"x\""_s;
    QTest::addRow("sql quote") << u"'; DROP TABLE docs; --"_s << all
                               << u"\"DROP\" AND \"TABLE\" AND \"docs\""_s;
    QTest::addRow("nul character") << u"a"_s + QChar(0) + u"b"_s << all << u"\"a b\""_s;
    QTest::addRow("hyphen kept in phrase") << u"e-mail"_s << all << u"\"e-mail\""_s;
    QTest::addRow("trailing star is prefix") << u"кандид*"_s << all << u"\"кандид\"*"_s;
    QTest::addRow("inner star is not") << u"a*b"_s << all << u"\"a b\""_s;
    QTest::addRow("lone star") << u"* foo"_s << all << u"\"foo\""_s;
    QTest::addRow("punctuation only") << u"\" ( ) * : ^ -"_s << all << QString();
    QTest::addRow("blank") << u" \t\n"_s << all << QString();
    QTest::addRow("typing last word")
        << u"отчёт кандид"_s << typing << u"\"отчёт\" AND \"кандид\"*"_s;
    QTest::addRow("typing finished word")
        << u"отчёт кандид "_s << typing << u"\"отчёт\" AND \"кандид\""_s;
    QTest::addRow("typing punctuation") << u"отчёт -"_s << typing << u"\"отчёт\""_s;
}

void TestTokenizer::buildMatchQuery()
{
    QFETCH(QString, userText);
    QFETCH(StemmingTokenizer::QueryMode, mode);
    QFETCH(QString, expected);

    QCOMPARE(StemmingTokenizer::buildMatchQuery(userText, mode), expected);
}

void TestTokenizer::hostileInput_data()
{
    QTest::addColumn<QString>("userText");
    QTest::addColumn<QString>("document");
    QTest::addColumn<bool>("found");

    QTest::addRow("or is not obeyed") << u"cats OR dogs"_s << u"cats"_s << false;
    QTest::addRow("or as a word") << u"cats OR dogs"_s << u"cats or dogs"_s << true;
    QTest::addRow("not is not obeyed") << u"NOT cats"_s << u"dogs"_s << false;
    QTest::addRow("unbalanced quote") << u"\"unbalanced"_s << u"unbalanced quote"_s << true;
    QTest::addRow("quote injection") << u"x\" OR \"y"_s << u"y"_s << false;
    QTest::addRow("near") << u"NEAR(report error)"_s << u"near report, then error"_s << true;
    QTest::addRow("column filter") << u"body:secret"_s << u"body secret"_s << true;
    QTest::addRow("sql") << u"'; DROP TABLE docs; --"_s << u"drop table docs"_s << true;
    QTest::addRow("lone apostrophe") << u"' report"_s << u"reports"_s << true;
}

void TestTokenizer::hostileInput()
{
    QFETCH(QString, userText);
    QFETCH(QString, document);
    QFETCH(bool, found);

    store(document);
    if (QTest::currentTestFailed())
        return;
    QSqlQuery query = select(u"SELECT count(*) FROM docs WHERE docs MATCH ?"_s,
                             StemmingTokenizer::buildMatchQuery(userText));
    QVERIFY2(query.next(), qPrintable(query.lastError().text()));
    QCOMPARE(query.value(0).toInt(), found ? 1 : 0);
}

void TestTokenizer::termLimit()
{
    QStringList words;
    for (int i = 0; i < StemmingTokenizer::MaxQueryTerms + 10; ++i)
        words.append(u"w"_s + QString::number(i));
    const QString built = StemmingTokenizer::buildMatchQuery(words.join(u' '));
    QCOMPARE(built.count(u" AND "_s), StemmingTokenizer::MaxQueryTerms - 1);
    QVERIFY(built.endsWith(u"\"w%1\""_s.arg(StemmingTokenizer::MaxQueryTerms - 1)));
}

void TestTokenizer::registerTwice()
{
    QString error;
    QVERIFY2(StemmingTokenizer::registerOn(m_db, &error), qPrintable(error));
    QVERIFY2(StemmingTokenizer::registerOn(m_db, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    store(u"Отчёты об ошибках"_s);
    if (QTest::currentTestFailed())
        return;
    QSqlQuery query = select(u"SELECT count(*) FROM docs WHERE docs MATCH ?"_s,
                             StemmingTokenizer::buildMatchQuery(u"ошибка отчет"_s));
    QVERIFY2(query.next(), qPrintable(query.lastError().text()));
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestTokenizer::registerRefused_data()
{
    QTest::addColumn<QString>("driver");

    QTest::addRow("invalid connection") << QString();
    QTest::addRow("postgresql") << u"QPSQL"_s;
    QTest::addRow("sqlite not open") << u"QSQLITE"_s;
}

void TestTokenizer::registerRefused()
{
    QFETCH(QString, driver);

    const QString name = u"refused"_s;
    {
        QSqlDatabase db =
            driver.isEmpty() ? QSqlDatabase() : QSqlDatabase::addDatabase(driver, name);
        QString error;
        QVERIFY(!StemmingTokenizer::registerOn(db, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!StemmingTokenizer::registerOn(db));
    }
    QSqlDatabase::removeDatabase(name);
}

void TestTokenizer::tokenizerArgumentsRefused()
{
    QSqlQuery query(m_db);
    QVERIFY(!query.exec(u"CREATE VIRTUAL TABLE bad USING fts5(body, tokenize='sd_stem extra')"_s));
    QVERIFY(query.exec(u"CREATE VIRTUAL TABLE good USING fts5(body, tokenize='sd_stem')"_s));
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "testtokenizer.moc"
