#include "slapolicytab.h"

#include "core/category.h"
#include "core/priority.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd::widgets {

using namespace Qt::StringLiterals;

namespace {

using Collection = client::SlaAdmin::Collection;

constexpr int IdRole = Qt::UserRole + 1;

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
    : QWidget(parent), m_admin(admin), m_editable(editable), m_table(new QTableWidget(this)),
      m_message(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("policyTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Support level"), tr("Category"), tr("Priority"),
                                        tr("First response, min"), tr("Next response, min"),
                                        tr("Resolution, min"), tr("Calendar")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->hide();
    if (!editable)
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_message->setObjectName(QStringLiteral("policyMessageLabel"));
    m_message->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &name, const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setEnabled(editable);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    button(QStringLiteral("addPolicyButton"), tr("&Add"), &SlaPolicyTab::addRow);
    button(QStringLiteral("savePolicyButton"), tr("&Save row"), &SlaPolicyTab::saveCurrent);
    button(QStringLiteral("removePolicyButton"), tr("&Remove"), &SlaPolicyTab::removeCurrent);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(admin, &client::SlaAdmin::listed, this, &SlaPolicyTab::listed);
    connect(admin, &client::SlaAdmin::saved, this, [this](Collection collection) {
        if (collection != Collection::Policies)
            return;
        showMessage(tr("Policy saved."));
        m_admin->list(Collection::Policies);
    });
    connect(admin, &client::SlaAdmin::removed, this, [this](Collection collection) {
        if (collection != Collection::Policies)
            return;
        showMessage(tr("Policy removed."));
        m_admin->list(Collection::Policies);
    });
    connect(admin, &client::SlaAdmin::failed, this,
            [this](Collection collection, const QString &message) {
                if (collection == Collection::Policies)
                    showMessage(message);
            });
}

void SlaPolicyTab::listed(Collection collection, const QList<QJsonObject> &items)
{
    if (collection == Collection::Calendars) {
        m_calendars.clear();
        for (const QJsonObject &calendar : items)
            m_calendars.insert(calendar.value(u"id"_s).toInteger(),
                               calendar.value(u"name"_s).toString());
    } else if (collection == Collection::Policies) {
        m_policies = items;
    } else {
        return;
    }
    rebuild();
}

void SlaPolicyTab::rebuild()
{
    m_table->setRowCount(0);
    for (const QJsonObject &policy : std::as_const(m_policies)) {
        m_table->insertRow(m_table->rowCount());
        fillRow(m_table->rowCount() - 1, policy);
    }
    m_table->resizeColumnsToContents();
}

void SlaPolicyTab::fillRow(int row, const QJsonObject &policy)
{
    auto *level = new QTableWidgetItem(policy.value(u"support_level"_s).toString());
    level->setData(IdRole, policy.value(u"id"_s).toInteger());
    m_table->setItem(row, LevelColumn, level);
    m_table->setCellWidget(row, CategoryColumn,
                           namesCombo(core::allNames<core::Category>(),
                                      policy.value(u"category"_s).toString(), m_editable));
    m_table->setCellWidget(row, PriorityColumn,
                           namesCombo(core::allNames<core::Priority>(),
                                      policy.value(u"priority"_s).toString(), m_editable));
    m_table->setItem(row, FirstResponseColumn,
                     minutesItem(policy.value(u"first_response_minutes"_s)));
    m_table->setItem(row, NextResponseColumn,
                     minutesItem(policy.value(u"next_response_minutes"_s)));
    m_table->setItem(row, ResolutionColumn, minutesItem(policy.value(u"resolution_minutes"_s)));
    auto *calendar = new QComboBox;
    calendar->addItem(tr("(none)"), 0);
    for (auto it = m_calendars.cbegin(); it != m_calendars.cend(); ++it)
        calendar->addItem(it.value(), it.key());
    calendar->setCurrentIndex(
        std::max(0, calendar->findData(policy.value(u"calendar_id"_s).toInteger())));
    calendar->setEnabled(m_editable);
    m_table->setCellWidget(row, CalendarColumn, calendar);
}

void SlaPolicyTab::addRow()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    fillRow(row, QJsonObject{{u"support_level"_s, u"default"_s},
                             {u"calendar_id"_s, m_calendars.isEmpty()
                                                    ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(m_calendars.firstKey())}});
    m_table->selectRow(row);
    m_table->editItem(m_table->item(row, LevelColumn));
}

QJsonObject SlaPolicyTab::rowBody(int row) const
{
    const auto combo = [&](int column) {
        return qobject_cast<QComboBox *>(m_table->cellWidget(row, column));
    };
    const auto minutes = [&](int column) {
        return m_table->item(row, column)->data(Qt::EditRole).toInt();
    };
    const int next = minutes(NextResponseColumn);
    const qint64 calendar = combo(CalendarColumn)->currentData().toLongLong();
    // No next-response target and no calendar are null on the wire, 0 in the table.
    return QJsonObject{
        {u"support_level"_s, m_table->item(row, LevelColumn)->text().trimmed()},
        {u"category"_s, combo(CategoryColumn)->currentText()},
        {u"priority"_s, combo(PriorityColumn)->currentText()},
        {u"first_response_minutes"_s, minutes(FirstResponseColumn)},
        {u"next_response_minutes"_s, next > 0 ? QJsonValue(next) : QJsonValue(QJsonValue::Null)},
        {u"resolution_minutes"_s, minutes(ResolutionColumn)},
        {u"calendar_id"_s, calendar > 0 ? QJsonValue(calendar) : QJsonValue(QJsonValue::Null)},
    };
}

void SlaPolicyTab::saveCurrent()
{
    const int row = m_table->currentRow();
    if (!m_editable || row < 0)
        return;
    m_admin->save(Collection::Policies, m_table->item(row, LevelColumn)->data(IdRole).toLongLong(),
                  rowBody(row));
}

void SlaPolicyTab::removeCurrent()
{
    const int row = m_table->currentRow();
    if (!m_editable || row < 0)
        return;
    const qint64 id = m_table->item(row, LevelColumn)->data(IdRole).toLongLong();
    if (id == 0)
        m_table->removeRow(row);
    else
        m_admin->remove(Collection::Policies, id);
}

void SlaPolicyTab::showMessage(const QString &text)
{
    m_message->setText(text);
}

} // namespace sd::widgets
