#include "tickettablepane.h"

#include "tickettablemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sd::widgets {

TicketTablePane::TicketTablePane(TicketTableModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(new QLineEdit(this)), m_table(new QTableView(this)),
      m_coalesce(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter->setObjectName(QStringLiteral("ticketFilterEdit"));
    m_filter->setPlaceholderText(
        tr("Filter by number, subject, requester or organisation (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);

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
    menu.setTitle(tr("Columns"));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The subject always stays: a table without it tells nothing.
        action->setEnabled(column != int(client::TicketColumn::Subject));
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->mapToGlobal(at));
}

} // namespace sd::widgets
