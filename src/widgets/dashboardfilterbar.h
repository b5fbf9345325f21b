#pragma once

#include "client/slareportfilter.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QTimeZone>
#include <QWidget>

#include <utility>

class QComboBox;
class QDateEdit;

namespace sd::widgets {

// The dashboard's filters: the period (first and last day, both included), queue, agent,
// organisation and support level. Any change emits filterChanged(); new choices keep what is
// selected when it is still offered.
class DashboardFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardFilterBar)

public:
    using Named = QList<std::pair<qint64, QString>>;

    explicit DashboardFilterBar(QWidget *parent = nullptr);

    client::SlaReportFilter filter() const;
    // Selects what `filter` names, adding ids not offered yet (named by their id), without
    // emitting filterChanged().
    void setFilter(const client::SlaReportFilter &filter);
    void setQueues(const Named &queues);
    void setAgents(const Named &agents);
    void setOrganisations(const Named &organisations);
    void setSupportLevels(const QStringList &levels);
    // The period's default end is today, and the report counts the server's days: once its
    // time zone is known, an end still on "today" moves to the server's today (the period keeps
    // its length), without emitting filterChanged(). An end the supervisor chose stays.
    void followToday(const QTimeZone &zone);
    // What the filter shows for people: "Queue: Support · Agent: …" (empty: no filter).
    QString describe() const;

    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *queueBox() const { return m_queue; }
    QComboBox *agentBox() const { return m_agent; }
    QComboBox *organisationBox() const { return m_organisation; }
    QComboBox *supportLevelBox() const { return m_level; }

signals:
    void filterChanged(const sd::client::SlaReportFilter &filter);

private:
    QComboBox *addChooser(const QString &objectName, const QString &any);
    void fill(QComboBox *box, const QList<std::pair<QVariant, QString>> &items);
    static void select(QComboBox *box, const QVariant &value);
    void changed();

    QDateEdit *m_from;
    QDateEdit *m_to;
    QDate m_today;
    QComboBox *m_queue;
    QComboBox *m_agent;
    QComboBox *m_organisation;
    QComboBox *m_level;
    bool m_quiet = false;
};

} // namespace sd::widgets
