// CannedResponseRepository on the backend named by SD_TEST_BACKEND.
#include "sampledata.h"
#include "storage/cannedresponserepository.h"
#include "storage/database.h"
#include "storage/userrepository.h"
#include "testdatabase.h"

#include <QtTest>

using namespace sd;
using storage::CannedResponse;

class TestCannedResponseRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void roundTrip();
    void listFor_data();
    void listFor();
    void ownResponsesGoWithTheirOwner();

private:
    qint64 newAgent(const QString &login);
    CannedResponse add(const QString &title, qint64 ownerId);

    testing::TestDatabase m_testDb;
    std::unique_ptr<storage::Database> m_db;
    qint64 m_anna = 0;
    qint64 m_boris = 0;
};

void TestCannedResponseRepository::initTestCase()
{
    QVERIFY2(m_testDb.create(), qPrintable(m_testDb.error()));
    m_db = m_testDb.openMigrated();
    QVERIFY2(m_db, qPrintable(m_testDb.error()));
    m_anna = newAgent(QStringLiteral("anna"));
    m_boris = newAgent(QStringLiteral("boris"));
    QVERIFY(m_anna > 0 && m_boris > 0);
    // Inserted out of title order, so the order of the list is the query's.
    add(QStringLiteral("Приветствие"), 0);
    add(QStringLiteral("Запрос логов"), 0);
    add(QStringLiteral("Мой шаблон Анны"), m_anna);
    add(QStringLiteral("Закрытие заявки"), 0);
    add(QStringLiteral("Борис: напоминание"), m_boris);
    add(QStringLiteral("Анна: обход для 0x80070005"), m_anna);
}

void TestCannedResponseRepository::cleanupTestCase()
{
    m_db.reset();
}

qint64 TestCannedResponseRepository::newAgent(const QString &login)
{
    core::User user;
    user.login = testing::uniqueName(login);
    user.name = login;
    user.role = core::UserRole::Agent;
    const auto created = storage::UserRepository(*m_db).create(user, QString());
    return created ? created->id : 0;
}

CannedResponse TestCannedResponseRepository::add(const QString &title, qint64 ownerId)
{
    CannedResponse response;
    response.title = title;
    response.bodyHtml =
        QStringLiteral("<p>Здравствуйте, {{customer.name}}! ") + title + QStringLiteral("</p>");
    response.ownerId = ownerId;
    auto created = storage::CannedResponseRepository(*m_db).create(response);
    if (!created)
        qFatal("cannot add a canned response: %s", qPrintable(created.error().message));
    return created.value();
}

void TestCannedResponseRepository::roundTrip()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const CannedResponse created = add(QStringLiteral("Ждём ответа клиента"), m_boris);
    QVERIFY(created.id > 0);
    QVERIFY(created.createdAt >= before);
    const auto listed = storage::CannedResponseRepository(*m_db).listFor(m_boris);
    SD_VERIFY_OK(listed);
    const auto found = std::find_if(listed->begin(), listed->end(), [&](const auto &response) {
        return response.id == created.id;
    });
    QVERIFY(found != listed->end());
    QCOMPARE(found->title, created.title);
    QCOMPARE(found->bodyHtml, created.bodyHtml);
    QCOMPARE(found->ownerId, m_boris);
    QVERIFY(!found->isShared());
    QCOMPARE(found->createdAt, created.createdAt);
    QCOMPARE(found->updatedAt, created.updatedAt);
}

void TestCannedResponseRepository::listFor_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("anna") << QStringLiteral("anna")
                          << QStringList{
                                 QStringLiteral("Анна: обход для 0x80070005"),
                                 QStringLiteral("Закрытие заявки"), QStringLiteral("Запрос логов"),
                                 QStringLiteral("Мой шаблон Анны"), QStringLiteral("Приветствие")};
    QTest::newRow("boris") << QStringLiteral("boris")
                           << QStringList{QStringLiteral("Борис: напоминание"),
                                          QStringLiteral("Ждём ответа клиента"),
                                          QStringLiteral("Закрытие заявки"),
                                          QStringLiteral("Запрос логов"),
                                          QStringLiteral("Приветствие")};
    QTest::newRow("nobody") << QString()
                            << QStringList{QStringLiteral("Закрытие заявки"),
                                           QStringLiteral("Запрос логов"),
                                           QStringLiteral("Приветствие")};
}

void TestCannedResponseRepository::listFor()
{
    QFETCH(QString, who);
    QFETCH(QStringList, titles);
    const qint64 userId = who == u"anna" ? m_anna : who == u"boris" ? m_boris : 0;
    const auto listed = storage::CannedResponseRepository(*m_db).listFor(userId);
    SD_VERIFY_OK(listed);
    QStringList actual;
    for (const CannedResponse &response : listed.value()) {
        actual.append(response.title);
        QCOMPARE(response.isShared(), response.ownerId == 0);
        QVERIFY(response.isShared() || response.ownerId == userId);
    }
    QCOMPARE(actual, titles);
}

void TestCannedResponseRepository::ownResponsesGoWithTheirOwner()
{
    const qint64 carl = newAgent(QStringLiteral("carl"));
    add(QStringLiteral("Карл: личный"), carl);
    storage::CannedResponseRepository responses(*m_db);
    const auto before = responses.count();
    SD_VERIFY_OK(before);
    SD_VERIFY_OK(m_db->execute(QStringLiteral("DELETE FROM users WHERE login LIKE 'carl%'")));
    const auto after = responses.count();
    SD_VERIFY_OK(after);
    QCOMPARE(after.value(), before.value() - 1);
}

QTEST_GUILESS_MAIN(TestCannedResponseRepository)
#include "testcannedresponserepository.moc"
