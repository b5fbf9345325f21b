#include "client/credentialprofile.h"
#include "client/credentialstore.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>
#include <optional>

using sd::client::CredentialProfile;
using sd::client::CredentialStore;
using Place = CredentialStore::Place;

// Runs against whatever keychain the process finds: scripts/with-keyring provides a real
// gnome-keyring, and SD_KEYRING=none announces that there is none (the session bus leads
// nowhere), in which case every case asserts the fallback instead.
namespace {

constexpr int JobTimeoutMs = 20000;

bool keychainExpected()
{
    return qEnvironmentVariable("SD_KEYRING") != QLatin1String("none");
}

CredentialProfile uniqueProfile()
{
    return {QUrl(QStringLiteral("https://desk.example.test:8443/")),
            QStringLiteral("agent-") + QUuid::createUuid().toString(QUuid::WithoutBraces)};
}

QString uniqueToken()
{
    return QStringLiteral("tok-") + QUuid::createUuid().toString(QUuid::Id128);
}

struct Loaded
{
    QString token;
    Place place;
};

std::optional<Place> storeToken(CredentialStore &store, const CredentialProfile &profile,
                                const QString &token)
{
    QSignalSpy spy(&store, &CredentialStore::stored);
    store.store(profile, token);
    if (spy.isEmpty() && !spy.wait(JobTimeoutMs))
        return std::nullopt;
    return spy.first().at(1).value<Place>();
}

std::optional<Loaded> loadToken(CredentialStore &store, const CredentialProfile &profile)
{
    QSignalSpy spy(&store, &CredentialStore::loaded);
    store.load(profile);
    if (spy.isEmpty() && !spy.wait(JobTimeoutMs))
        return std::nullopt;
    return Loaded{spy.first().at(1).toString(), spy.first().at(2).value<Place>()};
}

bool removeToken(CredentialStore &store, const CredentialProfile &profile)
{
    QSignalSpy spy(&store, &CredentialStore::removed);
    store.remove(profile);
    return !spy.isEmpty() || spy.wait(JobTimeoutMs);
}

QStringList filesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden);
}

struct LogLine
{
    QString category;
    QtMsgType type;
    QString text;
};

QList<LogLine> capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    capturedLog.append({QString::fromUtf8(context.category), type, text});
    previousHandler(type, context, text);
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void onlyTheKeychainOutlivesTheStore();
    void insecureFileOnlyWhenOptedIn_data();
    void insecureFileOnlyWhenOptedIn();
    void tokenNeverLogged();
};

void TestCredentialStore::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("sd.client.credentials.info=true"));
    qInfo("keychain expected: %s (SD_KEYRING=%s)", keychainExpected() ? "yes" : "no",
          qPrintable(qEnvironmentVariable("SD_KEYRING", QStringLiteral("<unset>"))));
}

void TestCredentialStore::roundTrip()
{
    CredentialStore store;
    QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);
    const CredentialProfile profile = uniqueProfile();
    const QString token = uniqueToken();
    const Place expected = keychainExpected() ? Place::Keychain : Place::SessionOnly;

    const std::optional<Place> storedIn = storeToken(store, profile, token);
    QVERIFY(storedIn);
    QCOMPARE(*storedIn, expected);
    std::optional<Loaded> loaded = loadToken(store, profile);
    QVERIFY(loaded);
    QCOMPARE(loaded->token, token);
    QCOMPARE(loaded->place, expected);

    QVERIFY(removeToken(store, profile));
    loaded = loadToken(store, profile);
    QVERIFY(loaded);
    QVERIFY(loaded->token.isEmpty());
    QCOMPARE(loaded->place, Place::Nowhere);

    if (keychainExpected()) {
        QCOMPARE(unavailable.count(), 0);
        return;
    }
    // The store, the remove and the final load each hit the failing keychain.
    QCOMPARE(unavailable.count(), 3);
    for (const QList<QVariant> &signal : std::as_const(unavailable)) {
        const QString explanation = signal.at(1).toString();
        QVERIFY(explanation.contains(profile.login));
        QVERIFY(!explanation.contains(token));
    }
}

