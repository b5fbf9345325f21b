#include "myrequestspane.h"

#include "client/clientsession.h"
#include "client/outboxsender.h"
#include "client/replica.h"
#include "client/replicawatcher.h"
#include "client/serverapi.h"
#include "client/syncengine.h"
#include "myrequestsmodel.h"
#include "requestthread.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sd::widgets {

namespace {

// "Late" in the next-answer column follows the clock.
constexpr int TickMs = 60'000;

} // namespace

MyRequestsPane::MyRequestsPane(client::ClientSession &session, QWidget *parent)
    : QWidget(parent), m_session(session),
      m_watcher(new client::ReplicaWatcher(session.replica().database(), this)),
      m_model(new MyRequestsModel(session.replica().database(), this)),
      m_view(new QTableView(this)), m_status(new QLabel(this)),
      m_thread(new RequestThread(session, this))
{
    setObjectName(QStringLiteral("myRequestsPane"));
    m_view->setObjectName(QStringLiteral("myRequestsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_view->horizontalHeader();
    // The window is compact: the subject takes what the number leaves, the other columns
    // start narrow (eliding) and can be dragged wider.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultSectionSize(m_view->fontMetrics().averageCharWidth() * 15);
    header->setSectionResizeMode(MyRequestsModel::NumberColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MyRequestsModel::SubjectColumn, QHeaderView::Stretch);
    m_status->setObjectName(QStringLiteral("myRequestsStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_thread);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    // Room for a handful of requests to start with; stretch factors alone leave the list only
    // what the conversation below does not ask for. The customer can drag it either way.
    const int rows = m_view->horizontalHeader()->sizeHint().height() +
                     5 * m_view->verticalHeader()->defaultSectionSize();
    split->setSizes({rows, 2 * rows});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    wire();
    m_model->reload();
    updateEmptyText();
}

void MyRequestsPane::wire()
{
    connect(m_watcher, &client::ReplicaWatcher::ticketsChanged, this,
            &MyRequestsPane::ticketsChanged);
    // The first sync writes the whole replica at once: read it whole, keeping the selection.
    connect(&m_session.sync(), &client::SyncEngine::firstSyncFinished, this, [this] {
        m_model->reload();
        reselect();
        updateEmptyText();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MyRequestsPane::currentRowChanged);
    connect(m_model, &MyRequestsModel::problemChanged, this, &MyRequestsPane::updateEmptyText);
    // A request written offline gets its server id once sent: keep it open under that id.
    connect(&m_session.sender(), &client::OutboxSender::acknowledged, this,
            [this](const client::OutboxEntry &entry, const QJsonObject &answer) {
                const qint64 id = answer.value(u"id").toInteger();
                if (entry.operation == client::OutboxEntry::Operation::CreateTicket &&
                    m_thread->ticketId() == entry.localId() && id > 0)
                    showTicket(id);
            });
    if (client::ServerApi *api = m_session.api())
        connect(api, &client::ServerApi::reachabilityChanged, this,
                [this](client::ServerApi::Reachability reachability) {
                    if (reachability == client::ServerApi::Reachability::Reachable)
                        m_thread->recheckRating();
                });
    auto *clock = new QTimer(this);
    clock->setInterval(TickMs);
    connect(clock, &QTimer::timeout, m_model, &MyRequestsModel::tick);
    clock->start();
}

void MyRequestsPane::showTicket(qint64 ticketId)
{
    const int row = m_model->rowOf(ticketId);
    if (row < 0) {
        m_view->clearSelection();
        m_thread->showTicket(ticketId);
        return;
    }
    const QModelIndex index = m_model->index(row, MyRequestsModel::NumberColumn);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    // Selecting the row it already was on changes nothing, so open it here as well.
    if (m_thread->ticketId() != ticketId)
        m_thread->showTicket(ticketId);
}

void MyRequestsPane::ticketsChanged(const QList<qint64> &ticketIds)
{
    m_model->ticketsChanged(ticketIds);
    if (m_thread->ticketId() != 0 && ticketIds.contains(m_thread->ticketId()))
        m_thread->refresh();
    updateEmptyText();
}

void MyRequestsPane::currentRowChanged()
{
    const qint64 id = m_model->ticketIdAt(m_view->currentIndex().row());
    if (id != 0 && id != m_thread->ticketId())
        m_thread->showTicket(id);
}

void MyRequestsPane::reselect()
{
    const qint64 id = m_thread->ticketId();
    if (id == 0)
        return;
    if (const int row = m_model->rowOf(id); row >= 0)
        m_view->setCurrentIndex(m_model->index(row, MyRequestsModel::NumberColumn));
}

void MyRequestsPane::updateEmptyText()
{
    QString text;
    if (!m_model->problem().isEmpty())
        text = tr("Your requests could not be read from this computer's copy: %1")
                   .arg(m_model->problem());
    else if (m_model->rowCount() == 0)
        text = tr("No requests yet. Requests you or your colleagues send appear here.");
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace sd::widgets
