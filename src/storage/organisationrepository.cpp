#include "organisationrepository.h"

#include "changefeedrepository.h"
#include "database.h"
#include "statement.h"
#include "transaction.h"

#include <QHash>

namespace sd::storage {

namespace {

// The primary contract: the oldest active one.
const QString PrimaryContract = QStringLiteral(
    "(SELECT MIN(pc.id) FROM contracts pc WHERE pc.organisation_id = o.id AND pc.active = TRUE)");

} // namespace

OrganisationRepository::OrganisationRepository(Database &db) : m_db(db) {}

Result<core::Organisation> OrganisationRepository::create(const core::Organisation &input)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Statement insert(m_db, QStringLiteral("INSERT INTO organisations (name, created_at, "
                                          "updated_at) VALUES (?, ?, ?) RETURNING id"));
    if (!insert.bind(input.name.trimmed()).bindTime(now).bindTime(now).exec()) {
        if (insert.error().kind != StorageError::Kind::Duplicate)
            return insert.error();
        return StorageError{StorageError::Kind::Duplicate,
                            tr("An organisation named %1 already exists.").arg(input.name)};
    }
    const qint64 id = insert.next() ? insert.id(0) : 0;
    core::Organisation organisation = input;
    organisation.id = id;
    if (const Result<void> contract = writeContract(organisation, 0); !contract)
        return contract.error();
    if (const Result<void> contacts = writeContacts(id, input.allowedContacts); !contacts)
        return contacts.error();
    if (const Result<void> fed = ChangeFeedRepository(m_db).append(EntityType::Organisation, id,
                                                                   ChangeOperation::Create, id);
        !fed)
        return fed.error();
    Result<core::Organisation> stored = get(id);
    if (!stored)
        return stored;
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return stored;
}

Result<void> OrganisationRepository::writeContract(const core::Organisation &organisation,
                                                   qint64 contractId)
{
    Statement write(m_db, contractId == 0
                              ? QStringLiteral("INSERT INTO contracts (account_number, "
                                               "contract_number, project_code, customer_kind, "
                                               "support_level, organisation_id, created_at) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?)")
                              : QStringLiteral("UPDATE contracts SET account_number = ?, "
                                               "contract_number = ?, project_code = ?, "
                                               "customer_kind = ?, support_level = ? "
                                               "WHERE organisation_id = ? AND id = ?"));
    write.bind(organisation.accountNumber.trimmed()).bind(organisation.contractNumber.trimmed());
    write.bind(organisation.projectCode.trimmed()).bind(core::toString(organisation.kind));
    write.bind(organisation.supportLevel).bind(organisation.id);
    if (contractId == 0)
        write.bindTime(QDateTime::currentDateTimeUtc());
    else
        write.bind(contractId);
    if (!write.exec())
        return write.error();
    return {};
}

Result<void> OrganisationRepository::writeContacts(qint64 organisationId,
                                                   const QStringList &contacts)
{
    Statement clear(m_db, QStringLiteral("DELETE FROM organisation_contacts "
                                         "WHERE organisation_id = ?"));
    if (!clear.bind(organisationId).exec())
        return clear.error();
    for (const QString &contact : contacts) {
        const QString email = contact.trimmed().toLower();
        if (email.isEmpty())
            continue;
        Statement insert(m_db, QStringLiteral("INSERT INTO organisation_contacts "
                                              "(organisation_id, email) VALUES (?, ?) "
                                              "ON CONFLICT DO NOTHING"));
        if (!insert.bind(organisationId).bind(email).exec())
            return insert.error();
    }
    return {};
}

Result<core::Organisation> OrganisationRepository::update(const core::Organisation &input)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    Statement rename(m_db, QStringLiteral("UPDATE organisations SET name = ?, updated_at = ? "
                                          "WHERE id = ?"));
    rename.bind(input.name.trimmed()).bindTime(QDateTime::currentDateTimeUtc()).bind(input.id);
    if (!rename.exec()) {
        if (rename.error().kind != StorageError::Kind::Duplicate)
            return rename.error();
        return StorageError{StorageError::Kind::Duplicate,
                            tr("An organisation named %1 already exists.").arg(input.name)};
    }
    if (rename.rowsAffected() == 0) {
        return StorageError{StorageError::Kind::NotFound,
                            tr("Organisation %1 does not exist.").arg(input.id)};
    }
    const Result<qint64> contractId = primaryContractId(input.id);
    if (!contractId)
        return contractId.error();
    if (const Result<void> contract = writeContract(input, contractId.value()); !contract)
        return contract.error();
    if (const Result<void> contacts = writeContacts(input.id, input.allowedContacts); !contacts)
        return contacts.error();
    if (const Result<void> fed = ChangeFeedRepository(m_db).append(
            EntityType::Organisation, input.id, ChangeOperation::Update, input.id);
        !fed)
        return fed.error();
    Result<core::Organisation> stored = get(input.id);
    if (!stored)
        return stored;
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return stored;
}

