#include "screenshotter.h"

#include "client/ticketfilter.h"
#include "widgets/mainwindow.h"
#include "widgets/tickettablemodel.h"
#include "widgets/tickettablepane.h"
#include "widgets/ticketview.h"
#include "widgets/viewlist.h"
#include "widgets/workstationlauncher.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

Screenshotter::Screenshotter(sd::widgets::WorkstationLauncher &launcher, QString directory,
                             QString language)
    : m_launcher(launcher), m_directory(std::move(directory)), m_language(std::move(language))
{
    connect(&m_launcher, &sd::widgets::WorkstationLauncher::workstationOpened, this,
            &Screenshotter::opened);
}

void Screenshotter::start()
{
    m_launcher.start();
}

void Screenshotter::opened()
{
    sd::widgets::MainWindow *window = m_launcher.mainWindow();
    connect(window->ticketModel(), &sd::widgets::TicketTableModel::loaded, this, [this] {
        // The sync fills the replica in pages; give the last page time to arrive.
        QTimer::singleShot(2500, this, &Screenshotter::shoot);
    });
}

void Screenshotter::shoot()
{
    sd::widgets::MainWindow *window = m_launcher.mainWindow();
    window->resize(1440, 860);
    window->viewList()->selectView(sd::client::TicketFilter::View::AllOpen);
    window->ticketPane()->step(1);
    QCoreApplication::processEvents();
    const bool ok = save(window, QStringLiteral("main-window")) &&
                    save(window->ticketView(), QStringLiteral("ticket-view"));
    QCoreApplication::exit(ok ? 0 : 1);
}

bool Screenshotter::save(QWidget *widget, const QString &name)
{
    const QString path = QStringLiteral("%1/%2-%3.png").arg(m_directory, name, m_language);
    if (!widget->grab().save(path)) {
        QTextStream(stderr) << "cannot write " << path << Qt::endl;
        return false;
    }
    QTextStream(stdout) << path << Qt::endl;
    return true;
}
