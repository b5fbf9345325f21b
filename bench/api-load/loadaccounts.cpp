#include "loadaccounts.h"

#include "server/passwordhasher.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/organisationrepository.h"
#include "storage/queuerepository.h"
#include "storage/userrepository.h"

namespace sd::bench {

namespace {

core::User person(const QString &login, core::UserRole role)
{
    core::User user;
    user.login = login;
    user.name = login;
    user.email = login + QStringLiteral("@bench.example.com");
    user.role = role;
    user.locale = QStringLiteral("en");
    return user;
}

} // namespace

bool LoadAccounts::create(storage::Database &db, QString *error)
{
    using namespace sd::storage;
    if (auto migrated = Migrator(db).migrate(); !migrated)
        return *error = migrated.error().message, false;
    QueueRepository queues(db);
    auto support = queues.findByName(QStringLiteral("Support"));
    auto development = queues.findByName(QStringLiteral("Development"));
    if (!support || !development)
        return *error = QStringLiteral("the default queues are missing"), false;
    supportQueueId = support->id;
    developmentQueueId = development->id;

    core::Organisation organisation;
    organisation.name = QStringLiteral("Bench Load Ltd");
    organisation.projectCode = QStringLiteral("BENCH-1");
    organisation.supportLevel = QStringLiteral("standard");
    auto created = OrganisationRepository(db).create(organisation);
    if (!created)
        return *error = created.error().message, false;
    organisationId = created->id;

    password = QStringLiteral("bench-load-password");
    const QString hash = sd::server::PasswordHasher::hash(password);
    UserRepository users(db);
    for (int i = 1; i <= Customers; ++i) {
        core::User customer = person(QStringLiteral("customer%1").arg(i), core::UserRole::Customer);
        customer.organisationId = organisationId;
        auto stored = users.create(customer, hash);
        if (!stored)
            return *error = stored.error().message, false;
        customerLogins << customer.login;
        if (customerId == 0)
            customerId = stored->id;
    }
    for (int i = 1; i <= Agents; ++i) {
        core::User agent = person(QStringLiteral("agent%1").arg(i), core::UserRole::Agent);
        agent.queueIds = {supportQueueId};
        auto stored = users.create(agent, hash);
        if (!stored)
            return *error = stored.error().message, false;
        agentLogins << agent.login;
        agentIds << stored->id;
    }
    return true;
}

} // namespace sd::bench
