#pragma once

#include "client/credentialprofile.h"
#include "client/credentialstore.h"
#include "core/user.h"

#include <QObject>
#include <QPointer>

#include <utility>

namespace sd::client {

class ServerApi;
struct ApiResult;

// Signing in to one server and out again. Signing in sends the password once
// (POST /api/v1/session) and keeps only the token that comes back: in ServerApi for the
// requests that follow and in the CredentialStore under the server's profile for the next
// start. restore() takes a saved token and asks the server whether it still works
// (GET /api/v1/session); a token the server refuses is forgotten, one that could not be
// checked (offline) is kept for the next try. Signing out revokes the token on the server
// (DELETE /api/v1/session) and then forgets it here; when the server cannot be told, it is
// forgotten here all the same and the user learns that it stays valid there until it expires.
//
// One operation at a time: signIn() and restore() act only when SignedOut, signOut() only
// when SignedIn; other calls are ignored.
class AccountSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSession)

public:
    enum class State { SignedOut, SigningIn, Restoring, SignedIn, SigningOut };
    Q_ENUM(State)

    // Why signing in or restoring failed; each comes with a translated message.
    enum class Problem {
        WrongCredentials, // the login or the password is wrong (401)
        Throttled,        // too many failed attempts, wait (429)
        NothingSaved,     // restore: no token saved for the login
        Expired,          // restore: the server refused the saved token, which is forgotten
        Offline,          // the server cannot be reached; a saved token is kept
        Certificate,      // the server's certificate is not trusted (see ServerApi)
        Refused,          // anything else the server refused; its own message
    };
    Q_ENUM(Problem)

    // Neither is owned; both must outlive the session.
    AccountSession(ServerApi *api, CredentialStore *store, QObject *parent = nullptr);

    void signIn(const QString &login, const QString &password);
    void restore(const QString &login);
    void signOut();

    State state() const { return m_state; }
    // The signed-in user as the server described them; meaningful while SignedIn.
    core::User user() const { return m_user; }
    // Server and login of the current or last operation.
    CredentialProfile profile() const { return m_profile; }

signals:
    void stateChanged(sd::client::AccountSession::State state);
    void signedIn(const sd::core::User &user);
    void signInFailed(sd::client::AccountSession::Problem problem, const QString &message);
    // `message` is empty when the server revoked the token, otherwise it says why it could
    // not be told.
    void signedOut(bool revokedOnServer, const QString &message);

private:
    void setState(State state);
    void signInAnswered(const ApiResult &result);
    void sessionChecked(const ApiResult &result);
    void signOutAnswered(const ApiResult &result);
    void tokenLoaded(const CredentialProfile &profile, const QString &token);
    void tokenStored(const CredentialProfile &profile);
    void tokenRemoved(const CredentialProfile &profile);
    bool isOurs(const CredentialProfile &profile) const;
    void fail(Problem problem, const QString &message);
    std::pair<Problem, QString> problemOf(const ApiResult &result) const;
    QString serverName() const;

    QPointer<ServerApi> m_api;
    QPointer<CredentialStore> m_store;
    State m_state = State::SignedOut;
    // Set while a store answer for m_profile is ours to take: one about the same profile
    // that belongs to someone else's call on the shared store is not.
    bool m_waitingForStore = false;
    CredentialProfile m_profile;
    core::User m_user;
    // Kept between an answer and the store's confirmation, to be reported after it.
    bool m_revokedOnServer = false;
    QString m_message;
};

} // namespace sd::client
