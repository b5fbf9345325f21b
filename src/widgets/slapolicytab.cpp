#include "slapolicytab.h"

#include "core/category.h"
#include "core/priority.h"

#include <QComboBox>
#include <QJsonValue>
#include <QTableWidget>

namespace sd::widgets {

using namespace Qt::StringLiterals;

namespace {

using Collection = client::SlaAdmin::Collection;

QComboBox *namesCombo(const QStringList &names, const QString &current, bool editable)
{
    auto *combo = new QComboBox;
    combo->addItems(names);
    combo->setCurrentText(current);
    combo->setEnabled(editable);
    return combo;
}

QTableWidgetItem *minutesItem(const QJsonValue &value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::EditRole, value.toInt());
    return item;
}

} // namespace

SlaPolicyTab::SlaPolicyTab(client::SlaAdmin *admin, bool editable, QWidget *parent)
    : SlaRowsTab(admin, Collection::Policies, editable,
                 {tr("Support level"), tr("Category"), tr("Priority"), tr("First response, min"),
                  tr("Next response, min"), tr("Resolution, min"), tr("Calendar")},
                 LevelColumn,
                 {u"policyTable"_s, u"policyMessageLabel"_s, u"addPolicyButton"_s,
                  u"savePolicyButton"_s, u"removePolicyButton"_s, tr("Policy saved."),
                  tr("Policy removed.")},
                 parent)
{}

void SlaPolicyTab::otherListed(Collection collection, const QList<QJsonObject> &items)
{
    if (collection != Collection::Calendars)
        return;
    m_calendars.clear();
    for (const QJsonObject &calendar : items)
        m_calendars.insert(calendar.value(u"id"_s).toInteger(),
                           calendar.value(u"name"_s).toString());
    rebuild();
}

void SlaPolicyTab::fillRow(int row, const QJsonObject &policy)
{
    QTableWidget *const table = this->table();
    const bool editable = this->editable();
    auto *level = new QTableWidgetItem(policy.value(u"support_level"_s).toString());
    setRowId(level, policy);
    table->setItem(row, LevelColumn, level);
    table->setCellWidget(row, CategoryColumn,
                         namesCombo(core::allNames<core::Category>(),
                                    policy.value(u"category"_s).toString(), editable));
    table->setCellWidget(row, PriorityColumn,
                         namesCombo(core::allNames<core::Priority>(),
                                    policy.value(u"priority"_s).toString(), editable));
    table->setItem(row, FirstResponseColumn,
                   minutesItem(policy.value(u"first_response_minutes"_s)));
    table->setItem(row, NextResponseColumn, minutesItem(policy.value(u"next_response_minutes"_s)));
    table->setItem(row, ResolutionColumn, minutesItem(policy.value(u"resolution_minutes"_s)));
    auto *calendar = new QComboBox;
    calendar->addItem(tr("(none)"), 0);
    for (auto it = m_calendars.cbegin(); it != m_calendars.cend(); ++it)
        calendar->addItem(it.value(), it.key());
    calendar->setCurrentIndex(
        std::max(0, calendar->findData(policy.value(u"calendar_id"_s).toInteger())));
    calendar->setEnabled(editable);
    table->setCellWidget(row, CalendarColumn, calendar);
}

QJsonObject SlaPolicyTab::newRow() const
{
    return {{u"support_level"_s, u"default"_s},
            {u"calendar_id"_s, m_calendars.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                     : QJsonValue(m_calendars.firstKey())}};
}

QJsonObject SlaPolicyTab::rowBody(int row) const
{
    QTableWidget *const table = this->table();
    const auto combo = [&](int column) {
        return qobject_cast<QComboBox *>(table->cellWidget(row, column));
    };
    const auto minutes = [&](int column) {
        return table->item(row, column)->data(Qt::EditRole).toInt();
    };
    const int next = minutes(NextResponseColumn);
    const qint64 calendar = combo(CalendarColumn)->currentData().toLongLong();
    // No next-response target and no calendar are null on the wire, 0 in the table.
    return QJsonObject{
        {u"support_level"_s, table->item(row, LevelColumn)->text().trimmed()},
        {u"category"_s, combo(CategoryColumn)->currentText()},
        {u"priority"_s, combo(PriorityColumn)->currentText()},
        {u"first_response_minutes"_s, minutes(FirstResponseColumn)},
        {u"next_response_minutes"_s, next > 0 ? QJsonValue(next) : QJsonValue(QJsonValue::Null)},
        {u"resolution_minutes"_s, minutes(ResolutionColumn)},
        {u"calendar_id"_s, calendar > 0 ? QJsonValue(calendar) : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace sd::widgets
