#include "credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMetaEnum>

namespace sd::client {

namespace {

Q_LOGGING_CATEGORY(lcCredentials, "sd.client.credentials", QtInfoMsg)

QString serviceName()
{
    return QStringLiteral("SupportDesk");
}

const char *placeName(CredentialStore::Place place)
{
    return QMetaEnum::fromType<CredentialStore::Place>().valueToKey(static_cast<int>(place));
}

QString serverText(const CredentialProfile &profile)
{
    return profile.server.toDisplayString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

// Jobs belong to no one and delete themselves when done: a libsecret callback still pending
// when its job is deleted would use freed memory, so a store may go away before its jobs do
// (the connection's context then drops their answer).
template <typename JobType> JobType *newJob()
{
    return new JobType(serviceName());
}

} // namespace

CredentialStore::CredentialStore(QObject *parent) : QObject(parent) {}

void CredentialStore::setInsecureFileDirectory(const QString &directory)
{
    m_insecureDirectory = directory;
    if (directory.isEmpty())
        qCInfo(lcCredentials, "insecure token file forbidden");
    else
        qCInfo(lcCredentials, "insecure token file allowed by the user in %s",
               qUtf8Printable(QDir::toNativeSeparators(directory)));
}

void CredentialStore::load(const CredentialProfile &profile)
{
    // A token lives in one place, and a fallback copy is always newer than a keychain entry
    // (a successful keychain write deletes the copies), so the copies are asked first.
    if (const auto it = m_sessionTokens.constFind(profile.key()); it != m_sessionTokens.cend()) {
        answerLater(profile, *it, Place::SessionOnly);
        return;
    }
    if (const QString token = readInsecureFile(profile); !token.isEmpty()) {
        answerLater(profile, token, Place::InsecureFile);
        return;
    }
    auto *job = newJob<QKeychain::ReadPasswordJob>();
    job->setKey(profile.key());
    connect(job, &QKeychain::Job::finished, this,
            [this, profile](QKeychain::Job *done) { onReadFinished(done, profile); });
    job->start();
}

void CredentialStore::store(const CredentialProfile &profile, const QString &token)
{
    auto *job = newJob<QKeychain::WritePasswordJob>();
    job->setKey(profile.key());
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, profile, token](QKeychain::Job *done) {
        onWriteFinished(done, profile, token);
    });
    job->start();
}

void CredentialStore::remove(const CredentialProfile &profile)
{
    m_sessionTokens.remove(profile.key());
    removeInsecureFile(profile);
    auto *job = newJob<QKeychain::DeletePasswordJob>();
    job->setKey(profile.key());
    connect(job, &QKeychain::Job::finished, this,
            [this, profile](QKeychain::Job *done) { onDeleteFinished(done, profile); });
    job->start();
}

void CredentialStore::answerLater(const CredentialProfile &profile, const QString &token,
                                  Place place)
{
    qCInfo(lcCredentials, "%s: token loaded, place=%s", qUtf8Printable(profile.logName()),
           placeName(place));
    QMetaObject::invokeMethod(
        this, [this, profile, token, place] { emit loaded(profile, token, place); },
        Qt::QueuedConnection);
}

void CredentialStore::onReadFinished(QKeychain::Job *job, const CredentialProfile &profile)
{
    const QString who = profile.logName();
    switch (job->error()) {
    case QKeychain::NoError:
        qCInfo(lcCredentials, "%s: token loaded, place=Keychain", qUtf8Printable(who));
        emit loaded(profile, static_cast<QKeychain::ReadPasswordJob *>(job)->textData(),
                    Place::Keychain);
        return;
    case QKeychain::EntryNotFound:
        qCInfo(lcCredentials, "%s: no token saved, place=Nowhere", qUtf8Printable(who));
        break;
    default:
        qCInfo(lcCredentials, "%s: keychain unavailable for reading (%s), place=Nowhere",
               qUtf8Printable(who), qUtf8Printable(job->errorString()));
        emit keychainUnavailable(profile,
                                 tr("The system keychain is not available (%1), so the saved "
                                    "sign-in for %2 on %3 cannot be read. Please sign in again.")
                                     .arg(job->errorString(), profile.login, serverText(profile)));
        break;
    }
    emit loaded(profile, QString(), Place::Nowhere);
}

