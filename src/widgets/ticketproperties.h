#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sd::widgets {

// The open ticket's fields as a form: status, resolution, priority, category, queue,
// assignee, product, version, OS, affected users and tags. Apply emits only the fields the
// agent changed, in the PATCH wire names (the outbox merges them with the server's copy);
// Revert shows the ticket as it is again.
class TicketProperties final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketProperties)

public:
    explicit TicketProperties(QWidget *parent = nullptr);

    void setChoices(const QList<std::pair<qint64, QString>> &queues,
                    const QList<std::pair<qint64, QString>> &agents, qint64 myId);
    // Shows the ticket unless the agent has unapplied edits for this same ticket.
    void setTicket(const QJsonObject &ticket);
    // The changed fields (PATCH wire names), empty when nothing changed.
    QJsonObject changes() const;

    QComboBox *statusBox() const { return m_status; }
    QComboBox *assigneeBox() const { return m_assignee; }
    QPushButton *applyButton() const { return m_apply; }

signals:
    void changesApplied(qint64 ticketId, const QJsonObject &changes);

private:
    void fill(const QJsonObject &ticket);
    void updateButtons();
    QJsonObject current() const;

    QJsonObject m_ticket;
    QJsonObject m_shown;
    qint64 m_myId = 0;
    QComboBox *m_status;
    QComboBox *m_resolution;
    QComboBox *m_priority;
    QComboBox *m_category;
    QComboBox *m_queue;
    QComboBox *m_assignee;
    QLineEdit *m_product;
    QLineEdit *m_version;
    QLineEdit *m_os;
    QSpinBox *m_affected;
    QLineEdit *m_tags;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QPushButton *m_assignMe;
};

} // namespace sd::widgets
