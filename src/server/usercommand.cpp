#include "usercommand.h"

#include "clisupport.h"
#include "passwordhasher.h"
#include "storage/database.h"
#include "storage/organisationrepository.h"
#include "storage/queuerepository.h"
#include "storage/sessionrepository.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace sd::server {

namespace {

using sd::core::UserRole;
using sd::storage::Database;
using sd::storage::StorageError;

const QString LoginFlag = QStringLiteral("login");
const QString PasswordStdinFlag = QStringLiteral("password-stdin");

QCommandLineOption loginOption()
{
    return {LoginFlag, UserCommand::tr("The user's sign-in name."), QStringLiteral("login")};
}

QCommandLineOption passwordStdinOption()
{
    return {PasswordStdinFlag,
            UserCommand::tr("Read the password from the first line of standard input "
                            "(at least %1 characters).")
                .arg(UserCommand::MinimumPasswordLength)};
}

bool requireFlag(const QCommandLineParser &parser, const QString &flag, const QString &command,
                 int *exitCode)
{
    if (parser.isSet(flag) && (flag == PasswordStdinFlag || !parser.value(flag).isEmpty()))
        return true;
    *exitCode = CliSupport::fail(UserCommand::tr("%1: --%2 is required").arg(command, flag),
                                 CliSupport::BadInput);
    return false;
}

// The first line of standard input, without its line break: `printf '%s\n' "$PW" | ...`
// and a here-string both work, and a trailing space stays part of the password.
std::optional<QString> readPassword(const QString &command, int *exitCode)
{
    QFile in;
    QByteArray line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    const QString password = QString::fromUtf8(line);
    if (password.isEmpty()) {
        *exitCode = CliSupport::fail(
            UserCommand::tr("%1: no password on standard input (--password-stdin reads its "
                            "first line)")
                .arg(command),
            CliSupport::BadInput);
        return std::nullopt;
    }
    if (password.toUcs4().size() < UserCommand::MinimumPasswordLength) {
        *exitCode = CliSupport::fail(
            UserCommand::tr("%1: the password is too short; use at least %2 characters")
                .arg(command)
                .arg(UserCommand::MinimumPasswordLength),
            CliSupport::BadInput);
        return std::nullopt;
    }
    return password;
}

std::optional<QString> hashPassword(const QString &command, const QString &password, int *exitCode)
{
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty()) {
        *exitCode = CliSupport::fail(
            UserCommand::tr("%1: cannot hash the password: libsodium failed").arg(command),
            CliSupport::Failed);
        return std::nullopt;
    }
    return hash;
}

// What `user add` was asked for, checked before the database is touched.
struct AddRequest
{
    sd::core::User user;
    QString organisation;
    bool createOrganisation = false;
    QStringList queues;
};

