#include "serversetupdialog.h"

#include "client/healthprobe.h"
#include "client/submitoptions.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::widgets {

ServerSetupDialog::ServerSetupDialog(client::HealthProbe *probe, QWidget *parent)
    : QDialog(parent), m_probe(probe), m_urlEdit(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to technical support"));
    auto *intro = new QLabel(tr("Enter the address of your technical support's SupportDesk "
                                "server. You find it in the support team's letters or get it "
                                "from your administrator, for example "
                                "https://support.example.com."),
                             this);
    intro->setWordWrap(true);
    m_urlEdit->setObjectName(QStringLiteral("serverUrlEdit"));
    m_urlEdit->setPlaceholderText(QStringLiteral("https://support.example.com"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_urlEdit);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServerSetupDialog::check);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_probe, &client::HealthProbe::answered, this, &ServerSetupDialog::answered);
    connect(m_probe, &client::HealthProbe::failed, this, &ServerSetupDialog::failed);
    setMinimumWidth(440);
}

void ServerSetupDialog::setServerText(const QString &text)
{
    m_urlEdit->setText(text);
}

void ServerSetupDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
}

QString ServerSetupDialog::problemText() const
{
    return m_problem->text();
}

void ServerSetupDialog::check()
{
    if (m_checking)
        return;
    const QUrl url = client::SubmitOptions::serverFromText(m_urlEdit->text());
    if (!url.isValid()) {
        showProblem(tr("\"%1\" is not a server address. An address looks like "
                       "https://support.example.com.")
                        .arg(m_urlEdit->text().trimmed()));
        return;
    }
    m_checked = url;
    showProblem(tr("Checking %1…").arg(url.toDisplayString()));
    setChecking(true);
    m_probe->check(url);
}

void ServerSetupDialog::answered(const protocol::HealthInfo &health)
{
    if (!m_checking)
        return;
    setChecking(false);
    const QString where = m_checked.toDisplayString();
    // Every SupportDesk server names its version and schema; a random web service does not.
    if (health.version.isEmpty() && health.schemaVersion == 0) {
        showProblem(tr("Something answers at %1, but it is not a SupportDesk server. Check the "
                       "address with your technical support.")
                        .arg(where));
        return;
    }
    if (!health.databaseOk) {
        showProblem(tr("The SupportDesk server at %1 is running but cannot work right now (%2). "
                       "Try again later or tell your technical support.")
                        .arg(where, health.message));
        return;
    }
    m_server = m_checked;
    m_health = health;
    accept();
}

void ServerSetupDialog::failed(const QString &detail)
{
    if (!m_checking)
        return;
    setChecking(false);
    showProblem(tr("No SupportDesk server answers at %1. Check that the address is spelled "
                   "right and that this computer is connected to the network; if it is, the "
                   "server may be down, so try again later.\nDetails: %2")
                    .arg(m_checked.toDisplayString(), detail));
}

void ServerSetupDialog::setChecking(bool checking)
{
    m_checking = checking;
    m_urlEdit->setEnabled(!checking);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!checking);
}

} // namespace sd::widgets
