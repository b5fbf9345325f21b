#pragma once

#include "core/organisation.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

namespace sd::storage {

class Database;

struct ContractMatch
{
    core::Organisation organisation;
    qint64 contractId = 0;
};

// Customer organisations and their contracts. The schema allows several contracts per
// organisation; Organisation's account/contract numbers, project code, kind and support level
// are those of its primary contract (the oldest active one), which create() and update()
// write. Allowed contacts are kept lower-cased.
class OrganisationRepository final
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationRepository)
    Q_DISABLE_COPY_MOVE(OrganisationRepository)

public:
    explicit OrganisationRepository(Database &db);

    // Duplicate when the name is taken.
    Result<core::Organisation> create(const core::Organisation &organisation);
    Result<core::Organisation> get(qint64 id);
    // The name alone (ticket lists show it), without contracts and contacts.
    Result<QString> name(qint64 id);
    Result<core::Organisation> findByName(const QString &name);
    // The organisation whose active contract carries `code` as project code, account number or
    // contract number (what a customer gives on first contact, seeds 002-004).
    Result<ContractMatch> findByCode(const QString &code);
    // The organisation that lists `email` as an allowed contact (mail gateway).
    Result<core::Organisation> findByContactEmail(const QString &email);
    Result<QList<core::Organisation>> list();
    Result<core::Organisation> update(const core::Organisation &organisation);
    // 0 when the organisation has no active contract.
    Result<qint64> primaryContractId(qint64 organisationId);

private:
    Result<QList<core::Organisation>> select(const QString &where, const QVariantList &values);
    Result<void> writeContract(const core::Organisation &organisation, qint64 contractId);
    Result<void> writeContacts(qint64 organisationId, const QStringList &contacts);
    Result<core::Organisation> single(const QString &where, const QVariant &value,
                                      const QString &who);

    Database &m_db;
};

} // namespace sd::storage
