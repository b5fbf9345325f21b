// Users, organisations, queues, sessions and KB articles on the backend named by
// SD_TEST_BACKEND.
#include "sampledata.h"
#include "storage/database.h"
#include "storage/kbarticlerepository.h"
#include "storage/organisationrepository.h"
#include "storage/queuerepository.h"
#include "storage/sessionrepository.h"
#include "storage/userrepository.h"
#include "testdatabase.h"

#include <QtTest>

using namespace sd;
using storage::StorageError;

class TestAccountRepositories : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void newDatabaseHasDefaultQueues();
    void queues();
    void users();
    void loginsAreUniqueIgnoringCase();
    void organisationRoundTrip();
    void organisationByCode_data();
    void organisationByCode();
    void organisationUpdate();
    void sessions();
    void kbArticles();

private:
    testing::TestDatabase m_testDb;
    std::unique_ptr<storage::Database> m_db;
};

void TestAccountRepositories::initTestCase()
{
    QVERIFY2(m_testDb.create(), qPrintable(m_testDb.error()));
    m_db = m_testDb.openMigrated();
    QVERIFY2(m_db, qPrintable(m_testDb.error()));
}

void TestAccountRepositories::cleanupTestCase()
{
    m_db.reset();
}

void TestAccountRepositories::newDatabaseHasDefaultQueues()
{
    const auto queues = storage::QueueRepository(*m_db).list();
    SD_VERIFY_OK(queues);
    QStringList names;
    for (const core::Queue &queue : queues.value())
        names.append(queue.name);
    QCOMPARE(names, QStringList({QStringLiteral("Development"), QStringLiteral("Support")}));
}

void TestAccountRepositories::queues()
{
    storage::QueueRepository queues(*m_db);
    const auto created = queues.create({0, QStringLiteral(" Billing "), QStringLiteral("Money")});
    SD_VERIFY_OK(created);
    QCOMPARE(created->name, QStringLiteral("Billing"));
    QCOMPARE(queues.get(created->id)->description, QStringLiteral("Money"));
    QCOMPARE(queues.findByName(QStringLiteral("Billing"))->id, created->id);
    QCOMPARE(queues.create({0, QStringLiteral("Billing"), {}}).error().kind,
             StorageError::Kind::Duplicate);
    QCOMPARE(queues.get(created->id + 1000).error().kind, StorageError::Kind::NotFound);
}

void TestAccountRepositories::users()
{
    storage::QueueRepository queues(*m_db);
    const qint64 support = queues.findByName(QStringLiteral("Support"))->id;
    const qint64 development = queues.findByName(QStringLiteral("Development"))->id;
    storage::UserRepository users(*m_db);
    core::User input;
    input.login = QStringLiteral("Анна.Smirnova");
    input.name = QStringLiteral("Анна Смирнова");
    input.email = QStringLiteral("anna@example.com");
    input.role = core::UserRole::Agent;
    input.locale = QStringLiteral("en");
    input.queueIds = {development, support};
    const auto created = users.create(input, QStringLiteral("$argon2id$v=19$first"));
    SD_VERIFY_OK(created);
    QCOMPARE(created->login, input.login);
    SD_COMPARE_ENUM(created->role, core::UserRole::Agent);
    QCOMPARE(created->locale, QStringLiteral("en"));
    QCOMPARE(created->queueIds,
             (QList<qint64>{qMin(support, development), qMax(support, development)}));
    QCOMPARE(storage::QueueRepository(*m_db).members(support).value(), QList<qint64>{created->id});

    const auto credentials = users.credentials(QStringLiteral("анна.SMIRNOVA"));
    SD_VERIFY_OK(credentials);
    QCOMPARE(credentials->user.id, created->id);
    QCOMPARE(credentials->passwordHash, QStringLiteral("$argon2id$v=19$first"));
    SD_VERIFY_OK(users.setPasswordHash(created->id, QStringLiteral("$argon2id$v=19$second")));
    QCOMPARE(users.credentials(input.login)->passwordHash, QStringLiteral("$argon2id$v=19$second"));

    core::User changed = created.value();
    changed.role = core::UserRole::Supervisor;
    changed.queueIds = {support};
    changed.active = false;
    const auto updated = users.update(changed);
    SD_VERIFY_OK(updated);
    SD_COMPARE_ENUM(updated->role, core::UserRole::Supervisor);
    QCOMPARE(updated->queueIds, QList<qint64>{support});
    QVERIFY(!updated->active);
    bool listed = false;
    for (const core::User &user : users.list().value())
        listed = listed || user.id == created->id;
    QVERIFY(!listed);
    listed = false;
    for (const core::User &user : users.list(true).value())
        listed = listed || user.id == created->id;
    QVERIFY(listed);
    QCOMPARE(users.findByLogin(QStringLiteral("nobody")).error().kind,
             StorageError::Kind::NotFound);
}

