#include "desktopnotifier.h"

#include "tickettablemodel.h"
#include "ticketvalues.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

namespace sd::widgets {

using State = client::TicketSla::State;

namespace {

// Worse is later in this order; only getting worse is worth a notification.
int severity(State state)
{
    switch (state) {
    case State::AtRisk:
        return 1;
    case State::Breached:
        return 2;
    case State::None:
    case State::Ok:
    case State::Paused:
    case State::Met:
        break;
    }
    return 0;
}

} // namespace

DesktopNotifier::DesktopNotifier(TicketTableModel *model, qint64 userId, QObject *parent)
    : QObject(parent), m_model(model), m_userId(userId)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(
            QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation), this);
        m_tray->setToolTip(tr("SupportDesk"));
        m_tray->show();
    }
}

void DesktopNotifier::beforeChange(const QList<qint64> &ticketIds)
{
    for (const qint64 id : ticketIds)
        if (!m_assigneeBefore.contains(id))
            m_assigneeBefore.insert(id, m_model->assigneeOf(id));
}

void DesktopNotifier::afterChange(const QList<qint64> &ticketIds)
{
    for (const qint64 id : ticketIds) {
        const qint64 before = m_assigneeBefore.take(id);
        if (m_quiet)
            continue;
        // The agent's own pending edit is not news to them.
        if (before != m_userId && m_model->assigneeOf(id) == m_userId && !m_model->isPending(id))
            notify(tr("Assigned to you"), m_model->describe(id));
    }
}

void DesktopNotifier::checkSla()
{
    QHash<qint64, State> now;
    for (const auto &[id, sla] : m_model->slaOfAssignee(m_userId)) {
        now.insert(id, sla.state);
        // The first look only learns the states: the agent already sees them in the table.
        if (m_slaPrimed && severity(sla.state) > severity(m_slaSeen.value(id, State::None)))
            notify(
                sla.state == State::Breached ? tr("SLA breached") : tr("SLA at risk"),
                tr("%1 — %2").arg(m_model->describe(id),
                                  (sla.firstResponse ? tr("first response") : tr("resolution"))));
    }
    m_slaSeen = std::move(now);
    m_slaPrimed = true;
}

void DesktopNotifier::notify(const QString &title, const QString &message)
{
    if (m_tray != nullptr)
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 10'000);
    emit notified(title, message);
}

} // namespace sd::widgets