void CredentialStore::onWriteFinished(QKeychain::Job *job, const CredentialProfile &profile,
                                      const QString &token)
{
    if (job->error() == QKeychain::NoError) {
        m_sessionTokens.remove(profile.key());
        removeInsecureFile(profile);
        qCInfo(lcCredentials, "%s: token stored, place=Keychain",
               qUtf8Printable(profile.logName()));
        emit stored(profile, Place::Keychain);
        return;
    }
    const Place place = keepWithoutKeychain(profile, token);
    qCInfo(lcCredentials, "%s: keychain unavailable for writing (%s), token stored, place=%s",
           qUtf8Printable(profile.logName()), qUtf8Printable(job->errorString()), placeName(place));
    emit keychainUnavailable(profile, fallbackExplanation(profile, place, job->errorString()));
    emit stored(profile, place);
}

void CredentialStore::onDeleteFinished(QKeychain::Job *job, const CredentialProfile &profile)
{
    const QString who = profile.logName();
    if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
        qCInfo(lcCredentials, "%s: token removed everywhere", qUtf8Printable(who));
    } else {
        qCInfo(lcCredentials, "%s: keychain unavailable for removing (%s), other copies removed",
               qUtf8Printable(who), qUtf8Printable(job->errorString()));
        emit keychainUnavailable(
            profile, tr("The system keychain is not available (%1). If it holds a sign-in token "
                        "for %2 on %3, that token could not be removed from it.")
                         .arg(job->errorString(), profile.login, serverText(profile)));
    }
    emit removed(profile);
}

CredentialStore::Place CredentialStore::keepWithoutKeychain(const CredentialProfile &profile,
                                                            const QString &token)
{
    if (!m_insecureDirectory.isEmpty() && writeInsecureFile(profile, token)) {
        m_sessionTokens.remove(profile.key());
        return Place::InsecureFile;
    }
    m_sessionTokens.insert(profile.key(), token);
    return Place::SessionOnly;
}

QString CredentialStore::fallbackExplanation(const CredentialProfile &profile, Place place,
                                             const QString &keychainError) const
{
    if (place == Place::InsecureFile) {
        return tr("The system keychain is not available (%1). As you allowed, the sign-in token "
                  "for %2 on %3 is saved unencrypted in %4: anyone who can read that file can "
                  "use your account until you log out.")
            .arg(keychainError, profile.login, serverText(profile),
                 QDir::toNativeSeparators(insecureFilePath(profile)));
    }
    return tr("The system keychain is not available (%1). You stay signed in as %2 on %3 until "
              "SupportDesk closes; next time you will have to sign in again.")
        .arg(keychainError, profile.login, serverText(profile));
}

QString CredentialStore::insecureFilePath(const CredentialProfile &profile) const
{
    // Hashed so that server URLs and logins need no escaping to become file names.
    const QByteArray name =
        QCryptographicHash::hash(profile.key().toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(m_insecureDirectory).filePath(QString::fromLatin1(name + ".token"));
}

QString CredentialStore::readInsecureFile(const CredentialProfile &profile) const
{
    if (m_insecureDirectory.isEmpty())
        return {};
    QFile file(insecureFilePath(profile));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool CredentialStore::writeInsecureFile(const CredentialProfile &profile,
                                        const QString &token) const
{
    const QString path = insecureFilePath(profile);
    if (!QDir().mkpath(m_insecureDirectory)) {
        qCWarning(lcCredentials, "cannot create %s", qUtf8Printable(m_insecureDirectory));
        return false;
    }
    // Created with 0600 from the start (NewOnly, after removing an old copy): chmod after
    // creation would leave a moment in which others could open the file.
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        qCWarning(lcCredentials, "cannot create %s: %s", qUtf8Printable(path),
                  qUtf8Printable(file.errorString()));
        return false;
    }
    const QByteArray data = token.toUtf8();
    if (file.write(data) != data.size() || !file.flush()) {
        qCWarning(lcCredentials, "cannot write %s: %s", qUtf8Printable(path),
                  qUtf8Printable(file.errorString()));
        file.remove();
        return false;
    }
    return true;
}

void CredentialStore::removeInsecureFile(const CredentialProfile &profile) const
{
    if (!m_insecureDirectory.isEmpty())
        QFile::remove(insecureFilePath(profile));
}

} // namespace sd::client
