#include "screenshotter.h"

#include "client/ticketfilter.h"
#include "widgets/annotation.h"
#include "widgets/annotationrenderer.h"
#include "widgets/attachmentlist.h"
#include "widgets/dashboard.h"
#include "widgets/mainwindow.h"
#include "widgets/replyeditor.h"
#include "widgets/replytextedit.h"
#include "widgets/tickettablemodel.h"
#include "widgets/tickettablepane.h"
#include "widgets/ticketview.h"
#include "widgets/viewlist.h"
#include "widgets/workstationlauncher.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QTabWidget>
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
    if (window->dashboard() != nullptr) {
        window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))
            ->setCurrentWidget(window->dashboard());
        shootDashboard(window, 0);
        return;
    }
    window->viewList()->selectView(sd::client::TicketFilter::View::AllOpen);
    window->ticketPane()->step(1);
    QCoreApplication::processEvents();
    bool ok = save(window, QStringLiteral("main-window")) &&
              save(window->ticketView(), QStringLiteral("ticket-view"));
    ok = ok && shootReply(window);
    QCoreApplication::exit(ok ? 0 : 1);
}

bool Screenshotter::shootReply(sd::widgets::MainWindow *window)
{
    // What an agent attaches: part of the window, marked up and with a name blacked out.
    const QImage shot = window->grab(QRect(0, 0, 900, 520)).toImage();
    using Kind = sd::widgets::Annotation::Kind;
    QList<sd::widgets::Annotation> marks;
    sd::widgets::Annotation frame;
    frame.kind = Kind::Rectangle;
    frame.rect = QRect(205, 60, 440, 26);
    marks.append(frame);
    sd::widgets::Annotation arrow;
    arrow.kind = Kind::Arrow;
    arrow.line = QLine(520, 260, 420, 92);
    marks.append(arrow);
    sd::widgets::Annotation note;
    note.kind = Kind::Text;
    note.rect = QRect(480, 270, 1, 1);
    // Demo content in the screenshot's language (tools/ is not translated: it is no UI).
    const bool russian = m_language == u"ru";
    note.text = russian ? QStringLiteral("Вот эта зависает") : QStringLiteral("This one hangs");
    marks.append(note);
    sd::widgets::Annotation redact;
    redact.kind = Kind::Redact;
    redact.rect = QRect(660, 60, 110, 26);
    marks.append(redact);
    const QImage annotated = sd::widgets::AnnotationRenderer::render(shot, marks);
    const QString annotatedPath =
        QStringLiteral("%1/annotated-screenshot-%2.png").arg(m_directory, m_language);
    if (!annotated.save(annotatedPath))
        return false;

    sd::widgets::TicketView *view = window->ticketView();
    view->startReply();
    sd::widgets::ReplyEditor *editor = view->editor();
    editor->textEdit()->insertPlainText(
        russian ? QStringLiteral("Спасибо! На снимке отмечена строка, на которой останавливается "
                                 "выгрузка. Проверяем вместе с разработчиками.")
                : QStringLiteral("Thank you! Please see the marked line in the screenshot: the "
                                 "export stops there. We are checking it with the developers."));
    editor->attachmentList()->addImage(annotated, QStringLiteral("export.png"));
    QCoreApplication::processEvents();
    return save(view, QStringLiteral("reply-editor"));
}

void Screenshotter::shootDashboard(sd::widgets::MainWindow *window, int waitedMs)
{
    constexpr int StepMs = 250;
    if (!window->dashboard()->report().has_value() && waitedMs < DashboardWaitMs) {
        QTimer::singleShot(StepMs, this,
                           [this, window, waitedMs] { shootDashboard(window, waitedMs + StepMs); });
        return;
    }
    if (!window->dashboard()->report().has_value()) {
        QTextStream(stderr) << "the dashboard got no report: " << window->dashboard()->statusText()
                            << Qt::endl;
        QCoreApplication::exit(1);
        return;
    }
    // The charts animate nothing, but let the last layout pass settle.
    QCoreApplication::processEvents();
    if (!save(window, QStringLiteral("dashboard"))) {
        QCoreApplication::exit(1);
        return;
    }
    // The SLA administration dialog is modal: grab it once its lists have arrived, then close
    // it, which returns from the action below.
    QTimer::singleShot(3000, this, [this] {
        QWidget *dialog = QApplication::activeModalWidget();
        const bool ok = dialog != nullptr && save(dialog, QStringLiteral("sla-admin"));
        if (dialog != nullptr)
            dialog->close();
        QCoreApplication::exit(ok ? 0 : 1);
    });
    window->findChild<QAction *>(QStringLiteral("slaAdminAction"))->trigger();
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
