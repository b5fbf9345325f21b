#include "credentialprofile.h"

namespace sd::client {

namespace {

QString normalisedServer(const QUrl &server)
{
    return server
        .adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
        .toString();
}

} // namespace

QString CredentialProfile::key() const
{
    return QStringLiteral("supportdesk:%1:%2:token").arg(normalisedServer(server), login);
}

QString CredentialProfile::logName() const
{
    return QStringLiteral("%1 on %2").arg(login, normalisedServer(server));
}

} // namespace sd::client
