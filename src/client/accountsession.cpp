#include "accountsession.h"

#include "apijob.h"
#include "apiresult.h"
#include "protocol/sessionjson.h"
#include "protocol/userjson.h"
#include "serverapi.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace sd::client {

namespace {

Q_LOGGING_CATEGORY(lcSession, "sd.client.session")

const QString SessionPath = QStringLiteral("/api/v1/session");

} // namespace

AccountSession::AccountSession(ServerApi *api, CredentialStore *store, QObject *parent)
    : QObject(parent), m_api(api), m_store(store)
{
    connect(store, &CredentialStore::loaded, this, &AccountSession::tokenLoaded);
    connect(store, &CredentialStore::stored, this, &AccountSession::tokenStored);
    connect(store, &CredentialStore::removed, this, &AccountSession::tokenRemoved);
}

void AccountSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void AccountSession::signIn(const QString &login, const QString &password)
{
    if (m_state != State::SignedOut || !m_api || !m_store)
        return;
    m_profile = {m_api->baseUrl(), login.trimmed()};
    qCInfo(lcSession, "%s: signing in", qUtf8Printable(m_profile.logName()));
    setState(State::SigningIn);
    // Without an Idempotency-Key the request is sent once: a password is never sent twice.
    const protocol::SessionJson::LoginRequest request{m_profile.login, password};
    ApiJob *job =
        m_api->send(ApiCall::post(SessionPath, protocol::SessionJson::loginToJson(request)));
    connect(job, &ApiJob::finished, this, &AccountSession::signInAnswered);
}

void AccountSession::signInAnswered(const ApiResult &result)
{
    if (!result.ok()) {
        const auto [problem, message] = problemOf(result);
        return fail(problem, message);
    }
    protocol::ApiError error;
    const auto session = protocol::SessionJson::fromJson(result.object(), &error);
    if (!session || session->token.isEmpty())
        return fail(Problem::Refused,
                    tr("The server at %1 sent an answer to the sign-in that SupportDesk cannot "
                       "read (%2).")
                        .arg(serverName(), error.message));
    m_user = session->user;
    m_api->setToken(session->token);
    m_waitingForStore = true;
    m_store->store(m_profile, session->token);
}

void AccountSession::tokenStored(const CredentialProfile &profile)
{
    if (!isOurs(profile) || m_state != State::SigningIn)
        return;
    m_waitingForStore = false;
    qCInfo(lcSession, "%s: signed in", qUtf8Printable(m_profile.logName()));
    setState(State::SignedIn);
    emit signedIn(m_user);
}

void AccountSession::restore(const QString &login)
{
    if (m_state != State::SignedOut || !m_api || !m_store)
        return;
    m_profile = {m_api->baseUrl(), login.trimmed()};
    setState(State::Restoring);
    m_waitingForStore = true;
    m_store->load(m_profile);
}

void AccountSession::tokenLoaded(const CredentialProfile &profile, const QString &token)
{
    if (!isOurs(profile) || m_state != State::Restoring)
        return;
    m_waitingForStore = false;
    if (token.isEmpty())
        return fail(Problem::NothingSaved, tr("No sign-in is saved for %1 on %2. Please sign in.")
                                               .arg(m_profile.login, serverName()));
    m_api->setToken(token);
    ApiJob *job = m_api->send(ApiCall::get(SessionPath));
    connect(job, &ApiJob::finished, this, &AccountSession::sessionChecked);
}

void AccountSession::sessionChecked(const ApiResult &result)
{
    if (result.ok()) {
        protocol::ApiError error;
        if (const auto user = protocol::UserJson::fromJson(result.object(), &error)) {
            m_user = *user;
            qCInfo(lcSession, "%s: saved sign-in restored", qUtf8Printable(m_profile.logName()));
            setState(State::SignedIn);
            emit signedIn(m_user);
            return;
        }
        m_api->setToken(QString());
        return fail(Problem::Refused, tr("The server at %1 sent an answer that SupportDesk "
                                         "cannot read (%2).")
                                          .arg(serverName(), error.message));
    }
    m_api->setToken(QString());
    if (result.failure == ApiResult::Failure::Http && result.httpStatus == 401) {
        // Revoked or expired: keeping it would only fail again at every start.
        qCInfo(lcSession, "%s: saved token refused, forgetting it",
               qUtf8Printable(m_profile.logName()));
        m_message = tr("Your saved sign-in as %1 on %2 is no longer valid: it expired or was "
                       "signed out. Please sign in again.")
                        .arg(m_profile.login, serverName());
        m_waitingForStore = true;
        m_store->remove(m_profile);
        return;
    }
    const auto [problem, message] = problemOf(result);
    fail(problem, message);
}