void TestAccountRepositories::loginsAreUniqueIgnoringCase()
{
    storage::UserRepository users(*m_db);
    core::User user;
    user.login = QStringLiteral("Petrov");
    SD_VERIFY_OK(users.create(user, QString()));
    user.login = QStringLiteral("PETROV");
    const auto duplicate = users.create(user, QString());
    QCOMPARE(duplicate.error().kind, StorageError::Kind::Duplicate);
    QVERIFY2(duplicate.error().message.contains(QStringLiteral("PETROV")),
             qPrintable(duplicate.error().message));
}

void TestAccountRepositories::organisationRoundTrip()
{
    storage::OrganisationRepository organisations(*m_db);
    core::Organisation input;
    input.name = QStringLiteral("ООО Ромашка");
    input.accountNumber = QStringLiteral("ACC-1001");
    input.contractNumber = QStringLiteral("Д-2026/17");
    input.projectCode = QStringLiteral("ROMASHKA");
    input.kind = core::CustomerKind::Trial;
    input.supportLevel = QStringLiteral("premium");
    input.allowedContacts = {QStringLiteral("Boss@Romashka.ru"), QStringLiteral("it@romashka.ru")};
    const auto created = organisations.create(input);
    SD_VERIFY_OK(created);
    QCOMPARE(created->name, input.name);
    QCOMPARE(created->accountNumber, input.accountNumber);
    QCOMPARE(created->contractNumber, input.contractNumber);
    QCOMPARE(created->projectCode, input.projectCode);
    SD_COMPARE_ENUM(created->kind, core::CustomerKind::Trial);
    QCOMPARE(created->supportLevel, QStringLiteral("premium"));
    QCOMPARE(created->allowedContacts,
             QStringList({QStringLiteral("boss@romashka.ru"), QStringLiteral("it@romashka.ru")}));
    QCOMPARE(organisations.findByName(input.name)->id, created->id);
    QCOMPARE(organisations.findByContactEmail(QStringLiteral("BOSS@romashka.ru"))->id, created->id);
    QCOMPARE(organisations.findByContactEmail(QStringLiteral("x@romashka.ru")).error().kind,
             StorageError::Kind::NotFound);
    QCOMPARE(organisations.create(input).error().kind, StorageError::Kind::Duplicate);
    const auto contract = organisations.primaryContractId(created->id);
    SD_VERIFY_OK(contract);
    QVERIFY(contract.value() > 0);
}

void TestAccountRepositories::organisationByCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("found");
    QTest::addRow("project code") << QStringLiteral("VASILEK") << true;
    QTest::addRow("account number") << QStringLiteral(" ACC-2002 ") << true;
    QTest::addRow("contract number") << QStringLiteral("Д-2026/18") << true;
    QTest::addRow("unknown") << QStringLiteral("ACC-9999") << false;
    QTest::addRow("empty") << QString() << false;
}

void TestAccountRepositories::organisationByCode()
{
    QFETCH(QString, code);
    QFETCH(bool, found);
    storage::OrganisationRepository organisations(*m_db);
    auto existing = organisations.findByName(QStringLiteral("ЗАО Василёк"));
    if (!existing) {
        core::Organisation input;
        input.name = QStringLiteral("ЗАО Василёк");
        input.accountNumber = QStringLiteral("ACC-2002");
        input.contractNumber = QStringLiteral("Д-2026/18");
        input.projectCode = QStringLiteral("VASILEK");
        existing = organisations.create(input);
        SD_VERIFY_OK(existing);
    }
    const auto match = organisations.findByCode(code);
    QCOMPARE(match.ok(), found);
    if (found) {
        QCOMPARE(match->organisation.id, existing->id);
        QCOMPARE(match->contractId, organisations.primaryContractId(existing->id).value());
    } else {
        QCOMPARE(match.error().kind, StorageError::Kind::NotFound);
    }
}