Result<qint64> OrganisationRepository::primaryContractId(qint64 organisationId)
{
    Statement select(m_db, QStringLiteral("SELECT MIN(id) FROM contracts "
                                          "WHERE organisation_id = ? AND active = TRUE"));
    if (!select.bind(organisationId).exec())
        return select.error();
    return select.next() ? select.id(0) : 0;
}

Result<core::Organisation> OrganisationRepository::get(qint64 id)
{
    return single(QStringLiteral("o.id = ?"), id, QString::number(id));
}

Result<QString> OrganisationRepository::name(qint64 id)
{
    Statement select(m_db, QStringLiteral("SELECT name FROM organisations WHERE id = ?"));
    if (!select.bind(id).exec())
        return select.error();
    if (!select.next())
        return StorageError{StorageError::Kind::NotFound,
                            tr("Organisation %1 does not exist.").arg(id)};
    return select.text(0);
}

Result<core::Organisation> OrganisationRepository::findByName(const QString &name)
{
    return single(QStringLiteral("o.name = ?"), name.trimmed(), name);
}

Result<core::Organisation> OrganisationRepository::findByContactEmail(const QString &email)
{
    return single(QStringLiteral("o.id IN (SELECT organisation_id FROM organisation_contacts "
                                 "WHERE email = ?)"),
                  email.trimmed().toLower(), email);
}

Result<ContractMatch> OrganisationRepository::findByCode(const QString &code)
{
    const QString wanted = code.trimmed();
    Statement select(m_db, QStringLiteral("SELECT organisation_id, id FROM contracts WHERE "
                                          "active = TRUE AND ? <> '' AND (project_code = ? OR "
                                          "account_number = ? OR contract_number = ?) "
                                          "ORDER BY id LIMIT 1"));
    if (!select.bind(wanted).bind(wanted).bind(wanted).bind(wanted).exec())
        return select.error();
    if (!select.next()) {
        return StorageError{StorageError::Kind::NotFound,
                            tr("No contract has the project code, account or contract number "
                               "%1.")
                                .arg(wanted)};
    }
    const qint64 contractId = select.id(1);
    const Result<core::Organisation> organisation = get(select.id(0));
    if (!organisation)
        return organisation.error();
    return ContractMatch{organisation.value(), contractId};
}

Result<QList<core::Organisation>> OrganisationRepository::list()
{
    return select(QStringLiteral("1 = 1"), {});
}

Result<core::Organisation> OrganisationRepository::single(const QString &where,
                                                          const QVariant &value, const QString &who)
{
    const Result<QList<core::Organisation>> found = select(where, {value});
    if (!found)
        return found.error();
    if (found->isEmpty()) {
        return StorageError{StorageError::Kind::NotFound,
                            tr("Organisation %1 does not exist.").arg(who)};
    }
    return found->constFirst();
}

Result<QList<core::Organisation>> OrganisationRepository::select(const QString &where,
                                                                 const QVariantList &values)
{
    Statement rows(m_db, u"SELECT o.id, o.name, c.account_number, c.contract_number, "
                         u"c.project_code, c.customer_kind, c.support_level FROM organisations o "
                         u"LEFT JOIN contracts c ON c.id = " +
                             PrimaryContract + u" WHERE " + where + u" ORDER BY o.name");
    for (const QVariant &value : values)
        rows.bind(value);
    if (!rows.exec())
        return rows.error();
    QList<core::Organisation> out;
    QHash<qint64, qsizetype> index;
    while (rows.next()) {
        core::Organisation o;
        o.id = rows.id(0);
        o.name = rows.text(1);
        o.accountNumber = rows.text(2);
        o.contractNumber = rows.text(3);
        o.projectCode = rows.text(4);
        o.kind = core::fromString<core::CustomerKind>(rows.text(5)).value_or(o.kind);
        o.supportLevel = rows.text(6);
        index.insert(o.id, out.size());
        out.append(o);
    }
    Statement contacts(m_db, u"SELECT oc.organisation_id, oc.email FROM organisation_contacts "
                             u"oc JOIN organisations o ON o.id = oc.organisation_id WHERE " +
                                 where + u" ORDER BY oc.email");
    for (const QVariant &value : values)
        contacts.bind(value);
    if (!contacts.exec())
        return contacts.error();
    while (contacts.next())
        out[index.value(contacts.id(0))].allowedContacts.append(contacts.text(1));
    return out;
}

} // namespace sd::storage
