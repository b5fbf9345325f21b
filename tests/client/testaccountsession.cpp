// AccountSession against the real server: signing in stores a working token, signing out
// revokes it on the server and forgets it here, a saved sign-in is checked before it is
// used, and every failure comes with a message. The CredentialStore runs without a
// keychain (session-only fallback) unless the test runs under scripts/with-keyring.
#include "apifixture.h"
#include "client/accountsession.h"
#include "client/credentialstore.h"
#include "client/serverapi.h"
#include "clienttestsupport.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

using namespace sd;
using namespace sd::testing;
using namespace Qt::StringLiterals;
using client::AccountSession;
using client::CredentialProfile;
using client::CredentialStore;
using Problem = AccountSession::Problem;

Q_DECLARE_METATYPE(Problem)

namespace {

constexpr int WaitMs = 20000;

bool keychainExpected()
{
    return qEnvironmentVariable("SD_KEYRING") != u"none";
}

// A store's answer for a profile: the token and where it was.
std::pair<QString, CredentialStore::Place> savedToken(CredentialStore &store,
                                                      const CredentialProfile &profile)
{
    QSignalSpy loaded(&store, &CredentialStore::loaded);
    store.load(profile);
    if (!loaded.wait(WaitMs))
        return {u"<no answer>"_s, CredentialStore::Place::Nowhere};
    return {loaded.first().at(1).toString(), loaded.first().at(2).value<CredentialStore::Place>()};
}

} // namespace

class TestAccountSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signInGivesAWorkingToken();
    void signOutRevokesTheToken();
    void signOutWhileTheServerIsAway();
    void restore_data();
    void restore();
    void failuresAreExplained_data();
    void failuresAreExplained();

private:
    // Signs `login` in through `session`; false when it failed or did not answer.
    bool signIn(AccountSession &session, const QString &login);
    // The server's answer to GET /api/v1/session with `token`.
    int sessionStatus(const QString &token);

    ApiFixture f;
    QNetworkAccessManager m_network;
};

void TestAccountSession::initTestCase()
{
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
}

bool TestAccountSession::signIn(AccountSession &session, const QString &login)
{
    QSignalSpy signedIn(&session, &AccountSession::signedIn);
    QSignalSpy failed(&session, &AccountSession::signInFailed);
    session.signIn(login, ApiFixture::Password);
    if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, WaitMs))
        qWarning("sign-in did not answer");
    if (!failed.isEmpty())
        qWarning("sign-in failed: %s", qPrintable(failed.first().at(1).toString()));
    return !signedIn.isEmpty();
}

int TestAccountSession::sessionStatus(const QString &token)
{
    ApiClient client(f.server.baseUrl());
    client.setToken(token);
    return client.get(u"/api/v1/session"_s).status;
}

void TestAccountSession::signInGivesAWorkingToken()
{
    auto api = ClientTestSupport::api(&m_network, f.server.baseUrl());
    CredentialStore store;
    AccountSession session(api.get(), &store);
    QSignalSpy signedIn(&session, &AccountSession::signedIn);
    QVERIFY(signIn(session, u"agent"_s));
    QCOMPARE(session.state(), AccountSession::State::SignedIn);
    const auto user = signedIn.first().at(0).value<core::User>();
    QCOMPARE(user.login, u"agent"_s);
    QVERIFY(user.role == core::UserRole::Agent);
    QCOMPARE(session.user().id, f.user(u"agent"_s).id);

    const QString token = api->token();
    QVERIFY(!token.isEmpty());
    QCOMPARE(sessionStatus(token), 200);
    const auto [kept, place] = savedToken(store, session.profile());
    QCOMPARE(kept, token);
    QCOMPARE(place, keychainExpected() ? CredentialStore::Place::Keychain
                                       : CredentialStore::Place::SessionOnly);
    QCOMPARE(session.profile().server, f.server.baseUrl());
}

void TestAccountSession::signOutRevokesTheToken()
{
    auto api = ClientTestSupport::api(&m_network, f.server.baseUrl());
    CredentialStore store;
    AccountSession session(api.get(), &store);
    QVERIFY(signIn(session, u"agent"_s));
    const QString token = api->token();
    QCOMPARE(sessionStatus(token), 200);

    QSignalSpy signedOut(&session, &AccountSession::signedOut);
    session.signOut();
    QVERIFY(signedOut.wait(WaitMs));
    QCOMPARE(signedOut.first().at(0).toBool(), true);
    QVERIFY(signedOut.first().at(1).toString().isEmpty());
    QCOMPARE(session.state(), AccountSession::State::SignedOut);
    QVERIFY(api->token().isEmpty());
    QCOMPARE(sessionStatus(token), 401);
    const auto [kept, place] = savedToken(store, session.profile());
    QVERIFY(kept.isEmpty());
    QCOMPARE(place, CredentialStore::Place::Nowhere);
}