void TestCredentialStore::onlyTheKeychainOutlivesTheStore()
{
    const CredentialProfile profile = uniqueProfile();
    const QString token = uniqueToken();
    {
        CredentialStore first;
        QVERIFY(storeToken(first, profile, token));
    }
    // A new store stands for the next start of the application.
    CredentialStore next;
    const std::optional<Loaded> loaded = loadToken(next, profile);
    QVERIFY(loaded);
    if (keychainExpected()) {
        QCOMPARE(loaded->token, token);
        QCOMPARE(loaded->place, Place::Keychain);
    } else {
        QVERIFY(loaded->token.isEmpty());
        QCOMPARE(loaded->place, Place::Nowhere);
    }
    QVERIFY(removeToken(next, profile));
    const std::optional<Loaded> afterRemove = loadToken(next, profile);
    QVERIFY(afterRemove);
    QCOMPARE(afterRemove->place, Place::Nowhere);
}

void TestCredentialStore::insecureFileOnlyWhenOptedIn_data()
{
    QTest::addColumn<bool>("optedIn");
    QTest::addRow("opted in") << true;
    QTest::addRow("not opted in") << false;
}

void TestCredentialStore::insecureFileOnlyWhenOptedIn()
{
    QFETCH(bool, optedIn);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileDir = dir.filePath(QStringLiteral("tokens"));
    CredentialStore store;
    if (optedIn)
        store.setInsecureFileDirectory(fileDir);
    const CredentialProfile profile = uniqueProfile();
    const QString token = uniqueToken();
    const Place expected = keychainExpected() ? Place::Keychain
                           : optedIn          ? Place::InsecureFile
                                              : Place::SessionOnly;

    const std::optional<Place> storedIn = storeToken(store, profile, token);
    QVERIFY(storedIn);
    QCOMPARE(*storedIn, expected);
    const QStringList files = filesIn(fileDir);
    QCOMPARE(files.size(), expected == Place::InsecureFile ? 1 : 0);
    if (expected == Place::InsecureFile) {
        QFile file(QDir(fileDir).filePath(files.first()));
        const QFileDevice::Permissions exact =
            file.permissions() &
            ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
        QCOMPARE(exact, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), token);

        CredentialStore nextOptedIn;
        nextOptedIn.setInsecureFileDirectory(fileDir);
        const std::optional<Loaded> again = loadToken(nextOptedIn, profile);
        QVERIFY(again);
        QCOMPARE(again->token, token);
        QCOMPARE(again->place, Place::InsecureFile);
        // Without the opt-in the file is never read.
        CredentialStore nextNotOptedIn;
        const std::optional<Loaded> none = loadToken(nextNotOptedIn, profile);
        QVERIFY(none);
        QCOMPARE(none->place, Place::Nowhere);
    }

    QVERIFY(removeToken(store, profile));
    QVERIFY(filesIn(fileDir).isEmpty());
    const std::optional<Loaded> afterRemove = loadToken(store, profile);
    QVERIFY(afterRemove);
    QCOMPARE(afterRemove->place, Place::Nowhere);
}

void TestCredentialStore::tokenNeverLogged()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CredentialProfile profile = uniqueProfile();
    const QString token = uniqueToken();
    capturedLog.clear();
    QStringList explanations;
    {
        previousHandler = qInstallMessageHandler(captureMessage);
        const auto restore = qScopeGuard([] { qInstallMessageHandler(previousHandler); });
        for (const bool optedIn : {false, true}) {
            CredentialStore store;
            connect(&store, &CredentialStore::keychainUnavailable, this,
                    [&explanations](const CredentialProfile &, const QString &text) {
                        explanations.append(text);
                    });
            if (optedIn)
                store.setInsecureFileDirectory(dir.path());
            QVERIFY(storeToken(store, profile, token));
            QVERIFY(loadToken(store, profile));
            QVERIFY(removeToken(store, profile));
        }
    }

    QStringList decisions;
    for (const LogLine &line : std::as_const(capturedLog)) {
        QVERIFY2(!line.text.contains(token), qPrintable(line.text));
        if (line.category == QLatin1String("sd.client.credentials") && line.type == QtInfoMsg)
            decisions.append(line.text);
    }
    for (const QString &text : std::as_const(explanations))
        QVERIFY2(!text.contains(token), qPrintable(text));
    const QStringList expectedPlaces = keychainExpected()
                                           ? QStringList{QStringLiteral("place=Keychain")}
                                           : QStringList{QStringLiteral("place=SessionOnly"),
                                                         QStringLiteral("place=InsecureFile")};
    const QString allDecisions = decisions.join(u'\n');
    for (const QString &place : expectedPlaces)
        QVERIFY2(allDecisions.contains(place), qPrintable(allDecisions));
    QVERIFY2(allDecisions.contains(QStringLiteral("token removed")) ||
                 allDecisions.contains(QStringLiteral("other copies removed")),
             qPrintable(allDecisions));
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "testcredentialstore.moc"
