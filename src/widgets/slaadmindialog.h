#pragma once

#include "core/userrole.h"

#include <QDialog>

namespace sd::client {
class ServerApi;
class SlaAdmin;
} // namespace sd::client

namespace sd::widgets {

class SlaCalendarTab;
class SlaEscalationTab;
class SlaPolicyTab;

// Administration of the SLA configuration (issue 6): business calendars, SLA policies and
// escalation rules, read from and written to the server. Staff other than admins may look
// but not change anything, as the server allows.
class SlaAdminDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaAdminDialog)

public:
    // `api` is not owned; `role` is the signed-in user's. Loads everything at once.
    SlaAdminDialog(client::ServerApi *api, core::UserRole role, QWidget *parent = nullptr);

    bool isEditable() const { return m_editable; }
    client::SlaAdmin *admin() const { return m_admin; }
    SlaCalendarTab *calendarTab() const { return m_calendars; }
    SlaPolicyTab *policyTab() const { return m_policies; }
    SlaEscalationTab *escalationTab() const { return m_escalation; }

    void reload();

private:
    bool m_editable;
    client::SlaAdmin *m_admin;
    SlaCalendarTab *m_calendars;
    SlaPolicyTab *m_policies;
    SlaEscalationTab *m_escalation;
};

} // namespace sd::widgets
