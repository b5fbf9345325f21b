#include "tickettablepane.h"

#include "tickettablemodel.h"
#include "ticketvalues.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sd::widgets {

TicketTablePane::TicketTablePane(TicketTableModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(new QLineEdit(this)), m_table(new QTableView(this)),
      m_coalesce(new QTimer(this)), m_clearColumns(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter->setObjectName(QStringLiteral("ticketFilterEdit"));
    m_filter->setPlaceholderText(
        tr("Filter by number, subject, requester or organisation (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    m_clearColumns->setObjectName(QStringLiteral("clearColumnFiltersButton"));
    m_clearColumns->setText(tr("Column filters on — clear"));
    m_clearColumns->setToolTip(tr("Some columns show only chosen values (right-click a column "
                                  "header to change them)"));
    m_clearColumns->hide();
    filters->addWidget(m_clearColumns);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    connect(m_clearColumns, &QPushButton::clicked, this, [this] {
        client::TicketFilter filter;
        filter.view = m_model->filter().view;
        filter.text = m_model->filter().text;
        setColumnFilter(filter);
    });

    m_table->setObjectName(QStringLiteral("ticketTable"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    // A fixed row height keeps a million rows cheap (PLATFORM.md: never ResizeToContents).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setSortIndicator(int(client::TicketColumn::Updated), Qt::DescendingOrder);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->resizeSection(int(client::TicketColumn::Number),
                          fontMetrics().horizontalAdvance(QStringLiteral("SD-2026-0000000")) + 16);
    header->resizeSection(int(client::TicketColumn::Subject), 320);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            &TicketTablePane::showColumnMenu);

    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(0);
    connect(m_coalesce, &QTimer::timeout, this, &TicketTablePane::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_coalesce, qOverload<>(&QTimer::start));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.isValid() ? m_model->ticketId(current.row()) : 0;
                if (id != m_current) {
                    m_current = id;
                    emit currentTicketChanged(id);
                }
            });
}

void TicketTablePane::applyFilter()
{
    client::TicketFilter filter = m_model->filter();
    filter.text = m_filter->text();
    m_model->setFilter(filter);
}

void TicketTablePane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

qint64 TicketTablePane::currentTicket() const
{
    return m_current;
}

void TicketTablePane::selectTicket(qint64 id)
{
    if (const auto row = m_model->rowOfTicket(id)) {
        const QModelIndex index = m_model->index(*row, int(client::TicketColumn::Subject));
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
}

void TicketTablePane::step(int rows)
{
    if (m_model->rowCount() == 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    const int row =
        std::clamp(current.isValid() ? current.row() + rows : 0, 0, m_model->rowCount() - 1);
    const QModelIndex index = m_model->index(row, std::max(0, current.column()));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QList<qint64> TicketTablePane::selectedTickets() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(m_model->ticketId(row.row()));
    return ids;
}

QByteArray TicketTablePane::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

void TicketTablePane::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

void TicketTablePane::showColumnMenu(const QPoint &at)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    addColumnFilter(menu, header->logicalIndexAt(at));
    QMenu *columns = menu.addMenu(tr("Columns"));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action =
            columns->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The subject always stays: a table without it tells nothing.
        action->setEnabled(column != int(client::TicketColumn::Subject));
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    QAction *clear =
        menu.addAction(tr("Clear column filters"), m_clearColumns, &QPushButton::click);
    clear->setEnabled(hasColumnFilter());
    menu.exec(header->mapToGlobal(at));
}

template <typename Enum, typename Name>
void TicketTablePane::addMaskFilter(QMenu &menu, quint32 client::TicketFilter::*mask, Name name)
{
    QMenu *values = menu.addMenu(tr("Show only"));
    for (const auto &[value, wire] : core::EnumTraits<Enum>::names) {
        QAction *action = values->addAction(name(value));
        action->setCheckable(true);
        const quint32 bit = 1u << int(value);
        action->setChecked(m_model->filter().*mask & bit);
        connect(action, &QAction::toggled, this, [this, mask, bit](bool shown) {
            client::TicketFilter filter = m_model->filter();
            filter.*mask = shown ? (filter.*mask | bit) : (filter.*mask & ~bit);
            setColumnFilter(filter);
        });
    }
}

void TicketTablePane::addIdFilter(QMenu &menu, QList<qint64> client::TicketFilter::*ids,
                                  const QList<std::pair<qint64, QString>> &choices,
                                  const QString &none)
{
    QMenu *values = menu.addMenu(tr("Show only"));
    QList<std::pair<qint64, QString>> all = choices;
    if (!none.isEmpty())
        all.prepend({0, none});
    for (const auto &[id, name] : all) {
        QAction *action = values->addAction(name);
        action->setCheckable(true);
        action->setChecked((m_model->filter().*ids).contains(id));
        connect(action, &QAction::toggled, this, [this, ids, id = id](bool shown) {
            client::TicketFilter filter = m_model->filter();
            if (shown && !(filter.*ids).contains(id))
                (filter.*ids).append(id);
            if (!shown)
                (filter.*ids).removeAll(id);
            setColumnFilter(filter);
        });
    }
}

void TicketTablePane::addTextFilter(QMenu &menu, QString client::TicketFilter::*text,
                                    const QString &title)
{
    menu.addAction(tr("Contains…"), this, [this, text, title] {
        bool ok = false;
        const QString wanted = QInputDialog::getText(
            this, title, tr("Show rows whose %1 contains:").arg(title.toLower()), QLineEdit::Normal,
            m_model->filter().*text, &ok);
        if (!ok)
            return;
        client::TicketFilter filter = m_model->filter();
        filter.*text = wanted.trimmed();
        setColumnFilter(filter);
    });
}

void TicketTablePane::addColumnFilter(QMenu &menu, int column)
{
    using client::TicketColumn;
    using client::TicketFilter;
    switch (TicketColumn(column)) {
    case TicketColumn::Status:
        addMaskFilter<core::TicketStatus>(menu, &TicketFilter::statuses, &TicketValues::status);
        break;
    case TicketColumn::Priority:
        addMaskFilter<core::Priority>(menu, &TicketFilter::priorities, &TicketValues::priority);
        break;
    case TicketColumn::Category:
        addMaskFilter<core::Category>(menu, &TicketFilter::categories, &TicketValues::category);
        break;
    case TicketColumn::Queue:
        addIdFilter(menu, &TicketFilter::queueIds, m_model->knownQueues(), {});
        break;
    case TicketColumn::Assignee:
        addIdFilter(menu, &TicketFilter::assigneeIds, m_model->knownAgents(), tr("Unassigned"));
        break;
    case TicketColumn::Requester:
        addTextFilter(menu, &TicketFilter::requesterText, tr("Requester"));
        break;
    case TicketColumn::Organisation:
        addTextFilter(menu, &TicketFilter::organisationText, tr("Organisation"));
        break;
    default:
        return;
    }
    menu.addSeparator();
}

bool TicketTablePane::hasColumnFilter() const
{
    const client::TicketFilter &f = m_model->filter();
    const client::TicketFilter none;
    return f.statuses != none.statuses || f.priorities != none.priorities ||
           f.categories != none.categories || !f.queueIds.isEmpty() || !f.assigneeIds.isEmpty() ||
           !f.requesterText.isEmpty() || !f.organisationText.isEmpty();
}

void TicketTablePane::setColumnFilter(const client::TicketFilter &filter)
{
    m_model->setFilter(filter);
    m_clearColumns->setVisible(hasColumnFilter());
    emit columnFilterChanged(hasColumnFilter());
}

} // namespace sd::widgets
