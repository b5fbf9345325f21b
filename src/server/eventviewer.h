#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace sd::server {

// Who is at the other end of an event socket, as the authenticator found from the token.
struct EventViewer
{
    qint64 userId = 0;
    QString name;
    QString role; // core::UserRole spelling: "customer", "agent", "supervisor", "admin"
    qint64 organisationId = 0;
    QList<qint64> queueIds;

    // Agents, supervisors and admins; an unknown role counts as a customer.
    bool isStaff() const;
};

// Finds the viewer behind a bearer token, or nothing when the token is unknown or expired.
// Called on a worker thread (it may query the database), so it must be thread-safe.
using EventAuthenticator = std::function<std::optional<EventViewer>(const QString &token)>;

} // namespace sd::server
