#include "tickettablemodel.h"

#include "client/replica.h"
#include "client/ticketsla.h"
#include "client/ticketstoreloader.h"
#include "ticketvalues.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QtConcurrent>

namespace sd::widgets {

using client::TicketColumn;
using client::TicketSla;
using Row = client::TicketStore::Row;

namespace {

qint64 clockNow()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString shortTime(qint64 seconds)
{
    if (seconds == 0)
        return {};
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds), QLocale::ShortFormat);
}

QColor slaColour(TicketSla::State state)
{
    switch (state) {
    case TicketSla::State::AtRisk:
        return QColor(0xb3, 0x5c, 0x00);
    case TicketSla::State::Breached:
        return QColor(0xc0, 0x1c, 0x28);
    case TicketSla::State::Paused:
    case TicketSla::State::Met:
    case TicketSla::State::None:
        return QColor(0x6b, 0x6b, 0x6b);
    case TicketSla::State::Ok:
        break;
    }
    return QColor(0x1d, 0x7a, 0x35);
}

} // namespace

TicketTableModel::TicketTableModel(client::Replica &replica, QObject *parent)
    : QAbstractTableModel(parent), m_replica(replica), m_data(std::make_shared<Data>()),
      m_now(clockNow())
{
    m_data->selection.setNow(m_now);
    connect(&m_loading, &QFutureWatcher<Loaded>::finished, this,
            &TicketTableModel::backgroundLoadFinished);
}

TicketTableModel::~TicketTableModel()
{
    m_loading.waitForFinished();
}

void TicketTableModel::load()
{
    auto first = std::make_shared<Data>();
    first->selection.setUser(m_userId);
    first->selection.setNow(m_now);
    client::TicketStoreLoader loader(m_replica.database());
    if (auto loadedFirst = loader.loadNewest(first->store, FirstScreenRows); !loadedFirst) {
        emit loadFailed(loadedFirst.error().message);
        return;
    }
    const client::TicketFilter filter = m_data->selection.filter();
    const QList<client::TicketSortKey> order = m_data->selection.order();
    changeLayout([&] {
        m_data = first;
        m_data->selection.refresh();
        m_data->selection.setOrder(order);
        m_data->selection.setFilter(filter);
    });
    m_loaded = false;
    m_changedWhileLoading.clear();
    m_loading.setFuture(QtConcurrent::run(&TicketTableModel::loadInBackground,
                                          m_replica.databaseUrl(), filter, order, m_userId, m_now));
}

TicketTableModel::Loaded TicketTableModel::loadInBackground(QString url,
                                                            client::TicketFilter filter,
                                                            QList<client::TicketSortKey> order,
                                                            qint64 userId, qint64 now)
{
    auto data = std::make_shared<Data>();
    if (auto all = client::TicketStoreLoader::loadAll(url, data->store); !all)
        return {nullptr, all.error().message};
    // Here rather than at the first click on the subject header, which would pay for it.
    data->store.rankSubjects();
    data->selection.setUser(userId);
    data->selection.setNow(now);
    data->selection.refresh();
    data->selection.setOrder(order);
    data->selection.setFilter(filter);
    return {data, {}};
}

void TicketTableModel::backgroundLoadFinished()
{
    Loaded result = m_loading.result();
    if (!result.data) {
        emit loadFailed(result.error);
        return;
    }
    // The agent may have typed a filter or sorted while the rest was loading.
    const client::TicketFilter filter = m_data->selection.filter();
    const QList<client::TicketSortKey> order = m_data->selection.order();
    changeLayout([&] {
        m_data = std::move(result.data);
        if (m_data->selection.order() != order)
            m_data->selection.setOrder(order);
        if (m_data->selection.filter() != filter)
            m_data->selection.setFilter(filter);
    });
    m_loaded = true;
    ticketsChanged(std::exchange(m_changedWhileLoading, {}));
    emit loaded();
    emit viewCountsChanged();
}