QString addRequestProblem(const QCommandLineParser &parser, const AddRequest &request)
{
    static const QRegularExpression space(QStringLiteral("[\\s\\p{Cc}]"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    const bool customer = request.user.role == UserRole::Customer;
    if (request.user.login.contains(space))
        return UserCommand::tr("--login must not contain spaces or control characters");
    if (!request.user.email.isEmpty() && !email.match(request.user.email).hasMatch())
        return UserCommand::tr("--email \"%1\" is not an email address").arg(request.user.email);
    if (request.createOrganisation && request.organisation.isEmpty())
        return UserCommand::tr("--create-organisation needs --organisation NAME");
    if (customer && request.organisation.isEmpty())
        return UserCommand::tr("a customer belongs to an organisation: pass --organisation NAME "
                               "(with --create-organisation if it does not exist yet)");
    if (!customer && !request.organisation.isEmpty())
        return UserCommand::tr("only customers belong to an organisation, not the role %1")
            .arg(parser.value(QStringLiteral("role")));
    if (customer && !request.queues.isEmpty())
        return UserCommand::tr("customers work no queues; --queue is for agents, supervisors "
                               "and admins");
    return {};
}

std::optional<AddRequest> readAddRequest(const QCommandLineParser &parser, int *exitCode)
{
    const QString command = QStringLiteral("user add");
    for (const QString &flag : {LoginFlag, QStringLiteral("role"), PasswordStdinFlag})
        if (!requireFlag(parser, flag, command, exitCode))
            return std::nullopt;
    const auto role = sd::core::fromString<UserRole>(parser.value(QStringLiteral("role")));
    if (!role) {
        *exitCode = CliSupport::fail(UserCommand::tr("user add: --role must be one of %1 (got "
                                                     "\"%2\")")
                                         .arg(sd::core::allNames<UserRole>().join(u'|'),
                                              parser.value(QStringLiteral("role"))),
                                     CliSupport::BadInput);
        return std::nullopt;
    }
    AddRequest request;
    request.user.login = parser.value(LoginFlag).trimmed();
    request.user.role = *role;
    request.user.name = parser.value(QStringLiteral("name")).trimmed();
    if (request.user.name.isEmpty())
        request.user.name = request.user.login;
    request.user.email = parser.value(QStringLiteral("email")).trimmed();
    request.organisation = parser.value(QStringLiteral("organisation")).trimmed();
    request.createOrganisation = parser.isSet(QStringLiteral("create-organisation"));
    request.queues = parser.values(QStringLiteral("queue"));
    if (const QString problem = addRequestProblem(parser, request); !problem.isEmpty()) {
        *exitCode =
            CliSupport::fail(command + QStringLiteral(": ") + problem, CliSupport::BadInput);
        return std::nullopt;
    }
    return request;
}

// The organisation's id; creates it when asked to and it does not exist yet.
sd::storage::Result<qint64> organisationId(Database &db, const AddRequest &request, bool *created)
{
    if (request.organisation.isEmpty())
        return qint64(0);
    sd::storage::OrganisationRepository organisations(db);
    auto found = organisations.findByName(request.organisation);
    if (!found && found.error().kind == StorageError::Kind::NotFound) {
        if (!request.createOrganisation)
            return StorageError{StorageError::Kind::NotFound,
                                UserCommand::tr("there is no organisation \"%1\"; add "
                                                "--create-organisation to create it")
                                    .arg(request.organisation)};
        sd::core::Organisation organisation;
        organisation.name = request.organisation;
        found = organisations.create(organisation);
        *created = true;
    }
    if (!found)
        return found.error();
    return found->id;
}

sd::storage::Result<QList<qint64>> queueIds(Database &db, const QStringList &names)
{
    sd::storage::QueueRepository queues(db);
    QList<qint64> ids;
    for (const QString &name : names) {
        const auto queue = queues.findByName(name.trimmed());
        if (!queue && queue.error().kind == StorageError::Kind::NotFound) {
            QStringList known;
            if (const auto all = queues.list())
                for (const auto &existing : all.value())
                    known.append(existing.name);
            return StorageError{StorageError::Kind::NotFound,
                                UserCommand::tr("there is no queue \"%1\"; the queues are: %2")
                                    .arg(name, known.join(QStringLiteral(", ")))};
        }
        if (!queue)
            return queue.error();
        if (!ids.contains(queue->id))
            ids.append(queue->id);
    }
    return ids;
}

int createUser(Database &db, AddRequest request, const QString &hash)
{
    const QString command = QStringLiteral("user add");
    sd::storage::Transaction tx(db);
    if (!tx)
        return CliSupport::failStorage(command, tx.error());
    bool organisationCreated = false;
    const auto organisation = organisationId(db, request, &organisationCreated);
    if (!organisation)
        return CliSupport::failStorage(command, organisation.error());
    const auto queues = queueIds(db, request.queues);
    if (!queues)
        return CliSupport::failStorage(command, queues.error());
    request.user.organisationId = organisation.value();
    request.user.queueIds = queues.value();
    const auto created = sd::storage::UserRepository(db).create(request.user, hash);
    if (!created)
        return CliSupport::failStorage(command, created.error());
    if (const auto committed = tx.commit(); !committed)
        return CliSupport::failStorage(command, committed.error());
    if (organisationCreated)
        CliSupport::print(UserCommand::tr("Created organisation %1 with id %2")
                              .arg(request.organisation)
                              .arg(organisation.value()));
    CliSupport::print(
        UserCommand::tr("Created user %1 with id %2").arg(created->login).arg(created->id));
    return CliSupport::Ok;
}

int add(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(CliSupport::databaseOption());
    parser.addOptions({
        loginOption(),
        {QStringLiteral("role"), UserCommand::tr("customer, agent, supervisor or admin."),
         QStringLiteral("role")},
        {QStringLiteral("organisation"),
         UserCommand::tr("The customer's organisation (customers only)."), QStringLiteral("name")},
        {QStringLiteral("create-organisation"),
         UserCommand::tr("Create the organisation if it does not exist yet.")},
        {QStringLiteral("name"), UserCommand::tr("Full name (default: the login)."),
         QStringLiteral("name")},
        {QStringLiteral("email"), UserCommand::tr("Email address."), QStringLiteral("email")},
        {QStringLiteral("queue"),
         UserCommand::tr("A queue the user works; repeat for several (not for customers)."),
         QStringLiteral("name")},
        passwordStdinOption(),
    });
    int exitCode = CliSupport::Ok;
    if (!CliSupport::parse(parser, arguments, QStringLiteral("user add"), &exitCode))
        return exitCode;
    const auto request = readAddRequest(parser, &exitCode);
    if (!request)
        return exitCode;
    const auto password = readPassword(QStringLiteral("user add"), &exitCode);
    if (!password)
        return exitCode;
    const auto hash = hashPassword(QStringLiteral("user add"), *password, &exitCode);
    if (!hash)
        return exitCode;
    const auto db = CliSupport::openDatabase(parser, QStringLiteral("user add"), &exitCode);
    if (!db)
        return exitCode;
    return createUser(*db, *request, *hash);
}

int list(const QStringList &arguments)
{
    const QString command = QStringLiteral("user list");
    QCommandLineParser parser;
    parser.addOption(CliSupport::databaseOption());
    parser.addOption({QStringLiteral("all"), UserCommand::tr("Include deactivated users.")});
    int exitCode = CliSupport::Ok;
    if (!CliSupport::parse(parser, arguments, command, &exitCode))
        return exitCode;
    const auto db = CliSupport::openDatabase(parser, command, &exitCode);
    if (!db)
        return exitCode;
    const auto users = sd::storage::UserRepository(*db).list(parser.isSet(QStringLiteral("all")));
    if (!users)
        return CliSupport::failStorage(command, users.error());
    const auto organisations = sd::storage::OrganisationRepository(*db).list();
    if (!organisations)
        return CliSupport::failStorage(command, organisations.error());
    QHash<qint64, QString> organisationNames;
    for (const auto &organisation : organisations.value())
        organisationNames.insert(organisation.id, organisation.name);
    QList<QStringList> rows{{UserCommand::tr("ID"), UserCommand::tr("LOGIN"),
                             UserCommand::tr("ROLE"), UserCommand::tr("NAME"),
                             UserCommand::tr("ORGANISATION")}};
    for (const auto &user : users.value())
        rows.append({QString::number(user.id), user.login, sd::core::toString(user.role), user.name,
                     organisationNames.value(user.organisationId)});
    CliSupport::printTable(rows);
    return CliSupport::Ok;
}

int setPassword(Database &db, const QString &login, const QString &hash)
{
    const QString command = QStringLiteral("user passwd");
    sd::storage::Transaction tx(db);
    if (!tx)
        return CliSupport::failStorage(command, tx.error());
    const auto user = sd::storage::UserRepository(db).findByLogin(login);
    if (!user)
        return CliSupport::failStorage(command, user.error());
    if (const auto set = sd::storage::UserRepository(db).setPasswordHash(user->id, hash); !set)
        return CliSupport::failStorage(command, set.error());
    // Whoever knew the old password must not stay signed in with it.
    const auto revoked = sd::storage::SessionRepository(db).revokeAllFor(user->id);
    if (!revoked)
        return CliSupport::failStorage(command, revoked.error());
    if (const auto committed = tx.commit(); !committed)
        return CliSupport::failStorage(command, committed.error());
    CliSupport::print(UserCommand::tr("Changed the password of %1; signed out %n session(s)",
                                      nullptr, revoked.value())
                          .arg(user->login));
    return CliSupport::Ok;
}

int passwd(const QStringList &arguments)
{
    const QString command = QStringLiteral("user passwd");
    QCommandLineParser parser;
    parser.addOption(CliSupport::databaseOption());
    parser.addOptions({loginOption(), passwordStdinOption()});
    int exitCode = CliSupport::Ok;
    if (!CliSupport::parse(parser, arguments, command, &exitCode))
        return exitCode;
    for (const QString &flag : {LoginFlag, PasswordStdinFlag})
        if (!requireFlag(parser, flag, command, &exitCode))
            return exitCode;
    const auto password = readPassword(command, &exitCode);
    if (!password)
        return exitCode;
    const auto hash = hashPassword(command, *password, &exitCode);
    if (!hash)
        return exitCode;
    const auto db = CliSupport::openDatabase(parser, command, &exitCode);
    if (!db)
        return exitCode;
    return setPassword(*db, parser.value(LoginFlag).trimmed(), *hash);
}

} // namespace

int UserCommand::run(const QStringList &arguments)
{
    const QString verb = arguments.value(2);
    // Without "user" and the verb, each parser sees "<program> options...".
    const QStringList rest = QStringList{arguments.value(0)} + arguments.mid(3);
    if (verb == u"add")
        return add(rest);
    if (verb == u"list")
        return list(rest);
    if (verb == u"passwd")
        return passwd(rest);
    return CliSupport::fail(
        tr("user: use \"user add\", \"user list\" or \"user passwd\" (got \"%1\")").arg(verb),
        CliSupport::BadInput);
}

} // namespace sd::server
