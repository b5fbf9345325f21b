#pragma once

#include "apiclient.h"
#include "core/user.h"
#include "serverprocess.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QHash>
#include <memory>

namespace sd::testing {

// A migrated test database with two organisations, the default queues and one user per
// role (plus a second agent, a second customer and a customer without organisation), served
// by a real supportdesk-server process.
//
//   login        role        organisation  queues
//   admin        admin       -             -
//   boss         supervisor  -             -
//   agent        agent       -             Support
//   dev          agent       -             Development
//   alice        customer    Acme          -
//   bob          customer    Other Corp    -
//   loner        customer    -             -
class ApiFixture final
{
public:
    static inline const QString Password = QStringLiteral("correct horse 42");

    bool setUp(QString *error);
    // A client signed in as `login` (empty: anonymous).
    std::unique_ptr<ApiClient> client(const QString &login = {});
    core::User user(const QString &login) const { return m_users.value(login); }

    TestDatabase testDb;
    std::unique_ptr<storage::Database> db;
    ServerProcess server{QStringLiteral(SD_SERVER_BIN)};
    qint64 acmeId = 0;
    qint64 otherId = 0;
    qint64 supportQueueId = 0;
    qint64 developmentQueueId = 0;

private:
    bool addUser(const QString &login, core::UserRole role, qint64 organisationId,
                 const QList<qint64> &queues, QString *error);

    QHash<QString, core::User> m_users;
};

} // namespace sd::testing
