#include "startupwindow.h"

#include "protocol/healthinfo.h"

#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace sd::widgets {

StartupWindow::StartupWindow(QWidget *parent)
    : QMainWindow(parent), m_headline(new QLabel(this)), m_details(new QLabel(this))
{
    setWindowTitle(tr("SupportDesk"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_headline->setObjectName(QStringLiteral("connectionHeadlineLabel"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_headline->setFont(big);
    m_details->setObjectName(QStringLiteral("connectionDetailsLabel"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    // A wrapping label in a centring layout otherwise sizes itself to its first text.
    m_details->setMinimumWidth(560);
    m_details->setAlignment(Qt::AlignHCenter);
    layout->addStretch();
    layout->addWidget(m_headline, 0, Qt::AlignHCenter);
    layout->addWidget(m_details, 0, Qt::AlignHCenter);
    layout->addStretch();
    setCentralWidget(central);
    resize(900, 600);
}

void StartupWindow::showConnecting(const QString &what)
{
    m_headline->setText(tr("Connecting…"));
    m_details->setText(what);
    statusBar()->showMessage(tr("Offline"));
}

void StartupWindow::showServer(const QUrl &url, const sd::protocol::HealthInfo &health)
{
    m_headline->setText(health.databaseOk ? tr("Connected to SupportDesk")
                                          : tr("The server cannot reach its database"));
    QString details =
        tr("Server: %1\nServer version: %2\nDatabase: %3, schema version %4")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo), health.version, health.databaseKind)
            .arg(health.schemaVersion);
    if (!health.message.isEmpty())
        details += u'\n' + health.message;
    m_details->setText(details);
    statusBar()->showMessage(health.databaseOk ? tr("Online") : tr("No database"));
}

void StartupWindow::showFailure(const QString &message)
{
    m_headline->setText(tr("Not connected"));
    m_details->setText(message);
    statusBar()->showMessage(tr("Offline"));
}

} // namespace sd::widgets
