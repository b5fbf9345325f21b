#include "mainwindow.h"

#include "client/attachmentlimit.h"
#include "client/cannedresponses.h"
#include "client/clientsession.h"
#include "client/kbsearch.h"
#include "client/outbox.h"
#include "client/presence.h"
#include "client/readmarks.h"
#include "client/replica.h"
#include "client/replicawatcher.h"
#include "client/savedviews.h"
#include "client/syncengine.h"
#include "core/userrole.h"
#include "dashboard.h"
#include "desktopnotifier.h"
#include "replyeditor.h"
#include "savedviewcontroller.h"
#include "slaadmindialog.h"
#include "syncstatus.h"
#include "ticketproperties.h"
#include "tickettablemodel.h"
#include "tickettablepane.h"
#include "ticketvalues.h"
#include "ticketview.h"
#include "viewlist.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace sd::widgets {

namespace {

constexpr int ClockMs = 30'000;

struct Shortcut
{
    QKeySequence keys;
    const char *what;
};

} // namespace

MainWindow::MainWindow(client::ClientSession &session, QWidget *parent)
    : QMainWindow(parent), m_session(session),
      m_watcher(new client::ReplicaWatcher(session.replica().database(), this)),
      m_model(new TicketTableModel(session.replica(), this)), m_views(new ViewList(this)),
      m_table(new TicketTablePane(m_model, this)), m_ticket(new TicketView(session, this)),
      m_status(new SyncStatus(this)), m_splitter(new QSplitter(this)), m_clock(new QTimer(this)),
      m_countsLater(new QTimer(this)),
      m_notifier(new DesktopNotifier(m_model, session.user().id, this)),
      m_kb(new client::KbSearch(session.api(), this)),
      m_canned(new client::CannedResponses(session.api(), this)),
      m_presence(new client::Presence(&session.sync(), session.user().id, this)),
      m_savedViews(new client::SavedViews(session.api(), session.replica().database(), this)),
      m_savedViewControl(new SavedViewController(m_savedViews, m_views, m_model, m_table, this)),
      m_attachmentLimit(
          new client::AttachmentLimit(session.api(), session.replica().database(), this)),
      m_loadingLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SupportDesk — %1").arg(session.user().name));
    m_splitter->addWidget(m_views);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_ticket);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({210, 640, 430});
    resize(1280, 800);
    setCentralWidget(m_splitter);
    statusBar()->addPermanentWidget(m_status);
    buildMenus();
    wireLoadingStatus();

    m_model->setUser(session.user().id);
    // Counts are a pass over every ticket: one per burst of changes is enough.
    m_countsLater->setSingleShot(true);
    m_countsLater->setInterval(150);
    connect(m_countsLater, &QTimer::timeout, this, &MainWindow::refreshCounts);
    connect(m_model, &TicketTableModel::viewCountsChanged, m_countsLater,
            qOverload<>(&QTimer::start));
    connect(m_model, &TicketTableModel::loaded, m_notifier, &DesktopNotifier::checkSla);
    connect(m_model, &TicketTableModel::loaded, this, [this] {
        m_ticket->properties()->setChoices(m_model->knownQueues(), m_model->knownAgents(),
                                           m_session.user().id);
    });
    connect(m_model, &TicketTableModel::loadFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("SupportDesk"),
                             tr("The ticket list could not be read: %1").arg(message));
    });
    // The notifier compares each changed ticket before and after the model applies it.
    connect(m_watcher, &client::ReplicaWatcher::ticketsChanged, m_notifier,
            &DesktopNotifier::beforeChange);
    connect(m_watcher, &client::ReplicaWatcher::ticketsChanged, m_model,
            &TicketTableModel::ticketsChanged);
    connect(m_watcher, &client::ReplicaWatcher::ticketsChanged, m_notifier,
            &DesktopNotifier::afterChange);
    connect(m_notifier, &DesktopNotifier::notified, this,
            [this](const QString &title, const QString &message) {
                statusBar()->showMessage(tr("%1: %2").arg(title, message), 15'000);
            });
    connect(m_watcher, &client::ReplicaWatcher::ticketsChanged, this,
            [this](const QList<qint64> &ids) {
                if (ids.contains(m_ticket->ticketId()))
                    m_ticket->refresh();
            });
    connect(m_watcher, &client::ReplicaWatcher::outboxChanged, this, &MainWindow::refreshOutbox);
    connect(m_views, &ViewList::viewChosen, this, [this](client::TicketFilter::View view) {
        client::TicketFilter filter = m_model->filter();
        filter.view = view;
        m_model->setFilter(filter);
    });
    connect(m_table, &TicketTablePane::currentTicketChanged, this, &MainWindow::openTicket);
    connect(m_ticket, &TicketView::splitRequested, this, &MainWindow::splitMessage);
    connect(m_ticket, &TicketView::ticketRequested, this, [this](qint64 id) {
        // A linked ticket may be outside the current view: show all tickets to find it.
        if (!m_model->rowOfTicket(id))
            m_views->selectView(client::TicketFilter::View::Everything);
        m_table->selectTicket(id);
    });
    wireEditor();
    connect(m_savedViewControl, &SavedViewController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15'000); });
    m_savedViews->refresh();
    connect(m_presence, &client::Presence::changed, this, &MainWindow::showOthers);
    m_table->table()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->table(), &QWidget::customContextMenuRequested, this,
            &MainWindow::showTicketMenu);
    connect(m_ticket->properties(), &TicketProperties::changesApplied, this,
            [this](qint64 id, const QJsonObject &changes) { changeTickets({id}, changes); });

    client::SyncEngine &sync = session.sync();
    connect(&sync, &client::SyncEngine::stateChanged, this,
            [this](client::SyncEngine::State state) {
                m_status->setState(state, m_session.sync().lastError());
                // Back online: other workstations may have changed the saved views, and
                // changes made here while offline are still to be sent; an admin may have
                // changed the attachment limit.
                if (state == client::SyncEngine::State::Online) {
                    m_savedViews->refresh();
                    m_attachmentLimit->refresh();
                }
            });
    connect(&sync, &client::SyncEngine::progress, m_status, &SyncStatus::setProgress);
    connect(&sync, &client::SyncEngine::progress, m_notifier,
            [this] { m_notifier->setQuiet(true); });
    // Pages applied before the end are announced by queued calls; speak again after them.
    connect(&sync, &client::SyncEngine::firstSyncFinished, m_notifier,
            [this] { QTimer::singleShot(0, m_notifier, [this] { m_notifier->setQuiet(false); }); });
    m_status->setState(sync.state(), sync.lastError());

    m_clock->setInterval(ClockMs);
    connect(m_clock, &QTimer::timeout, m_model, &TicketTableModel::tick);
    connect(m_clock, &QTimer::timeout, m_ticket, &TicketView::tick);
    connect(m_clock, &QTimer::timeout, m_notifier, &DesktopNotifier::checkSla);
    m_clock->start();

    if (auto begun = client::ReadMarks(session.replica().database()).begin(); !begun)
        statusBar()->showMessage(begun.error().message);
    m_views->selectView(client::TicketFilter::View::MyOpen);
    restoreLayout();
    m_model->load();
    refreshOutbox();
}