void AccountSession::signOut()
{
    if (m_state != State::SignedIn || !m_api || !m_store)
        return;
    qCInfo(lcSession, "%s: signing out", qUtf8Printable(m_profile.logName()));
    setState(State::SigningOut);
    ApiJob *job = m_api->send(ApiCall::deleteResource(SessionPath));
    connect(job, &ApiJob::finished, this, &AccountSession::signOutAnswered);
}

void AccountSession::signOutAnswered(const ApiResult &result)
{
    // 401: the server no longer knows the token, which is what signing out wants.
    const bool refused = result.failure == ApiResult::Failure::Http && result.httpStatus == 401;
    m_revokedOnServer = result.ok() || refused;
    m_message.clear();
    if (!m_revokedOnServer) {
        qCInfo(lcSession, "%s: the server could not revoke the token: %s",
               qUtf8Printable(m_profile.logName()), qUtf8Printable(result.userMessage));
        m_message = tr("You are signed out on this computer, but the server at %1 could not be "
                       "told (%2). Your sign-in there stays valid until it expires.")
                        .arg(serverName(), result.userMessage);
    }
    m_api->setToken(QString());
    m_user = core::User();
    m_waitingForStore = true;
    m_store->remove(m_profile);
}

void AccountSession::tokenRemoved(const CredentialProfile &profile)
{
    if (!isOurs(profile))
        return;
    m_waitingForStore = false;
    if (m_state == State::SigningOut) {
        qCInfo(lcSession, "%s: signed out", qUtf8Printable(m_profile.logName()));
        setState(State::SignedOut);
        emit signedOut(m_revokedOnServer, m_message);
    } else if (m_state == State::Restoring) {
        fail(Problem::Expired, m_message);
    }
}

bool AccountSession::isOurs(const CredentialProfile &profile) const
{
    return m_waitingForStore && profile.key() == m_profile.key();
}

void AccountSession::fail(Problem problem, const QString &message)
{
    qCInfo(lcSession) << m_profile.logName() << "sign-in failed:" << problem;
    m_user = core::User();
    setState(State::SignedOut);
    emit signInFailed(problem, message);
}

std::pair<AccountSession::Problem, QString> AccountSession::problemOf(const ApiResult &result) const
{
    using Failure = ApiResult::Failure;
    // A gateway answering 502/504 means the server behind it is gone, as for ServerApi.
    const bool unreachable =
        result.failure == Failure::Network || result.failure == Failure::Timeout ||
        (result.failure == Failure::Http && (result.httpStatus == 502 || result.httpStatus == 504));
    if (unreachable)
        return {Problem::Offline,
                tr("SupportDesk cannot sign in while the server cannot be reached. %1")
                    .arg(result.userMessage)};
    if (result.failure == Failure::Certificate)
        return {Problem::Certificate, result.userMessage};
    if (result.httpStatus == 401)
        return {Problem::WrongCredentials, tr("The login or the password is wrong.")};
    if (result.httpStatus != 429)
        return {Problem::Refused, result.userMessage};
    const auto waitMs =
        RetryPolicy::retryAfterMs(result.header("retry-after"), QDateTime::currentDateTimeUtc());
    if (!waitMs)
        return {Problem::Throttled, tr("Too many failed sign-ins. Try again later.")};
    return {Problem::Throttled, tr("Too many failed sign-ins. Try again in %n second(s).", nullptr,
                                   int(qMax<qint64>(1, (*waitMs + 999) / 1000)))};
}

QString AccountSession::serverName() const
{
    return m_profile.server.toDisplayString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

} // namespace sd::client
