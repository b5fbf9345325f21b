#include "slaadmindialog.h"

#include "client/slaadmin.h"
#include "slacalendartab.h"
#include "slaescalationtab.h"
#include "slapolicytab.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sd::widgets {

SlaAdminDialog::SlaAdminDialog(client::ServerApi *api, core::UserRole role, QWidget *parent)
    : QDialog(parent), m_editable(role == core::UserRole::Admin),
      m_admin(new client::SlaAdmin(api, this)),
      m_calendars(new SlaCalendarTab(m_admin, m_editable, this)),
      m_policies(new SlaPolicyTab(m_admin, m_editable, this)),
      m_escalation(new SlaEscalationTab(m_admin, m_editable, this))
{
    setObjectName(QStringLiteral("slaAdminDialog"));
    setWindowTitle(tr("SLA administration"));
    auto *layout = new QVBoxLayout(this);
    if (!m_editable) {
        auto *note = new QLabel(
            tr("Only administrators can change calendars, SLA policies and escalation rules. "
               "You are seeing them read-only."),
            this);
        note->setObjectName(QStringLiteral("readOnlyNoteLabel"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("slaAdminTabs"));
    tabs->addTab(m_calendars, tr("&Calendars"));
    tabs->addTab(m_policies, tr("&Policies"));
    tabs->addTab(m_escalation, tr("&Escalation rules"));
    layout->addWidget(tabs, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 560);
    reload();
}

void SlaAdminDialog::reload()
{
    using Collection = client::SlaAdmin::Collection;
    m_admin->list(Collection::Calendars);
    m_admin->list(Collection::Policies);
    m_admin->list(Collection::EscalationRules);
}

} // namespace sd::widgets