MainWindow::~MainWindow() = default;

void MainWindow::wireLoadingStatus()
{
    // Until the worker thread has read every ticket, the table and its filters see only the
    // first screen: said so, a search does not look complete when it is not.
    m_loadingLabel->setObjectName(QStringLiteral("ticketListLoadingLabel"));
    m_loadingLabel->setText(tr("Loading the ticket list… Until it is done, only the newest %n "
                               "ticket(s) are shown and searched.",
                               nullptr, TicketTableModel::FirstScreenRows));
    // Permanent, left of the connection state: messages that come and go meanwhile (a saved
    // view that could not be sent, a notification) must not hide it.
    statusBar()->insertPermanentWidget(0, m_loadingLabel);
    connect(m_model, &TicketTableModel::loaded, this, [this] {
        statusBar()->removeWidget(m_loadingLabel);
        statusBar()->showMessage(tr("Ticket list loaded: the filter searches every ticket."),
                                 5'000);
    });
    connect(m_model, &TicketTableModel::loadFailed, this,
            [this] { statusBar()->removeWidget(m_loadingLabel); });
}

void MainWindow::wireEditor()
{
    ReplyEditor *editor = m_ticket->editor();
    // The server's limit, not the built-in default: a file the server would refuse is refused
    // while it is attached. The last known one until the server answers.
    editor->setAttachmentPolicy(m_attachmentLimit->policy());
    connect(m_attachmentLimit, &client::AttachmentLimit::changed, editor,
            [this, editor] { editor->setAttachmentPolicy(m_attachmentLimit->policy()); });
    m_attachmentLimit->refresh();
    connect(editor, &ReplyEditor::sendRequested, this, &MainWindow::sendReply);
    // The stale-reply guard compares against what was there when the agent began.
    connect(editor, &ReplyEditor::editingStarted, this, [this, editor] {
        editor->setSeenMessageId(m_ticket->newestMessageId());
        m_presence->setReplying(true);
    });
    connect(editor, &ReplyEditor::kbSearchRequested, m_kb, &client::KbSearch::search);
    connect(m_kb, &client::KbSearch::found, editor,
            [editor](const QString &, const QList<client::KbArticleLink> &articles) {
                QList<KbLink> links;
                for (const client::KbArticleLink &article : articles)
                    links.append({article.title, article.url});
                editor->showKbResults(links);
            });
    connect(m_canned, &client::CannedResponses::loaded, editor, &ReplyEditor::setCannedResponses);
    m_canned->refresh();
}

void MainWindow::sendReply(const QString &kind, const QString &html, const QString &text,
                           const QList<AttachmentFile> &files)
{
    const qint64 ticketId = m_ticket->ticketId();
    ReplyEditor *editor = m_ticket->editor();
    const QList<QJsonObject> unseen =
        m_ticket->messagesSince(editor->seenMessageId(), m_session.user().id);
    if (!unseen.isEmpty()) {
        QString shown;
        for (const QJsonObject &message : unseen)
            shown += QStringLiteral("\n— %1: %2")
                         .arg(message.value(u"author").toObject().value(u"name").toString(),
                              message.value(u"body_text").toString().simplified().left(300));
        const auto answer = QMessageBox::question(
            this, tr("New messages arrived"),
            tr("While you were writing, %n new message(s) arrived:", nullptr, int(unseen.size())) +
                shown + u"\n\n" + tr("Send your text anyway?"));
        // Either way they have been seen now: the next Send does not ask again.
        editor->setSeenMessageId(m_ticket->newestMessageId());
        if (answer != QMessageBox::Yes)
            return;
    }
    QStringList paths;
    for (const AttachmentFile &file : files)
        paths.append(file.path);
    const QJsonObject message{{QStringLiteral("kind"), kind},
                              {QStringLiteral("body_html"), html},
                              {QStringLiteral("body_text"), text}};
    if (auto queued = m_session.outbox().postMessage(ticketId, message, paths); !queued) {
        QMessageBox::warning(this, tr("The reply was not sent"), queued.error().message);
        return;
    }
    editor->clearAfterSend();
    m_presence->setReplying(false);
    m_session.sendQueued();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(tr("&Filter tickets"), QKeySequence::Find, m_table,
                  &TicketTablePane::focusFilter);
    go->addAction(tr("&Reply"), QKeySequence(Qt::CTRL | Qt::Key_R), m_ticket,
                  &TicketView::startReply);
    go->addAction(tr("&Next ticket"), QKeySequence(Qt::CTRL | Qt::Key_Down), this,
                  [this] { m_table->step(1); });
    go->addAction(tr("&Previous ticket"), QKeySequence(Qt::CTRL | Qt::Key_Up), this,
                  [this] { m_table->step(-1); });
    for (int i = 0; i < 7; ++i) {
        const auto view = client::TicketFilter::View(i);
        go->addAction(ViewList::title(view), QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this,
                      [this, view] { m_views->selectView(view); });
    }
    go->addSeparator();
    go->addAction(tr("&Save current view…"), m_savedViewControl,
                  &SavedViewController::askToSaveCurrent)
        ->setObjectName(QStringLiteral("saveCurrentViewAction"));
    addDashboard(go);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence::HelpContents, this,
                    &MainWindow::showShortcuts);
}

