#include "slaescalationtab.h"

#include "core/priority.h"
#include "core/slatarget.h"

#include <QComboBox>
#include <QTableWidget>

namespace sd::widgets {

using namespace Qt::StringLiterals;

namespace {

using Collection = client::SlaAdmin::Collection;

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
    : SlaRowsTab(admin, Collection::EscalationRules, editable,
                 {tr("Event"), tr("Target"), tr("Priority"), tr("Notify supervisors"),
                  tr("Raise priority"), tr("Active")},
                 NotifyColumn,
                 {u"escalationTable"_s, u"escalationMessageLabel"_s, u"addRuleButton"_s,
                  u"saveRuleButton"_s, u"removeRuleButton"_s, tr("Escalation rules saved."),
                  tr("Escalation rule removed.")},
                 parent)
{
    // Rows are edited through their boxes and switches, never as text.
    table()->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(table(), &QTableWidget::itemChanged, this, &SlaEscalationTab::itemChanged);
}

void SlaEscalationTab::fillRow(int row, const QJsonObject &rule)
{
    QTableWidget *const table = this->table();
    const bool editable = this->editable();
    const QString any = tr("(any)");
    auto *kind = choiceCombo({}, {u"warning"_s, u"breach"_s}, rule.value(u"kind"_s), editable);
    kind->setItemText(0, tr("warning"));
    kind->setItemText(1, tr("breach"));
    table->setCellWidget(row, KindColumn, kind);
    table->setCellWidget(
        row, TargetColumn,
        choiceCombo(any, core::allNames<core::SlaTargetKind>(), rule.value(u"target"_s), editable));
    table->setCellWidget(
        row, PriorityColumn,
        choiceCombo(any, core::allNames<core::Priority>(), rule.value(u"priority"_s), editable));
    auto *notify = checkItem(rule.value(u"notify_supervisors"_s).toBool(), editable);
    setRowId(notify, rule);
    table->setItem(row, NotifyColumn, notify);
    table->setItem(row, RaiseColumn, checkItem(rule.value(u"raise_priority"_s).toBool(), editable));
    table->setItem(row, ActiveColumn, checkItem(rule.value(u"active"_s).toBool(true), editable));
}

QJsonObject SlaEscalationTab::rowBody(int row) const
{
    QTableWidget *const table = this->table();
    const auto choice = [&](int column) {
        return qobject_cast<QComboBox *>(table->cellWidget(row, column))->currentData().toString();
    };
    const auto checked = [&](int column) {
        return table->item(row, column)->checkState() == Qt::Checked;
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
    if (!editable() || item->column() != ActiveColumn || rowId(item->row()) == 0)
        return;
    admin()->save(Collection::EscalationRules, rowId(item->row()),
                  QJsonObject{{u"active"_s, item->checkState() == Qt::Checked}});
}

QJsonObject SlaEscalationTab::newRow() const
{
    return {{u"kind"_s, u"breach"_s}, {u"notify_supervisors"_s, true}};
}

} // namespace sd::widgets
