#include "slarowstab.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd::widgets {

using namespace Qt::StringLiterals;
using Collection = client::SlaAdmin::Collection;

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

SlaRowsTab::SlaRowsTab(client::SlaAdmin *admin, Collection collection, bool editable,
                       const QStringList &headers, int idColumn, const Texts &texts,
                       QWidget *parent)
    : QWidget(parent), m_admin(admin), m_collection(collection), m_editable(editable),
      m_idColumn(idColumn), m_table(new QTableWidget(this)), m_message(new QLabel(this))
{
    m_table->setObjectName(texts.tableName);
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->hide();
    if (!editable)
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_message->setObjectName(texts.messageName);
    m_message->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &name, const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setEnabled(editable);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    button(texts.addName, tr("&Add"), &SlaRowsTab::addRow);
    button(texts.saveName, tr("&Save row"), &SlaRowsTab::saveCurrent);
    button(texts.removeName, tr("&Remove"), &SlaRowsTab::removeCurrent);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(admin, &client::SlaAdmin::listed, this, &SlaRowsTab::listed);
    const auto answered = [this](Collection which, const QString &message) {
        if (which != m_collection)
            return;
        showMessage(message);
        m_admin->list(m_collection);
    };
    connect(admin, &client::SlaAdmin::saved, this,
            [answered, saved = texts.saved](Collection which) { answered(which, saved); });
    connect(admin, &client::SlaAdmin::removed, this,
            [answered, removed = texts.removed](Collection which) { answered(which, removed); });
    connect(admin, &client::SlaAdmin::failed, this,
            [this](Collection which, const QString &message) {
                if (which == m_collection)
                    showMessage(message);
            });
}

void SlaRowsTab::otherListed(Collection, const QList<QJsonObject> &) {}

void SlaRowsTab::listed(Collection collection, const QList<QJsonObject> &items)
{
    if (collection != m_collection) {
        otherListed(collection, items);
        return;
    }
    m_items = items;
    rebuild();
}

void SlaRowsTab::rebuild()
{
    // Filling rows is not an edit by the admin.
    QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const QJsonObject &item : std::as_const(m_items)) {
        m_table->insertRow(m_table->rowCount());
        fillRow(m_table->rowCount() - 1, item);
    }
    m_table->resizeColumnsToContents();
}

void SlaRowsTab::addRow()
{
    QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    fillRow(row, newRow());
    m_table->selectRow(row);
    // Typing starts in the row's first field when that is text.
    if (QTableWidgetItem *first = m_table->item(row, m_idColumn);
        first && m_editable && first->flags().testFlag(Qt::ItemIsEditable))
        m_table->editItem(first);
}

qint64 SlaRowsTab::rowId(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, m_idColumn);
    return item ? item->data(IdRole).toLongLong() : 0;
}

void SlaRowsTab::setRowId(QTableWidgetItem *item, const QJsonObject &from) const
{
    item->setData(IdRole, from.value(u"id"_s).toInteger());
}

void SlaRowsTab::saveCurrent()
{
    const int row = m_table->currentRow();
    if (m_editable && row >= 0)
        m_admin->save(m_collection, rowId(row), rowBody(row));
}

void SlaRowsTab::removeCurrent()
{
    const int row = m_table->currentRow();
    if (!m_editable || row < 0)
        return;
    if (rowId(row) == 0)
        m_table->removeRow(row);
    else
        m_admin->remove(m_collection, rowId(row));
}

void SlaRowsTab::showMessage(const QString &text)
{
    m_message->setText(text);
}

} // namespace sd::widgets
