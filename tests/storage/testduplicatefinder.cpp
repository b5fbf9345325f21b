// DuplicateFinder on the backend named by SD_TEST_BACKEND: which earlier tickets are offered
// as possible duplicates of a new one.
#include "sampledata.h"
#include "storage/database.h"
#include "storage/duplicatefinder.h"
#include "storage/ticketrepository.h"
#include "storage/userrepository.h"
#include "testdatabase.h"

#include <QtTest>

using namespace sd;
using storage::DuplicateFinder;

class TestDuplicateFinder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void similarity_data();
    void similarity();
    void findsTheRequestersSimilarTickets();
    void unknownSenderIsMatchedByAddress();

private:
    qint64 newCustomer();
    qint64 create(qint64 requesterId, const QString &subject, int daysAgo = 0,
                  const QString &email = {});

    testing::TestDatabase m_testDb;
    std::unique_ptr<storage::Database> m_db;
};

void TestDuplicateFinder::initTestCase()
{
    QVERIFY2(m_testDb.create(), qPrintable(m_testDb.error()));
    m_db = m_testDb.openMigrated();
    QVERIFY2(m_db, qPrintable(m_testDb.error()));
}

void TestDuplicateFinder::cleanupTestCase()
{
    m_db.reset();
}

qint64 TestDuplicateFinder::newCustomer()
{
    core::User user;
    user.login = testing::uniqueName(QStringLiteral("customer"));
    user.role = core::UserRole::Customer;
    const auto created = storage::UserRepository(*m_db).create(user, QString());
    return created ? created->id : 0;
}

qint64 TestDuplicateFinder::create(qint64 requesterId, const QString &subject, int daysAgo,
                                   const QString &email)
{
    core::Ticket ticket = testing::sampleTicket(subject);
    ticket.requesterId = requesterId;
    ticket.requesterEmail = email;
    ticket.createdAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
    const auto created = storage::TicketRepository(*m_db).create(ticket, 0);
    if (!created)
        qWarning("create failed: %s", qPrintable(created.error().message));
    return created ? created->id : 0;
}

void TestDuplicateFinder::similarity_data()
{
    QTest::addColumn<QString>("earlier");
    QTest::addColumn<QString>("later");
    QTest::addColumn<bool>("similar");
    QTest::addRow("same words") << "Зависает печать накладных"
                                << "Зависает печать накладных" << true;
    QTest::addRow("other inflections and order")
        << "Зависает печать товарных накладных"
        << "Печать накладных зависает при большом объёме" << true;
    QTest::addRow("case and ё") << "ОШИБКА ВЫГРУЗКИ ОТЧЁТА"
                                << "ошибка выгрузки отчета" << true;
    QTest::addRow("english plural") << "Reports fail to export"
                                    << "Report export fails" << true;
    QTest::addRow("one shared word") << "Зависает печать накладных"
                                     << "Не работает печать этикеток в модуле склада" << false;
    QTest::addRow("unrelated") << "Не запускается обновление"
                               << "Как добавить пользователя" << false;
    QTest::addRow("nothing to compare") << "!!!"
                                        << "???" << false;
}

void TestDuplicateFinder::similarity()
{
    QFETCH(QString, earlier);
    QFETCH(QString, later);
    QFETCH(bool, similar);
    const double score = DuplicateFinder::similarity(DuplicateFinder::subjectStems(earlier),
                                                     DuplicateFinder::subjectStems(later));
    QVERIFY2((score >= DuplicateFinder::Threshold) == similar, qPrintable(QString::number(score)));
}

void TestDuplicateFinder::findsTheRequestersSimilarTickets()
{
    const qint64 alice = newCustomer();
    const qint64 bob = newCustomer();
    const qint64 exact = create(alice, QStringLiteral("Зависает печать товарных накладных"));
    const qint64 close = create(alice, QStringLiteral("Печать накладных зависает"));
    create(alice, QStringLiteral("Не приходит письмо с паролем"));
    create(bob, QStringLiteral("Зависает печать товарных накладных"));
    create(alice, QStringLiteral("Зависает печать товарных накладных"), 60);

    DuplicateFinder::Query query;
    query.requesterId = alice;
    query.subject = QStringLiteral("Зависает печать товарных накладных");
    query.since = QDateTime::currentDateTimeUtc().addDays(-30);
    const auto found = DuplicateFinder(*m_db).find(query);
    SD_VERIFY_OK(found);
    QList<qint64> ids;
    for (const core::Ticket &ticket : found.value())
        ids.append(ticket.id);
    // Best match first; Bob's ticket and the one outside the window are not offered.
    QCOMPARE(ids, (QList<qint64>{exact, close}));

    query.excludeId = exact;
    query.limit = 1;
    const auto rest = DuplicateFinder(*m_db).find(query);
    SD_VERIFY_OK(rest);
    QCOMPARE(rest->size(), 1);
    QCOMPARE(rest->first().id, close);
}

void TestDuplicateFinder::unknownSenderIsMatchedByAddress()
{
    const qint64 mailed =
        create(0, QStringLiteral("Report export fails"), 0, QStringLiteral("Buyer@Example.com"));
    create(0, QStringLiteral("Report export fails"), 0, QStringLiteral("other@example.com"));
    DuplicateFinder::Query query;
    query.requesterEmail = QStringLiteral("buyer@example.COM");
    query.subject = QStringLiteral("Reports fail to export");
    query.since = QDateTime::currentDateTimeUtc().addDays(-1);
    const auto found = DuplicateFinder(*m_db).find(query);
    SD_VERIFY_OK(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().id, mailed);
}

QTEST_GUILESS_MAIN(TestDuplicateFinder)
#include "testduplicatefinder.moc"
