#include "slaescalationtab.h"

#include "core/priority.h"
#include "core/slatarget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd::widgets {

using namespace Qt::StringLiterals;

namespace {

using Collection = client::SlaAdmin::Collection;

constexpr int IdRole = Qt::UserRole + 1;

// `any` is the first entry, for a null (match every value) on the wire.
QComboBox *choiceCombo(const QString &any, const QStringList &names, const QJsonValue &current,
                       bool editable)
{
    auto *combo = new QComboBox;
    if (!any.isEmpty())
        combo->addItem(any, QString());
    for (const QString &name : names)
        combo->addItem(name, name);
    combo->setCurrentIndex(std::max(0, combo->findData(current.toString())));
    combo->setEnabled(editable);
    return combo;
}

QTableWidgetItem *checkItem(bool checked, bool editable)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                            : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

SlaEscalationTab::SlaEscalationTab(client::SlaAdmin *admin, bool editable, QWidget *parent)
    : QWidget(parent), m_admin(admin), m_editable(editable), m_table(new QTableWidget(this)),
      m_message(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("escalationTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Event"), tr("Target"), tr("Priority"),
                                        tr("Notify supervisors"), tr("Raise priority"),
                                        tr("Active")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->hide();
    m_message->setObjectName(QStringLiteral("escalationMessageLabel"));
    m_message->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &name, const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setEnabled(editable);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    button(QStringLiteral("addRuleButton"), tr("&Add"), &SlaEscalationTab::addRow);
    button(QStringLiteral("saveRuleButton"), tr("&Save row"), &SlaEscalationTab::saveCurrent);
    button(QStringLiteral("removeRuleButton"), tr("&Remove"), &SlaEscalationTab::removeCurrent);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, &SlaEscalationTab::itemChanged);
    connect(admin, &client::SlaAdmin::listed, this, &SlaEscalationTab::listed);
    const auto reload = [this](Collection collection) {
        if (collection != Collection::EscalationRules)
            return;
        m_message->setText(tr("Escalation rules saved."));
        m_admin->list(Collection::EscalationRules);
    };
    connect(admin, &client::SlaAdmin::saved, this, reload);
    connect(admin, &client::SlaAdmin::removed, this, reload);
    connect(admin, &client::SlaAdmin::failed, this,
            [this](Collection collection, const QString &message) {
                if (collection == Collection::EscalationRules)
                    m_message->setText(message);
            });
}

void SlaEscalationTab::listed(Collection collection, const QList<QJsonObject> &items)
{
    if (collection != Collection::EscalationRules)
        return;
    QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const QJsonObject &rule : items) {
        m_table->insertRow(m_table->rowCount());
        fillRow(m_table->rowCount() - 1, rule);
    }
    m_table->resizeColumnsToContents();
}

void SlaEscalationTab::fillRow(int row, const QJsonObject &rule)
{
    const QString any = tr("(any)");
    auto *kind = choiceCombo({}, {u"warning"_s, u"breach"_s}, rule.value(u"kind"_s), m_editable);
    kind->setItemText(0, tr("warning"));
    kind->setItemText(1, tr("breach"));
    m_table->setCellWidget(row, KindColumn, kind);
    m_table->setCellWidget(row, TargetColumn,
                           choiceCombo(any, core::allNames<core::SlaTargetKind>(),
                                       rule.value(u"target"_s), m_editable));
    m_table->setCellWidget(
        row, PriorityColumn,
        choiceCombo(any, core::allNames<core::Priority>(), rule.value(u"priority"_s), m_editable));
    auto *notify = checkItem(rule.value(u"notify_supervisors"_s).toBool(), m_editable);
    notify->setData(IdRole, rule.value(u"id"_s).toInteger());
    m_table->setItem(row, NotifyColumn, notify);
    m_table->setItem(row, RaiseColumn,
                     checkItem(rule.value(u"raise_priority"_s).toBool(), m_editable));
    m_table->setItem(row, ActiveColumn,
                     checkItem(rule.value(u"active"_s).toBool(true), m_editable));
}

qint64 SlaEscalationTab::rowId(int row) const
{
    return m_table->item(row, NotifyColumn)->data(IdRole).toLongLong();
}

QJsonObject SlaEscalationTab::rowBody(int row) const
{
    const auto choice = [&](int column) {
        return qobject_cast<QComboBox *>(m_table->cellWidget(row, column))
            ->currentData()
            .toString();
    };
    const auto checked = [&](int column) {
        return m_table->item(row, column)->checkState() == Qt::Checked;
    };
    return QJsonObject{
        {u"kind"_s, choice(KindColumn)},
        {u"target"_s, orNull(choice(TargetColumn))},
        {u"priority"_s, orNull(choice(PriorityColumn))},
        {u"notify_supervisors"_s, checked(NotifyColumn)},
        {u"raise_priority"_s, checked(RaiseColumn)},
        {u"active"_s, checked(ActiveColumn)},
    };
}

void SlaEscalationTab::itemChanged(QTableWidgetItem *item)
{
    // The switch an admin flips in a hurry during an incident: no separate save.
    if (!m_editable || item->column() != ActiveColumn || rowId(item->row()) == 0)
        return;
    m_admin->save(Collection::EscalationRules, rowId(item->row()),
                  QJsonObject{{u"active"_s, item->checkState() == Qt::Checked}});
}

void SlaEscalationTab::addRow()
{
    QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    fillRow(row, QJsonObject{{u"kind"_s, u"breach"_s}, {u"notify_supervisors"_s, true}});
    m_table->selectRow(row);
}

void SlaEscalationTab::saveCurrent()
{
    const int row = m_table->currentRow();
    if (m_editable && row >= 0)
        m_admin->save(Collection::EscalationRules, rowId(row), rowBody(row));
}

void SlaEscalationTab::removeCurrent()
{
    const int row = m_table->currentRow();
    if (!m_editable || row < 0)
        return;
    if (rowId(row) == 0)
        m_table->removeRow(row);
    else
        m_admin->remove(Collection::EscalationRules, rowId(row));
}

} // namespace sd::widgets