void TestAccountSession::signOutWhileTheServerIsAway()
{
    auto api = ClientTestSupport::api(&m_network, f.server.baseUrl());
    CredentialStore store;
    AccountSession session(api.get(), &store);
    QVERIFY(signIn(session, u"admin"_s));
    const QString token = api->token();
    const CredentialProfile profile = session.profile();
    QUrl away = f.server.baseUrl();
    away.setPort(ClientTestSupport::closedPort());
    api->setBaseUrl(away);

    QSignalSpy signedOut(&session, &AccountSession::signedOut);
    session.signOut();
    QVERIFY(signedOut.wait(WaitMs));
    QCOMPARE(signedOut.first().at(0).toBool(), false);
    const QString message = signedOut.first().at(1).toString();
    QVERIFY(!message.isEmpty());
    QVERIFY(!message.contains(token));
    QCOMPARE(session.state(), AccountSession::State::SignedOut);
    // Forgotten here all the same, though the server still honours it (as the message says).
    QVERIFY(api->token().isEmpty());
    QVERIFY(savedToken(store, profile).first.isEmpty());
    QCOMPARE(sessionStatus(token), 200);
}

void TestAccountSession::restore_data()
{
    QTest::addColumn<QString>("saved");
    QTest::addColumn<bool>("restored");
    QTest::addColumn<Problem>("problem"); // when not restored
    QTest::addRow("valid token") << u"valid"_s << true << Problem::Refused;
    QTest::addRow("revoked token") << u"revoked"_s << false << Problem::Expired;
    QTest::addRow("nothing saved") << QString() << false << Problem::NothingSaved;
}

void TestAccountSession::restore()
{
    QFETCH(QString, saved);
    QFETCH(bool, restored);
    QFETCH(Problem, problem);
    CredentialStore store;
    const CredentialProfile profile{f.server.baseUrl(), u"boss"_s};
    QString token;
    if (!saved.isEmpty()) {
        // What an earlier run of the application left behind.
        auto earlierApi = ClientTestSupport::api(&m_network, f.server.baseUrl());
        AccountSession earlier(earlierApi.get(), &store);
        QVERIFY(signIn(earlier, u"boss"_s));
        token = earlierApi->token();
        if (saved == u"revoked") {
            ApiClient elsewhere(f.server.baseUrl());
            elsewhere.setToken(token);
            QCOMPARE(elsewhere.send("DELETE", u"/api/v1/session"_s).status, 204);
        }
    }

    auto api = ClientTestSupport::api(&m_network, f.server.baseUrl());
    AccountSession session(api.get(), &store);
    QSignalSpy signedIn(&session, &AccountSession::signedIn);
    QSignalSpy failed(&session, &AccountSession::signInFailed);
    session.restore(u"boss"_s);
    QVERIFY(QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, WaitMs));
    if (restored) {
        QCOMPARE(signedIn.size(), 1);
        QCOMPARE(session.state(), AccountSession::State::SignedIn);
        QCOMPARE(session.user().login, u"boss"_s);
        QCOMPARE(api->token(), token);
        return;
    }
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<Problem>(), problem);
    QVERIFY(!failed.first().at(1).toString().isEmpty());
    QCOMPARE(session.state(), AccountSession::State::SignedOut);
    QVERIFY(api->token().isEmpty());
    // A refused token is not kept for the next start.
    QVERIFY(savedToken(store, profile).first.isEmpty());
}

void TestAccountSession::failuresAreExplained_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("failuresBefore"); // wrong passwords sent first
    QTest::addColumn<bool>("serverAway");
    QTest::addColumn<Problem>("problem");
    QTest::addRow("wrong password")
        << u"alice"_s << u"not the password"_s << 0 << false << Problem::WrongCredentials;
    QTest::addRow("unknown login")
        << u"nobody"_s << ApiFixture::Password << 0 << false << Problem::WrongCredentials;
    // The server allows 5 failures per login in 15 minutes.
    QTest::addRow("throttled") << u"dev"_s << ApiFixture::Password << 5 << false
                               << Problem::Throttled;
    QTest::addRow("server away") << u"bob"_s << ApiFixture::Password << 0 << true
                                 << Problem::Offline;
}

void TestAccountSession::failuresAreExplained()
{
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(int, failuresBefore);
    QFETCH(bool, serverAway);
    QFETCH(Problem, problem);
    ApiClient guesser(f.server.baseUrl());
    for (int i = 0; i < failuresBefore; ++i)
        QCOMPARE(guesser.signIn(login, u"guess"_s).status, 401);
    QUrl url = f.server.baseUrl();
    if (serverAway)
        url.setPort(ClientTestSupport::closedPort());
    auto api = ClientTestSupport::api(&m_network, url);
    CredentialStore store;
    AccountSession session(api.get(), &store);
    QSignalSpy signedIn(&session, &AccountSession::signedIn);
    QSignalSpy failed(&session, &AccountSession::signInFailed);
    session.signIn(login, password);
    QVERIFY(failed.wait(WaitMs));
    QCOMPARE(failed.first().at(0).value<Problem>(), problem);
    const QString message = failed.first().at(1).toString();
    QVERIFY(!message.isEmpty());
    QVERIFY(!message.contains(password));
    if (problem == Problem::Throttled)
        QVERIFY2(message.contains(QRegularExpression(u"\\d"_s)), qPrintable(message));
    QVERIFY(signedIn.isEmpty());
    QCOMPARE(session.state(), AccountSession::State::SignedOut);
    QVERIFY(api->token().isEmpty());
    QVERIFY(savedToken(store, {url, login}).first.isEmpty());
}

QTEST_MAIN(TestAccountSession)
#include "testaccountsession.moc"
