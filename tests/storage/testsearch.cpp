// Full-text search recall in Russian and English on the backend named by SD_TEST_BACKEND.
#include "sampledata.h"
#include "storage/database.h"
#include "storage/kbarticlerepository.h"
#include "storage/messagerepository.h"
#include "storage/organisationrepository.h"
#include "storage/searchrepository.h"
#include "storage/ticketrepository.h"
#include "testdatabase.h"

#include <QHash>
#include <QtTest>

using namespace sd;
using namespace Qt::StringLiterals;

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void recall_data();
    void recall();
    void hitNamesTheMatchingMessage();
    void internalNotesAndOrganisations();
    void limitCapsTheResult();
    void knowledgeBase_data();
    void knowledgeBase();

private:
    // Creates a ticket labelled `label` with the given subject and description, plus one
    // message per text (kind Customer unless `noteText` is set).
    void addTicket(const QString &label, const QString &subject, const QString &description,
                   const QStringList &messageTexts, const QString &noteText = {});
    QStringList labelsOf(const QList<storage::SearchHit> &hits) const;

    testing::TestDatabase m_testDb;
    std::unique_ptr<storage::Database> m_db;
    QHash<qint64, QString> m_labels;
    QHash<QString, qint64> m_messages; // first message text -> id
    QHash<QString, qint64> m_articles; // label -> id
    qint64 m_organisation = 0;
};

void TestSearch::addTicket(const QString &label, const QString &subject, const QString &description,
                           const QStringList &messageTexts, const QString &noteText)
{
    core::Ticket ticket = testing::sampleTicket(subject);
    ticket.description = description;
    ticket.organisationId = label.startsWith(u"org-") ? m_organisation : 0;
    const auto created = storage::TicketRepository(*m_db).create(ticket, 0);
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    m_labels.insert(created->id, label);
    storage::MessageRepository messages(*m_db);
    for (const QString &text : messageTexts) {
        const auto message =
            messages.append(testing::sampleMessage(created->id, core::MessageKind::Customer, text));
        QVERIFY2(message.ok(), qPrintable(message.error().message));
        m_messages.insert(text, message->id);
    }
    if (!noteText.isEmpty()) {
        SD_VERIFY_OK(messages.append(
            testing::sampleMessage(created->id, core::MessageKind::Note, noteText)));
    }
}

void TestSearch::initTestCase()
{
    QVERIFY2(m_testDb.create(), qPrintable(m_testDb.error()));
    m_db = m_testDb.openMigrated();
    QVERIFY2(m_db, qPrintable(m_testDb.error()));
    core::Organisation organisation;
    organisation.name = u"Search org"_s;
    m_organisation = storage::OrganisationRepository(*m_db).create(organisation).value().id;

    addTicket(u"candidates"_s, u"Не сохраняются кандидаты на обучение"_s, u"Ошибка"_s, {});
    addTicket(u"forms"_s, u"Анкеты"_s, u"Форма"_s, {u"Анкеты кандидатов не открываются"_s});
    addTicket(u"candelabra"_s, u"Канделябр в каталоге"_s, u"Опечатка в названии"_s, {});
    addTicket(u"ru-reports"_s, u"Выгрузка"_s, u"Отчеты не формируются за март"_s, {});
    addTicket(u"en-reports"_s, u"Empty screen"_s, u"Since Monday"_s,
              {u"Monthly reports are empty"_s});
    addTicket(u"reporting"_s, u"Reporting module crashes"_s, u"Stack trace attached"_s, {});
    addTicket(u"mixed"_s, u"Отчёт sales report пустой"_s, u"Смешанный язык"_s, {});
    addTicket(u"printers"_s, u"Printers offline"_s, u"Ошибка при печати документов"_s, {});
    addTicket(u"org-secret"_s, u"Лицензия"_s, u"Вопрос по продлению"_s,
              {u"Когда закончится подписка?"_s}, u"Клиент должен за прошлый квартал"_s);

    storage::KbArticleRepository articles(*m_db);
    const struct
    {
        QString label;
        QString title;
        QString body;
        bool published;
    } kb[] = {{u"printer-setup"_s, u"Как настроить принтер"_s, u"Откройте панель печати."_s, true},
              {u"passwords"_s, u"Resetting passwords"_s, u"Use the login dialog."_s, true},
              {u"draft"_s, u"Черновик про принтеры"_s, u"Не опубликовано"_s, false}};
    for (const auto &entry : kb) {
        core::KbArticle article;
        article.title = entry.title;
        article.bodyText = entry.body;
        article.published = entry.published;
        const auto created = articles.create(article);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        m_articles.insert(entry.label, created->id);
    }
}

void TestSearch::cleanupTestCase()
{
    m_db.reset();
}

QStringList TestSearch::labelsOf(const QList<storage::SearchHit> &hits) const
{
    QStringList out;
    for (const storage::SearchHit &hit : hits)
        out.append(m_labels.value(hit.ticketId, u"?"_s));
    out.sort();
    return out;
}

