#pragma once

#include <QWidget>

class QLineEdit;
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

signals:
    void currentTicketChanged(qint64 ticketId);

private:
    void applyFilter();
    void showColumnMenu(const QPoint &at);

    TicketTableModel *m_model;
    QLineEdit *m_filter;
    QTableView *m_table;
    QTimer *m_coalesce;
    qint64 m_current = 0;
};

} // namespace sd::widgets
