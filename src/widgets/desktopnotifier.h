#pragma once

#include "client/ticketsla.h"

#include <QHash>
#include <QObject>

class QSystemTrayIcon;

namespace sd::widgets {

class TicketTableModel;

// Tells the agent, outside the window, what should not wait: a ticket newly assigned to them,
// and one of their tickets whose SLA turned at risk or breached. Uses the system tray where
// the desktop has one; notified() carries the same text for the status bar either way.
//
// Wiring: beforeChange() must see a change before the model applies it (connect it to the
// replica watcher ahead of the model), afterChange() after; checkSla() on the clock.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    DesktopNotifier(TicketTableModel *model, qint64 userId, QObject *parent = nullptr);

    void beforeChange(const QList<qint64> &ticketIds);
    void afterChange(const QList<qint64> &ticketIds);
    void checkSla();
    // While the first sync fills the replica every ticket is "new": nothing is announced.
    void setQuiet(bool quiet) { m_quiet = quiet; }

signals:
    void notified(const QString &title, const QString &message);

private:
    void notify(const QString &title, const QString &message);

    TicketTableModel *m_model;
    qint64 m_userId;
    QSystemTrayIcon *m_tray = nullptr;
    QHash<qint64, qint64> m_assigneeBefore;
    QHash<qint64, client::TicketSla::State> m_slaSeen;
    bool m_slaPrimed = false;
    bool m_quiet = false;
};

} // namespace sd::widgets
