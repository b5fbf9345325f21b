#include "passwordhasher.h"

#include <sodium.h>

namespace sd::server {

namespace {

// libsodium's "interactive" limits: 64 MiB and ~0.1 s per hash on this class of machine,
// OWASP's recommended floor for Argon2id on a server answering sign-ins.
constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

} // namespace

QString PasswordHasher::hash(const QString &password)
{
    if (!ready())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), utf8.size(), kOpsLimit, kMemLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &encodedHash, const QString &password)
{
    if (!ready() || encodedHash.isEmpty())
        return false;
    const QByteArray stored = encodedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), utf8.size()) == 0;
}

bool PasswordHasher::needsRehash(const QString &encodedHash)
{
    if (!ready())
        return false;
    return crypto_pwhash_str_needs_rehash(encodedHash.toLatin1().constData(), kOpsLimit,
                                          kMemLimit) != 0;
}

} // namespace sd::server
