#pragma once

#include "client/ticketfilter.h"

#include <QWidget>

class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;
class QTimer;

namespace sd::widgets {

class TicketTableModel;

// The centre of the workstation: the typed filter over the ticket table. Filtering follows
// each keystroke (coalesced, so a fast typist never waits for a stale result); the header's
// context menu chooses columns; the header's layout is remembered between runs.
class TicketTablePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketTablePane)

public:
    TicketTablePane(TicketTableModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *clearColumnFiltersButton() const { return m_clearColumns; }
    void focusFilter();
    // The ticket under the cursor, 0 when none.
    qint64 currentTicket() const;
    void selectTicket(qint64 id);
    // Moves to the next (or previous) ticket of the table.
    void step(int rows);
    // The tickets of the selected rows, in table order.
    QList<qint64> selectedTickets() const;

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

    // Column filters (the header's context menu): status, priority and category values,
    // queues, assignees, text in the requester's or organisation's name.
    void setColumnFilter(const client::TicketFilter &filter);
    bool hasColumnFilter() const;

signals:
    void currentTicketChanged(qint64 ticketId);
    void columnFilterChanged(bool filtered);

private:
    void applyFilter();
    void showColumnMenu(const QPoint &at);
    void addColumnFilter(QMenu &menu, int column);
    template <typename Enum, typename Name>
    void addMaskFilter(QMenu &menu, quint32 client::TicketFilter::*mask, Name name);
    void addIdFilter(QMenu &menu, QList<qint64> client::TicketFilter::*ids,
                     const QList<std::pair<qint64, QString>> &choices, const QString &none);
    void addTextFilter(QMenu &menu, QString client::TicketFilter::*text, const QString &title);

    TicketTableModel *m_model;
    QLineEdit *m_filter;
    QTableView *m_table;
    QTimer *m_coalesce;
    QPushButton *m_clearColumns;
    qint64 m_current = 0;
};

} // namespace sd::widgets
