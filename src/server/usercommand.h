#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace sd::server {

// `supportdesk-server user add|list|passwd`: the accounts an admin manages from the shell
// before anyone can sign in. Passwords come only from standard input (--password-stdin),
// never from a flag, so they stay out of the shell history and the process list; they are
// stored as Argon2id hashes (PasswordHasher). The flags of `user add` are a contract
// (DESIGN.md, "Admin CLI flags").
class UserCommand final
{
    Q_DECLARE_TR_FUNCTIONS(sd::server::UserCommand)

public:
    // arguments: program name, "user", "add"|"list"|"passwd", options...
    static int run(const QStringList &arguments);

    // Passwords shorter than this are refused.
    static constexpr int MinimumPasswordLength = 8;
};

} // namespace sd::server
