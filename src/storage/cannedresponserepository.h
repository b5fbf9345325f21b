#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sd::storage {

class Database;

// A prepared answer agents insert into a reply; its HTML may hold {{placeholders}}
// (core::Placeholders) that the workstation fills from the ticket.
struct CannedResponse
{
    qint64 id = 0;
    QString title;
    QString bodyHtml;
    qint64 ownerId = 0; // 0: shared by every agent
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isShared() const { return ownerId == 0; }
};

class CannedResponseRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CannedResponseRepository)
    Q_DISABLE_COPY_MOVE(CannedResponseRepository)

public:
    explicit CannedResponseRepository(Database &db);

    Result<CannedResponse> create(const CannedResponse &response);
    // What `userId` may use: the shared responses and their own, by title (then id, so equal
    // titles keep one order).
    Result<QList<CannedResponse>> listFor(qint64 userId);
    Result<qint64> count();

private:
    Database &m_db;
};

} // namespace sd::storage
