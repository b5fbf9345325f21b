#include "apifixture.h"

#include "server/passwordhasher.h"
#include "storage/organisationrepository.h"
#include "storage/queuerepository.h"
#include "storage/userrepository.h"

namespace sd::testing {

bool ApiFixture::addUser(const QString &login, core::UserRole role, qint64 organisationId,
                         const QList<qint64> &queues, QString *error)
{
    core::User user;
    user.login = login;
    user.name = login.at(0).toUpper() + login.mid(1);
    user.email = login + u"@example.com";
    user.role = role;
    user.organisationId = organisationId;
    user.queueIds = queues;
    user.locale = QStringLiteral("en");
    auto created =
        storage::UserRepository(*db).create(user, sd::server::PasswordHasher::hash(Password));
    if (!created) {
        *error = created.error().message;
        return false;
    }
    m_users.insert(login, created.value());
    return true;
}

bool ApiFixture::setUp(QString *error)
{
    if (!testDb.create()) {
        *error = testDb.error();
        return false;
    }
    db = testDb.openMigrated();
    if (!db) {
        *error = testDb.error();
        return false;
    }
    storage::OrganisationRepository organisations(*db);
    core::Organisation acme;
    acme.name = QStringLiteral("Acme");
    acme.projectCode = QStringLiteral("ACME-1");
    acme.allowedContacts = {QStringLiteral("alice@example.com")};
    core::Organisation other;
    other.name = QStringLiteral("Other Corp");
    other.projectCode = QStringLiteral("OTHER-1");
    auto a = organisations.create(acme);
    auto o = organisations.create(other);
    storage::QueueRepository queues(*db);
    auto support = queues.findByName(QStringLiteral("Support"));
    auto development = queues.findByName(QStringLiteral("Development"));
    if (!a || !o || !support || !development) {
        *error = QStringLiteral("fixture: organisations or default queues missing");
        return false;
    }
    acmeId = a->id;
    otherId = o->id;
    supportQueueId = support->id;
    developmentQueueId = development->id;
    using core::UserRole;
    const bool users =
        addUser(QStringLiteral("admin"), UserRole::Admin, 0, {}, error) &&
        addUser(QStringLiteral("boss"), UserRole::Supervisor, 0, {}, error) &&
        addUser(QStringLiteral("agent"), UserRole::Agent, 0, {supportQueueId}, error) &&
        addUser(QStringLiteral("dev"), UserRole::Agent, 0, {developmentQueueId}, error) &&
        addUser(QStringLiteral("alice"), UserRole::Customer, acmeId, {}, error) &&
        addUser(QStringLiteral("bob"), UserRole::Customer, otherId, {}, error) &&
        addUser(QStringLiteral("loner"), UserRole::Customer, 0, {}, error);
    if (!users)
        return false;
    if (!server.start(testDb.url())) {
        *error = server.error();
        return false;
    }
    return true;
}

std::unique_ptr<ApiClient> ApiFixture::client(const QString &login)
{
    auto api = std::make_unique<ApiClient>(server.baseUrl());
    if (!login.isEmpty())
        api->signIn(login, Password);
    return api;
}

} // namespace sd::testing
