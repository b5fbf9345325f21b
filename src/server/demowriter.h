#pragma once

#include "demodata.h"
#include "slaengine.h"
#include "storage/result.h"

#include <QCoreApplication>
#include <QHash>

namespace sd::storage {
class Database;
}

namespace sd::server {

// Stores DemoData through the repositories: finds or creates organisations, users (with
// Argon2id hashes of their demo passwords), knowledge-base articles, canned responses, then
// tickets with the SLA targets their history gives.
class DemoWriter final
{
    Q_DECLARE_TR_FUNCTIONS(sd::server::DemoWriter)

public:
    explicit DemoWriter(sd::storage::Database &db);

    sd::storage::Result<void> writePeople();
    sd::storage::Result<void> writeArticles();
    // Needs writePeople() first (one response belongs to a demo agent).
    sd::storage::Result<void> writeCannedResponses();
    sd::storage::Result<void> writeTickets(int count);

private:
    sd::storage::Result<void> writeTicket(DemoData::DemoTicket demo, const QDateTime &now);
    sd::storage::Result<qint64> demoLog(qint64 uploadedBy);
    qint64 userId(int index) const { return index < 0 ? 0 : m_userIds.value(index); }

    sd::storage::Database &m_db;
    SlaEngine m_sla; // one for every ticket: it remembers the policies it looked up
    DemoData m_data;
    QHash<int, qint64> m_organisationIds; // DemoData index -> database id
    QHash<int, qint64> m_userIds;
    qint64 m_supportQueue = 0;
    qint64 m_developmentQueue = 0;
};

} // namespace sd::server
