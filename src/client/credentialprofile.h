#pragma once

#include <QString>
#include <QUrl>

namespace sd::client {

// Whose token: one per server and login, so a workstation can keep several accounts apart.
struct CredentialProfile
{
    QUrl server;
    QString login;

    // The keychain entry name, "supportdesk:<server>:<login>:token". The URL is normalised so
    // that "https://desk/" and "https://desk" share one entry.
    QString key() const;
    // "<login> on <server>" for log lines (not translated, so never shown to the user).
    QString logName() const;
};

} // namespace sd::client
