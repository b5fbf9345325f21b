#pragma once

#include "client/credentialprofile.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace sd::client {

// Keeps a sign-in token (never a password) per profile in the system keychain through
// QtKeychain. A Linux session often has no secret service, and QtKeychain then only reports a
// generic error without falling back, so the fallback is ours: the token stays in memory for
// this session, or goes to a plain file when the user explicitly allowed that. Each time the
// keychain fails the user is told why (keychainUnavailable). Every operation answers with a
// signal, always asynchronously; a token lives in exactly one place at a time.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    enum class Place {
        Nowhere,     // nothing saved for the profile
        Keychain,    // the system keychain (libsecret/KWallet, Windows Credential Manager)
        SessionOnly, // this object's memory: lost when the application exits
        InsecureFile // an unencrypted file readable by the owner only; see setInsecureFileDirectory
    };
    Q_ENUM(Place)

    explicit CredentialStore(QObject *parent = nullptr);

    // INSECURE, opt-in only: when the keychain fails, write the token UNENCRYPTED to a file in
    // this directory (permissions 0600, so only file-system permissions protect it; anyone with
    // the user's account or a backup of it can use the token). An empty directory, the
    // default, forbids the file: such tokens are kept for the session only.
    void setInsecureFileDirectory(const QString &directory);
    QString insecureFileDirectory() const { return m_insecureDirectory; }

    void load(const CredentialProfile &profile);
    void store(const CredentialProfile &profile, const QString &token);
    // Forgets the token everywhere: keychain, session memory and the insecure file.
    void remove(const CredentialProfile &profile);

signals:
    // token is empty and place is Nowhere when nothing is saved (or the keychain failed).
    void loaded(const sd::client::CredentialProfile &profile, const QString &token,
                sd::client::CredentialStore::Place place);
    void stored(const sd::client::CredentialProfile &profile,
                sd::client::CredentialStore::Place place);
    void removed(const sd::client::CredentialProfile &profile);
    // A translated explanation for the user, sent before the operation's own signal.
    void keychainUnavailable(const sd::client::CredentialProfile &profile,
                             const QString &explanation);

private:
    void onReadFinished(QKeychain::Job *job, const CredentialProfile &profile);
    void onWriteFinished(QKeychain::Job *job, const CredentialProfile &profile,
                         const QString &token);
    void onDeleteFinished(QKeychain::Job *job, const CredentialProfile &profile);
    void answerLater(const CredentialProfile &profile, const QString &token, Place place);
    Place keepWithoutKeychain(const CredentialProfile &profile, const QString &token);
    QString fallbackExplanation(const CredentialProfile &profile, Place place,
                                const QString &keychainError) const;

    QString insecureFilePath(const CredentialProfile &profile) const;
    QString readInsecureFile(const CredentialProfile &profile) const;
    bool writeInsecureFile(const CredentialProfile &profile, const QString &token) const;
    void removeInsecureFile(const CredentialProfile &profile) const;

    QString m_insecureDirectory;
    QHash<QString, QString> m_sessionTokens; // by CredentialProfile::key()
};

} // namespace sd::client