void TestAccountRepositories::organisationUpdate()
{
    storage::OrganisationRepository organisations(*m_db);
    core::Organisation input;
    input.name = testing::uniqueName(QStringLiteral("Org "));
    input.projectCode = QStringLiteral("OLD");
    const auto created = organisations.create(input);
    SD_VERIFY_OK(created);
    core::Organisation changed = created.value();
    changed.projectCode = QStringLiteral("NEW-%1").arg(created->id);
    changed.kind = core::CustomerKind::Prospect;
    changed.allowedContacts = {QStringLiteral("new@example.org")};
    const auto updated = organisations.update(changed);
    SD_VERIFY_OK(updated);
    QCOMPARE(updated->projectCode, changed.projectCode);
    SD_COMPARE_ENUM(updated->kind, core::CustomerKind::Prospect);
    QCOMPARE(updated->allowedContacts, changed.allowedContacts);
    QCOMPARE(organisations.findByCode(changed.projectCode)->organisation.id, created->id);
    changed.id = created->id + 1000;
    QCOMPARE(organisations.update(changed).error().kind, StorageError::Kind::NotFound);
}

void TestAccountRepositories::sessions()
{
    storage::QueueRepository queues(*m_db);
    core::User user;
    user.login = testing::uniqueName(QStringLiteral("session"));
    user.role = core::UserRole::Agent;
    user.queueIds = {queues.findByName(QStringLiteral("Development"))->id,
                     queues.findByName(QStringLiteral("Support"))->id};
    std::sort(user.queueIds.begin(), user.queueIds.end());
    const auto owner = storage::UserRepository(*m_db).create(user, QString());
    SD_VERIFY_OK(owner);
    storage::SessionRepository sessions(*m_db);
    const QDateTime now(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
    const auto created = sessions.create(QStringLiteral("hash-a"), owner->id, now.addDays(1));
    SD_VERIFY_OK(created);
    SD_VERIFY_OK(sessions.create(QStringLiteral("hash-b"), owner->id, now.addSecs(-1)));
    const auto valid = sessions.findValid(QStringLiteral("hash-a"), now);
    SD_VERIFY_OK(valid);
    QVERIFY(valid->has_value());
    QCOMPARE(valid->value().userId, owner->id);
    QCOMPARE(valid->value().expiresAt, now.addDays(1));
    QVERIFY(!sessions.findValid(QStringLiteral("hash-b"), now)->has_value());
    QVERIFY(!sessions.findValid(QStringLiteral("hash-a"), now.addDays(2))->has_value());
    // The one-query lookup behind every authenticated request agrees.
    storage::UserRepository users(*m_db);
    const auto signedIn = users.forSession(QStringLiteral("hash-a"), now);
    SD_VERIFY_OK(signedIn);
    QVERIFY(signedIn->has_value());
    QCOMPARE(signedIn->value().user.id, owner->id);
    QCOMPARE(signedIn->value().user.login, user.login);
    SD_COMPARE_ENUM(signedIn->value().user.role, core::UserRole::Agent);
    QCOMPARE(signedIn->value().user.queueIds, user.queueIds);
    QCOMPARE(signedIn->value().sessionId, created->id);
    QVERIFY(!users.forSession(QStringLiteral("hash-b"), now)->has_value());
    QVERIFY(!users.forSession(QStringLiteral("hash-a"), now.addDays(2))->has_value());
    SD_VERIFY_OK(sessions.revoke(QStringLiteral("hash-a")));
    QVERIFY(!sessions.findValid(QStringLiteral("hash-a"), now)->has_value());
    QVERIFY(!users.forSession(QStringLiteral("hash-a"), now)->has_value());
    QCOMPARE(sessions.revoke(QStringLiteral("hash-x")).error().kind, StorageError::Kind::NotFound);
    QCOMPARE(sessions.purgeExpired(now).value(), 2);
}

void TestAccountRepositories::kbArticles()
{
    storage::KbArticleRepository articles(*m_db);
    core::KbArticle input;
    input.title = QStringLiteral("Как сбросить пароль");
    input.bodyText = QStringLiteral("Откройте настройки.");
    input.published = false;
    const auto created = articles.create(input);
    SD_VERIFY_OK(created);
    QCOMPARE(articles.get(created->id)->title, input.title);
    QCOMPARE(articles.list(true)->size(), 0);
    core::KbArticle changed = created.value();
    changed.published = true;
    changed.title = QStringLiteral("How to reset a password");
    SD_VERIFY_OK(articles.update(changed));
    const auto listed = articles.list(true);
    SD_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->constFirst().title, changed.title);
    QVERIFY(listed->constFirst().published);
}

QTEST_GUILESS_MAIN(TestAccountRepositories)
#include "testaccountrepositories.moc"
