#pragma once

#include "protocol/healthinfo.h"

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sd::client {
class HealthProbe;
}

namespace sd::widgets {

// The submission dialog's first-run screen: asks the customer for the support server's
// address and accepts it only once a SupportDesk server answered there with a working
// database (client::HealthProbe). Every refusal says in plain words what is wrong and what to
// do: not an address, nothing answers, something answers that is not SupportDesk, or the
// server is up but cannot work.
class ServerSetupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSetupDialog)

public:
    // `probe` is not owned and must outlive the dialog.
    explicit ServerSetupDialog(client::HealthProbe *probe, QWidget *parent = nullptr);

    void setServerText(const QString &text);
    // Shown under the field, e.g. why the last server used no longer answers.
    void showProblem(const QString &message);

    QUrl server() const { return m_server; }
    protocol::HealthInfo health() const { return m_health; }
    QString problemText() const;
    bool isChecking() const { return m_checking; }

private:
    void check();
    void answered(const protocol::HealthInfo &health);
    void failed(const QString &detail);
    void setChecking(bool checking);

    client::HealthProbe *m_probe;
    QLineEdit *m_urlEdit;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QUrl m_checked;
    QUrl m_server;
    protocol::HealthInfo m_health;
    bool m_checking = false;
};

} // namespace sd::widgets