void MainWindow::addDashboard(QMenu *go)
{
    // The server answers the SLA report to supervisors and admins only; agents get no tab that
    // could only show a refusal.
    const core::UserRole role = m_session.user().role;
    if (role != core::UserRole::Supervisor && role != core::UserRole::Admin)
        return;
    m_dashboard = new Dashboard(m_session.api(), m_session.replica(), this);
    connect(m_watcher, &client::ReplicaWatcher::ticketsChanged, m_dashboard,
            &Dashboard::ticketsChanged);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(takeCentralWidget(), tr("Tickets"));
    m_tabs->addTab(m_dashboard, tr("SLA dashboard"));
    setCentralWidget(m_tabs);
    connect(m_dashboard, &Dashboard::ticketActivated, this, [this](qint64 id) {
        m_tabs->setCurrentIndex(0);
        openTicket(id);
    });
    go->addSeparator();
    go->addAction(tr("&Tickets"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), this,
                  [this] { m_tabs->setCurrentIndex(0); });
    go->addAction(tr("SLA &dashboard"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), this,
                  [this] { m_tabs->setCurrentWidget(m_dashboard); });
    // Admins edit calendars, policies and escalation rules; supervisors may read them.
    go->addAction(tr("SLA &administration…"), this, [this] {
          SlaAdminDialog dialog(m_session.api(), m_session.user().role, this);
          dialog.exec();
      })->setObjectName(QStringLiteral("slaAdminAction"));
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(&dialog);
    const QList<std::pair<QKeySequence, QString>> rows = {
        {QKeySequence::Find, tr("Filter tickets")},
        {QKeySequence(Qt::CTRL | Qt::Key_Down), tr("Next ticket")},
        {QKeySequence(Qt::CTRL | Qt::Key_Up), tr("Previous ticket")},
        {QKeySequence(Qt::ALT | Qt::Key_1), tr("My open tickets (Alt+1 … Alt+7: the views)")},
        {QKeySequence(Qt::CTRL | Qt::Key_R), tr("Reply to the open ticket")},
        {QKeySequence(Qt::CTRL | Qt::Key_Return), tr("Send the reply")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), tr("SLA dashboard (supervisors)")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), tr("Back to the tickets")},
        {QKeySequence::HelpContents, tr("This list")},
        {QKeySequence::Quit, tr("Quit")},
    };
    table->setColumnCount(2);
    table->setRowCount(int(rows.size()));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0,
                       new QTableWidgetItem(rows[row].first.toString(QKeySequence::NativeText)));
        table->setItem(row, 1, new QTableWidgetItem(rows[row].second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(520, 360);
    dialog.exec();
}

void MainWindow::refreshCounts()
{
    m_views->setCounts(m_model->viewCounts());
}

void MainWindow::refreshOutbox()
{
    auto entries = m_session.outbox().entries();
    if (!entries)
        return;
    int attention = 0;
    for (const client::OutboxEntry &entry : std::as_const(entries.value()))
        attention += entry.state != client::OutboxEntry::State::Pending ? 1 : 0;
    m_status->setWaiting(int(entries->size()), attention);
}

void MainWindow::openTicket(qint64 id)
{
    m_ticket->showTicket(id);
    m_presence->setTicket(id);
    showOthers(id);
    if (id != 0 && client::ReadMarks(m_session.replica().database()).markRead(id))
        m_model->ticketsChanged({id});
}

void MainWindow::showTicketMenu(const QPoint &at)
{
    const QList<qint64> ids = m_table->selectedTickets();
    if (ids.isEmpty())
        return;
    QMenu menu(this);
    const qint64 me = m_session.user().id;
    menu.addAction(tr("Assign to me"), this, [this, ids, me] {
        changeTickets(ids, {{QStringLiteral("assignee_id"), me}});
    });
    QMenu *assign = menu.addMenu(tr("Assign to"));
    assign->addAction(tr("Nobody"), this, [this, ids] {
        changeTickets(ids, {{QStringLiteral("assignee_id"), QJsonValue()}});
    });
    for (const auto &[id, name] : m_model->knownAgents())
        assign->addAction(name, this, [this, ids, id = id] {
            changeTickets(ids, {{QStringLiteral("assignee_id"), id}});
        });
    QMenu *status = menu.addMenu(tr("Set status"));
    for (const core::TicketStatus value :
         {core::TicketStatus::Open, core::TicketStatus::PendingCustomer,
          core::TicketStatus::InDevelopment})
        status->addAction(TicketValues::status(value), this, [this, ids, value] {
            changeTickets(ids, {{QStringLiteral("status"), core::toString(value)}});
        });
    QMenu *queue = menu.addMenu(tr("Move to queue"));
    for (const auto &[id, name] : m_model->knownQueues())
        queue->addAction(name, this, [this, ids, id = id] {
            changeTickets(ids, {{QStringLiteral("queue_id"), id}});
        });
    const qint64 current = m_table->currentTicket();
    QAction *merge = menu.addAction(tr("Merge the others into the current ticket…"), this,
                                    [this, ids, current] { mergeTickets(ids, current); });
    merge->setEnabled(ids.size() > 1 && current > 0);
    menu.exec(m_table->table()->viewport()->mapToGlobal(at));
}

void MainWindow::changeTickets(const QList<qint64> &ids, const QJsonObject &changes)
{
    QStringList refused;
    for (const qint64 id : ids)
        if (auto queued = m_session.outbox().updateTicket(id, changes); !queued)
            refused.append(queued.error().message);
    m_session.sendQueued();
    if (!refused.isEmpty())
        QMessageBox::warning(
            this, tr("SupportDesk"),
            tr("%n ticket(s) could not be changed:", nullptr, int(refused.size())) + u'\n' +
                refused.join(u'\n'));
}

void MainWindow::mergeTickets(const QList<qint64> &ids, qint64 into)
{
    const qsizetype others = ids.size() - (ids.contains(into) ? 1 : 0);
    const auto answer = QMessageBox::question(
        this, tr("Merge tickets"),
        tr("Merge %n ticket(s) into the current one? Their messages move there and they are "
           "closed as duplicates.",
           nullptr, int(others)));
    if (answer != QMessageBox::Yes)
        return;
    QStringList refused;
    for (const qint64 id : ids)
        if (id != into)
            if (auto queued = m_session.outbox().merge(id, into); !queued)
                refused.append(queued.error().message);
    m_session.sendQueued();
    if (!refused.isEmpty())
        QMessageBox::warning(this, tr("Merge tickets"), refused.join(u'\n'));
}

void MainWindow::splitMessage(qint64 ticketId, qint64 messageId, const QString &subject)
{
    bool ok = false;
    const QString chosen =
        QInputDialog::getText(this, tr("New ticket from this message"),
                              tr("Subject of the new ticket (it is linked to this one):"),
                              QLineEdit::Normal, subject, &ok);
    if (!ok)
        return;
    if (auto queued = m_session.outbox().split(ticketId, messageId, chosen); !queued)
        QMessageBox::warning(this, tr("New ticket from this message"), queued.error().message);
    else
        m_session.sendQueued();
}

void MainWindow::showOthers(qint64 ticketId)
{
    if (ticketId != m_ticket->ticketId())
        return;
    QList<std::pair<QString, bool>> others;
    for (const client::Presence::Viewer &viewer : m_presence->others(ticketId))
        others.append({viewer.name, viewer.replying});
    m_ticket->setOthers(others);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("workstation/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("workstation/splitter")).toByteArray());
    m_table->restoreHeaderState(
        settings.value(QStringLiteral("workstation/ticketHeader")).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("workstation/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("workstation/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("workstation/ticketHeader"), m_table->headerState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace sd::widgets
