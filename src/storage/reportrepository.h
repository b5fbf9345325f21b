#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sd::storage {

class Database;

struct SlaReportRow
{
    QString key;     // queue id, assignee id or category name; empty for "none"
    int tickets = 0; // created in the period (merged duplicates not counted)
    int done = 0;    // resolved or closed by now
    int firstResponseBreached = 0;
    int resolutionBreached = 0;
};

// Aggregates for the SLA report: one row per queue, agent or category, computed in SQL
// from the due times the SLA engine stored on each ticket.
class ReportRepository final
{
    Q_DISABLE_COPY_MOVE(ReportRepository)

public:
    enum class Group { Queue, Agent, Category };

    explicit ReportRepository(Database &db);

    // Tickets created in [from, to); a due time passed at `now` without the event counts as
    // breached.
    Result<QList<SlaReportRow>> sla(const QDateTime &from, const QDateTime &to, Group group,
                                    const QDateTime &now);

private:
    Database &m_db;
};

} // namespace sd::storage