void TestSearch::recall_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QStringList candidates{u"candidates"_s, u"forms"_s};
    const QStringList reports{u"en-reports"_s, u"mixed"_s, u"reporting"_s};
    const QStringList russianReports{u"mixed"_s, u"ru-reports"_s};
    QTest::addRow("ru base form") << u"кандидат"_s << candidates;
    QTest::addRow("ru genitive plural") << u"кандидатов"_s << candidates;
    QTest::addRow("ru nominative plural") << u"кандидаты"_s << candidates;
    QTest::addRow("ru capitalised") << u"КАНДИДАТАМИ"_s << candidates;
    QTest::addRow("ru other word") << u"канделябры"_s << QStringList{u"candelabra"_s};
    QTest::addRow("ru yo spelling") << u"отчёт"_s << russianReports;
    QTest::addRow("ru e spelling") << u"отчеты"_s << russianReports;
    QTest::addRow("ru singular of plural genitive") << u"документ"_s << QStringList{u"printers"_s};
    QTest::addRow("en singular") << u"report"_s << reports;
    QTest::addRow("en plural") << u"reports"_s << reports;
    QTest::addRow("en gerund") << u"reporting"_s << reports;
    QTest::addRow("en plural of subject") << u"printer"_s << QStringList{u"printers"_s};
    QTest::addRow("all words must match")
        << u"кандидатов обучение"_s << QStringList{u"candidates"_s};
    QTest::addRow("words across languages") << u"report отчёт"_s << QStringList{u"mixed"_s};
    QTest::addRow("word in no document") << u"кандидат канделябр"_s << QStringList();
    QTest::addRow("FTS syntax is text") << u"кандидат OR канделябр"_s << QStringList();
    QTest::addRow("quotes and star") << u"\"кандидат* NEAR(x"_s << QStringList();
    QTest::addRow("SQL in the query") << u"'; DROP TABLE tickets; --"_s << QStringList();
    QTest::addRow("punctuation only") << u"?!."_s << QStringList();
    QTest::addRow("empty") << QString() << QStringList();
}

void TestSearch::recall()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const auto hits = storage::SearchRepository(*m_db).searchTickets(query);
    SD_VERIFY_OK(hits);
    QCOMPARE(labelsOf(hits.value()), expected);
    QVERIFY(storage::TicketRepository(*m_db).get(m_labels.keys().constFirst()).ok());
}

void TestSearch::hitNamesTheMatchingMessage()
{
    const auto hits = storage::SearchRepository(*m_db).searchTickets(u"открываются"_s);
    SD_VERIFY_OK(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->constFirst().messageId, m_messages.value(u"Анкеты кандидатов не открываются"_s));
    const auto bySubject = storage::SearchRepository(*m_db).searchTickets(u"канделябр"_s);
    SD_VERIFY_OK(bySubject);
    QCOMPARE(bySubject->size(), 1);
    QCOMPARE(bySubject->constFirst().messageId, 0);
}

void TestSearch::internalNotesAndOrganisations()
{
    storage::SearchRepository search(*m_db);
    storage::SearchRepository::TicketOptions options;
    QCOMPARE(labelsOf(search.searchTickets(u"квартал"_s, options).value()),
             QStringList{u"org-secret"_s});
    options.includeInternal = false;
    QCOMPARE(search.searchTickets(u"квартал"_s, options)->size(), 0);
    QCOMPARE(labelsOf(search.searchTickets(u"подписка"_s, options).value()),
             QStringList{u"org-secret"_s});
    options.organisationId = m_organisation;
    QCOMPARE(labelsOf(search.searchTickets(u"подписка"_s, options).value()),
             QStringList{u"org-secret"_s});
    QCOMPARE(search.searchTickets(u"кандидат"_s, options)->size(), 0);
}

void TestSearch::limitCapsTheResult()
{
    storage::SearchRepository::TicketOptions options;
    options.limit = 1;
    const auto hits = storage::SearchRepository(*m_db).searchTickets(u"report"_s, options);
    SD_VERIFY_OK(hits);
    QCOMPARE(hits->size(), 1);
    QVERIFY(hits->constFirst().score > 0);
}

void TestSearch::knowledgeBase_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("asYouType");
    QTest::addColumn<bool>("publishedOnly");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("ru plural") << u"принтеры"_s << false << true << QStringList{u"printer-setup"_s};
    QTest::addRow("drafts for editors")
        << u"принтеры"_s << false << false << QStringList{u"draft"_s, u"printer-setup"_s};
    QTest::addRow("en singular") << u"password"_s << false << true << QStringList{u"passwords"_s};
    QTest::addRow("typing a prefix")
        << u"как настр"_s << true << true << QStringList{u"printer-setup"_s};
    QTest::addRow("prefix needs as-you-type") << u"как настр"_s << false << true << QStringList();
    QTest::addRow("finished word") << u"reset "_s << true << true << QStringList{u"passwords"_s};
}

void TestSearch::knowledgeBase()
{
    QFETCH(QString, query);
    QFETCH(bool, asYouType);
    QFETCH(bool, publishedOnly);
    QFETCH(QStringList, expected);
    const auto hits =
        storage::SearchRepository(*m_db).searchKb(query, 10, publishedOnly, asYouType);
    SD_VERIFY_OK(hits);
    QStringList labels;
    for (const storage::KbHit &hit : hits.value())
        labels.append(m_articles.key(hit.articleId, u"?"_s));
    labels.sort();
    QCOMPARE(labels, expected);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "testsearch.moc"
