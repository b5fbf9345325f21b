#pragma once

#include "userrole.h"

#include <QList>
#include <QString>

namespace sd::core {

// A person who signs in. The password hash (Argon2id) never leaves the server.
struct User
{
    qint64 id = 0;
    QString login;
    QString name;
    QString email;
    UserRole role = UserRole::Customer;
    qint64 organisationId = 0; // customers only
    QString locale = QStringLiteral("ru");
    QList<qint64> queueIds; // agents: the queues they work
    bool active = true;
};

} // namespace sd::core
