#include "dashboardfilterbar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>

namespace sd::widgets {

namespace {

constexpr int DefaultDays = 30;

QVariant idValue(qint64 id)
{
    return QVariant::fromValue(id);
}

QString levelName(const QString &level)
{
    // The SLA engine's fallback for tickets without a contract (storage::SlaReportScope).
    if (level == u"default")
        return DashboardFilterBar::tr("Default (no contract)");
    return level;
}

} // namespace

DashboardFilterBar::DashboardFilterBar(QWidget *parent)
    : QWidget(parent), m_from(new QDateEdit(this)), m_to(new QDateEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Period:"), this));
    const QDate today = QDate::currentDate();
    m_today = today;
    m_from->setObjectName(QStringLiteral("periodFromEdit"));
    m_to->setObjectName(QStringLiteral("periodToEdit"));
    m_from->setDate(today.addDays(-(DefaultDays - 1)));
    m_to->setDate(today);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setMaximumDate(today.addYears(1));
        connect(edit, &QDateEdit::dateChanged, this, &DashboardFilterBar::changed);
    }
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    m_queue = addChooser(QStringLiteral("queueFilterBox"), tr("All queues"));
    m_agent = addChooser(QStringLiteral("agentFilterBox"), tr("All agents"));
    m_organisation = addChooser(QStringLiteral("organisationFilterBox"), tr("All organisations"));
    m_level = addChooser(QStringLiteral("supportLevelFilterBox"), tr("All support levels"));
    m_level->setItemData(0, QString());
    layout->addStretch();
}

void DashboardFilterBar::followToday(const QTimeZone &zone)
{
    const QDate today = QDateTime::currentDateTime().toTimeZone(zone).date();
    if (today == m_today || m_to->date() != m_today) {
        m_today = today;
        return;
    }
    const qint64 span = m_from->date().daysTo(m_to->date());
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_to->setMaximumDate(today.addYears(1));
    m_from->setMaximumDate(today.addYears(1));
    m_to->setDate(today);
    m_from->setDate(today.addDays(-span));
    m_today = today;
}

QComboBox *DashboardFilterBar::addChooser(const QString &objectName, const QString &any)
{
    auto *box = new QComboBox(this);
    box->setObjectName(objectName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMaximumWidth(220);
    box->addItem(any, idValue(0));
    connect(box, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::changed);
    layout()->addWidget(box);
    return box;
}

client::SlaReportFilter DashboardFilterBar::filter() const
{
    client::SlaReportFilter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.queueId = m_queue->currentData().toLongLong();
    filter.agentId = m_agent->currentData().toLongLong();
    filter.organisationId = m_organisation->currentData().toLongLong();
    filter.supportLevel = m_level->currentData().toString();
    return filter;
}

void DashboardFilterBar::setFilter(const client::SlaReportFilter &filter)
{
    const QSignalBlocker quietFrom(m_from);
    const QSignalBlocker quietTo(m_to);
    m_quiet = true;
    if (filter.from.isValid())
        m_from->setDate(filter.from);
    if (filter.to.isValid())
        m_to->setDate(filter.to);
    select(m_queue, idValue(filter.queueId));
    select(m_agent, idValue(filter.agentId));
    select(m_organisation, idValue(filter.organisationId));
    select(m_level, filter.supportLevel);
    m_quiet = false;
}

void DashboardFilterBar::setQueues(const Named &queues)
{
    QList<std::pair<QVariant, QString>> items;
    for (const auto &[id, name] : queues)
        items.append({idValue(id), name});
    fill(m_queue, items);
}

void DashboardFilterBar::setAgents(const Named &agents)
{
    QList<std::pair<QVariant, QString>> items;
    for (const auto &[id, name] : agents)
        items.append({idValue(id), name});
    fill(m_agent, items);
}

void DashboardFilterBar::setOrganisations(const Named &organisations)
{
    QList<std::pair<QVariant, QString>> items;
    for (const auto &[id, name] : organisations)
        items.append({idValue(id), name});
    fill(m_organisation, items);
}

void DashboardFilterBar::setSupportLevels(const QStringList &levels)
{
    QList<std::pair<QVariant, QString>> items;
    for (const QString &level : levels)
        items.append({level, levelName(level)});
    fill(m_level, items);
}

void DashboardFilterBar::fill(QComboBox *box, const QList<std::pair<QVariant, QString>> &items)
{
    const QVariant current = box->currentData();
    m_quiet = true;
    const QSignalBlocker quiet(box);
    while (box->count() > 1)
        box->removeItem(1);
    for (const auto &[value, name] : items)
        box->addItem(name, value);
    select(box, current);
    m_quiet = false;
}

void DashboardFilterBar::select(QComboBox *box, const QVariant &value)
{
    int index = box->findData(value);
    if (index < 0) {
        // A filter chosen earlier (a saved one, or a queue since removed) stays visible.
        const QString label = value.typeId() == QMetaType::QString
                                  ? levelName(value.toString())
                                  : tr("#%1").arg(value.toLongLong());
        box->addItem(label, value);
        index = box->count() - 1;
    }
    const QSignalBlocker quiet(box);
    box->setCurrentIndex(index);
}

QString DashboardFilterBar::describe() const
{
    QStringList parts;
    const auto add = [&parts](const QString &what, const QComboBox *box) {
        if (box->currentIndex() > 0)
            parts.append(tr("%1: %2").arg(what, box->currentText()));
    };
    add(tr("Queue"), m_queue);
    add(tr("Agent"), m_agent);
    add(tr("Organisation"), m_organisation);
    add(tr("Support level"), m_level);
    return parts.join(QStringLiteral(" · "));
}

void DashboardFilterBar::changed()
{
    if (m_quiet)
        return;
    // The period stays a period: moving one end past the other moves the other along.
    if (m_from->date() > m_to->date()) {
        const QSignalBlocker quiet(sender() == m_from ? m_to : m_from);
        if (sender() == m_from)
            m_to->setDate(m_from->date());
        else
            m_from->setDate(m_to->date());
    }
    emit filterChanged(filter());
}

} // namespace sd::widgets