template <typename Change> void TicketTableModel::changeLayout(Change &&change)
{
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    ids.reserve(before.size());
    for (const QModelIndex &index : before)
        ids.append(ticketId(index.row()));
    change();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const std::optional<int> row = rowOfTicket(ids[i]);
        after.append(row ? index(*row, before[i].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

void TicketTableModel::setUser(qint64 userId)
{
    m_userId = userId;
    changeLayout([&] {
        m_data->selection.setUser(userId);
        m_data->selection.refresh();
    });
    emit viewCountsChanged();
}

void TicketTableModel::setNow(qint64 now)
{
    m_now = now;
    changeLayout([&] {
        m_data->selection.setNow(now);
        m_data->selection.refresh();
    });
    emit viewCountsChanged();
}

void TicketTableModel::tick()
{
    const qint64 now = clockNow();
    m_now = now;
    m_data->selection.setNow(now);
    // Countdowns change every minute; the rows only move between views at the next refresh.
    if (rowCount() > 0)
        emit dataChanged(index(0, int(TicketColumn::Sla)),
                         index(rowCount() - 1, int(TicketColumn::Sla)));
    emit viewCountsChanged();
}

void TicketTableModel::setFilter(const client::TicketFilter &filter)
{
    if (filter == m_data->selection.filter())
        return;
    changeLayout([&] { m_data->selection.setFilter(filter); });
}

void TicketTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= client::TicketColumnCount)
        return;
    QList<client::TicketSortKey> keys{{TicketColumn(column), order}};
    for (const client::TicketSortKey &key : m_data->selection.order())
        if (key.column != TicketColumn(column) && keys.size() < 3)
            keys.append(key);
    setSortKeys(keys);
}

void TicketTableModel::setSortKeys(const QList<client::TicketSortKey> &keys)
{
    if (keys == m_data->selection.order())
        return;
    changeLayout([&] { m_data->selection.setOrder(keys); });
}

std::array<std::size_t, client::TicketFilter::ViewCount> TicketTableModel::viewCounts() const
{
    return m_data->selection.viewCounts();
}

void TicketTableModel::ticketsChanged(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    if (!m_loaded)
        m_changedWhileLoading.append(ids);
    changeLayout([&] {
        auto rows = client::TicketStoreLoader(m_replica.database()).reload(m_data->store, ids);
        if (rows)
            m_data->selection.rowsChanged(rows.value());
    });
    emit viewCountsChanged();
}

QList<std::pair<qint64, QString>> TicketTableModel::knownQueues() const
{
    return m_data->store.queues().byId();
}

QList<std::pair<qint64, QString>> TicketTableModel::knownAgents() const
{
    return m_data->store.agents().byId();
}

qint64 TicketTableModel::assigneeOf(qint64 ticketId) const
{
    const auto row = m_data->store.rowOf(ticketId);
    return row && m_data->store.isLive(*row) ? m_data->store.assigneeId(*row) : 0;
}

bool TicketTableModel::isPending(qint64 ticketId) const
{
    const auto row = m_data->store.rowOf(ticketId);
    return row && m_data->store.isPending(*row);
}

QString TicketTableModel::describe(qint64 ticketId) const
{
    const auto row = m_data->store.rowOf(ticketId);
    if (!row)
        return {};
    return QStringLiteral("%1 · %2").arg(m_data->store.number(*row), m_data->store.subject(*row));
}

QList<std::pair<qint64, TicketSla>> TicketTableModel::slaOfAssignee(qint64 userId) const
{
    QList<std::pair<qint64, TicketSla>> out;
    const client::TicketStore &s = m_data->store;
    for (Row row = 0; row < s.rowCount(); ++row)
        if (s.isLive(row) && s.assigneeId(row) == userId)
            out.append({s.id(row), TicketSla::of(s, row, m_now)});
    return out;
}

qint64 TicketTableModel::ticketId(int row) const
{
    if (row < 0 || std::size_t(row) >= m_data->selection.size())
        return 0;
    return m_data->store.id(m_data->selection.at(std::size_t(row)));
}

std::optional<int> TicketTableModel::rowOfTicket(qint64 id) const
{
    const auto row = m_data->store.rowOf(id);
    if (!row)
        return std::nullopt;
    const auto position = m_data->selection.position(*row);
    if (!position)
        return std::nullopt;
    return int(*position);
}

int TicketTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data->selection.size());
}

int TicketTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : client::TicketColumnCount;
}

QVariant TicketTableModel::display(Row row, int column) const
{
    const client::TicketStore &s = m_data->store;
    switch (TicketColumn(column)) {
    case TicketColumn::Number: {
        const QString number = s.number(row);
        return number.isEmpty() ? tr("(not sent yet)") : number;
    }
    case TicketColumn::Subject:
        return s.subject(row);
    case TicketColumn::Requester:
        return s.requesters().display(s.requester(row));
    case TicketColumn::Organisation:
        return s.organisations().display(s.organisation(row));
    case TicketColumn::Status:
        return TicketValues::status(s.status(row));
    case TicketColumn::Priority:
        return TicketValues::priority(s.priority(row));
    case TicketColumn::Category:
        return TicketValues::category(s.category(row));
    case TicketColumn::Queue:
        return s.queues().display(s.queue(row));
    case TicketColumn::Assignee:
        return s.agents().display(s.assignee(row));
    case TicketColumn::Sla:
        return TicketValues::slaCell(TicketSla::of(s, row, m_now), m_now);
    case TicketColumn::Updated:
        return shortTime(s.updatedAt(row));
    case TicketColumn::Created:
        return shortTime(s.createdAt(row));
    }
    return {};
}

QVariant TicketTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row row = m_data->selection.at(std::size_t(index.row()));
    const client::TicketStore &s = m_data->store;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == int(TicketColumn::Sla)) {
            const TicketSla sla = TicketSla::of(s, row, m_now);
            if (sla.state == TicketSla::State::None)
                return {};
            return tr("%1 — %2, due %3")
                .arg(sla.firstResponse ? tr("First response") : tr("Resolution"),
                     TicketValues::slaState(sla.state), shortTime(sla.due));
        }
        if (s.isPending(row))
            return tr("Waiting to be sent to the server");
        return {};
    case Qt::ForegroundRole:
        if (index.column() == int(TicketColumn::Sla))
            return QBrush(slaColour(TicketSla::of(s, row, m_now).state));
        return {};
    case Qt::FontRole:
        if (s.isUnread(row) || s.isPending(row)) {
            QFont font;
            font.setBold(s.isUnread(row));
            font.setItalic(s.isPending(row));
            return font;
        }
        return {};
    case TicketIdRole:
        return s.id(row);
    case SlaStateRole:
        return int(TicketSla::of(s, row, m_now).state);
    case SlaDueRole:
        return TicketSla::of(s, row, m_now).due;
    case UnreadRole:
        return s.isUnread(row);
    case PendingRole:
        return s.isPending(row);
    default:
        return {};
    }
}

QVariant TicketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= client::TicketColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (TicketColumn(section)) {
    case TicketColumn::Number:
        return tr("Number");
    case TicketColumn::Subject:
        return tr("Subject");
    case TicketColumn::Requester:
        return tr("Requester");
    case TicketColumn::Organisation:
        return tr("Organisation");
    case TicketColumn::Status:
        return tr("Status");
    case TicketColumn::Priority:
        return tr("Priority");
    case TicketColumn::Category:
        return tr("Category");
    case TicketColumn::Queue:
        return tr("Queue");
    case TicketColumn::Assignee:
        return tr("Assignee");
    case TicketColumn::Sla:
        return tr("SLA");
    case TicketColumn::Updated:
        return tr("Updated");
    case TicketColumn::Created:
        return tr("Created");
    }
    return {};
}

} // namespace sd::widgets
