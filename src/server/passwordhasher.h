#pragma once

#include <QString>

namespace sd::server {

// Argon2id password hashes through libsodium, in its self-describing encoded form
// ($argon2id$v=19$m=...,t=...,p=...$salt$hash), so parameters can be raised later without
// breaking stored hashes (needsRehash tells when to re-hash on the next sign-in).
class PasswordHasher final
{
public:
    // Returns an empty string only if libsodium cannot initialise or allocate its memory.
    static QString hash(const QString &password);
    static bool verify(const QString &encodedHash, const QString &password);
    static bool needsRehash(const QString &encodedHash);
};

} // namespace sd::server
