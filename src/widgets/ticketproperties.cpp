#include "ticketproperties.h"

#include "ticketvalues.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace sd::widgets {

namespace {

template <typename Enum, typename Name> void addEnum(QComboBox *box, Name name)
{
    for (const auto &[value, wire] : core::EnumTraits<Enum>::names)
        box->addItem(name(value), QString::fromUtf16(wire));
}

void select(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

qint64 nestedId(const QJsonObject &ticket, const QString &key)
{
    return ticket.value(key).toObject().value(QStringLiteral("id")).toInteger();
}

QString tagsText(const QJsonObject &ticket)
{
    QStringList tags;
    for (const QJsonValue &tag : ticket.value(QStringLiteral("tags")).toArray())
        tags.append(tag.toString());
    return tags.join(QStringLiteral(", "));
}

} // namespace

TicketProperties::TicketProperties(QWidget *parent)
    : QWidget(parent), m_status(new QComboBox(this)), m_resolution(new QComboBox(this)),
      m_priority(new QComboBox(this)), m_category(new QComboBox(this)),
      m_queue(new QComboBox(this)), m_assignee(new QComboBox(this)), m_product(new QLineEdit(this)),
      m_version(new QLineEdit(this)), m_os(new QLineEdit(this)), m_affected(new QSpinBox(this)),
      m_tags(new QLineEdit(this)), m_apply(new QPushButton(tr("Apply"), this)),
      m_revert(new QPushButton(tr("Revert"), this)),
      m_assignMe(new QPushButton(tr("Assign to me"), this))
{
    setObjectName(QStringLiteral("ticketProperties"));
    addEnum<core::TicketStatus>(m_status, &TicketValues::status);
    addEnum<core::Resolution>(m_resolution, &TicketValues::resolution);
    addEnum<core::Priority>(m_priority, &TicketValues::priority);
    addEnum<core::Category>(m_category, &TicketValues::category);
    m_affected->setRange(0, 1'000'000);
    m_affected->setSpecialValueText(tr("Not stated"));
    m_tags->setPlaceholderText(tr("Comma-separated"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Resolution:"), m_resolution);
    form->addRow(tr("Priority:"), m_priority);
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Queue:"), m_queue);
    auto *assignee = new QHBoxLayout;
    assignee->addWidget(m_assignee, 1);
    assignee->addWidget(m_assignMe);
    form->addRow(tr("Assignee:"), assignee);
    form->addRow(tr("Product:"), m_product);
    form->addRow(tr("Version:"), m_version);
    form->addRow(tr("OS:"), m_os);
    form->addRow(tr("Affected users:"), m_affected);
    form->addRow(tr("Tags:"), m_tags);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    form->addRow(buttons);

    for (QComboBox *box : {m_status, m_resolution, m_priority, m_category, m_queue, m_assignee})
        connect(box, &QComboBox::currentIndexChanged, this, &TicketProperties::updateButtons);
    for (QLineEdit *edit : {m_product, m_version, m_os, m_tags})
        connect(edit, &QLineEdit::textChanged, this, &TicketProperties::updateButtons);
    connect(m_affected, &QSpinBox::valueChanged, this, &TicketProperties::updateButtons);
    connect(m_revert, &QPushButton::clicked, this, [this] { fill(m_ticket); });
    connect(m_assignMe, &QPushButton::clicked, this, [this] { select(m_assignee, m_myId); });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        const QJsonObject changed = changes();
        if (!changed.isEmpty())
            emit changesApplied(m_ticket.value(QStringLiteral("id")).toInteger(), changed);
    });
    setEnabled(false);
    updateButtons();
}

void TicketProperties::setChoices(const QList<std::pair<qint64, QString>> &queues,
                                  const QList<std::pair<qint64, QString>> &agents, qint64 myId)
{
    m_myId = myId;
    m_queue->clear();
    m_queue->addItem(tr("No queue"), qint64(0));
    for (const auto &[id, name] : queues)
        m_queue->addItem(name, id);
    m_assignee->clear();
    m_assignee->addItem(tr("Unassigned"), qint64(0));
    for (const auto &[id, name] : agents)
        m_assignee->addItem(name, id);
    if (m_assignee->findData(myId) < 0 && myId != 0)
        m_assignee->addItem(tr("Me"), myId);
    if (!m_ticket.isEmpty())
        fill(m_ticket);
}

void TicketProperties::setTicket(const QJsonObject &ticket)
{
    const bool sameTicket =
        ticket.value(QStringLiteral("id")) == m_ticket.value(QStringLiteral("id"));
    const bool editing = sameTicket && !changes().isEmpty();
    m_ticket = ticket;
    setEnabled(!ticket.isEmpty());
    // A sync must not wipe what the agent is in the middle of changing.
    if (!editing)
        fill(ticket);
}

void TicketProperties::fill(const QJsonObject &ticket)
{
    const auto idOf = [&](const char *key) { return nestedId(ticket, QLatin1StringView(key)); };
    // The ticket may name a queue or agent the choosers do not know yet.
    for (const auto &[box, key] :
         {std::pair{m_queue, "queue"}, std::pair{m_assignee, "assignee"}}) {
        const qint64 id = idOf(key);
        if (id != 0 && box->findData(id) < 0)
            box->addItem(ticket.value(QLatin1StringView(key)).toObject().value(u"name").toString(),
                         id);
    }
    select(m_status, ticket.value(QStringLiteral("status")).toString());
    select(m_resolution,
           ticket.value(QStringLiteral("resolution")).toString(QStringLiteral("none")));
    select(m_priority, ticket.value(QStringLiteral("priority")).toString());
    select(m_category, ticket.value(QStringLiteral("category")).toString());
    select(m_queue, idOf("queue"));
    select(m_assignee, idOf("assignee"));
    m_product->setText(ticket.value(QStringLiteral("product")).toString());
    m_version->setText(ticket.value(QStringLiteral("product_version")).toString());
    m_os->setText(ticket.value(QStringLiteral("os")).toString());
    m_affected->setValue(ticket.value(QStringLiteral("affected_users")).toInt());
    m_tags->setText(tagsText(ticket));
    m_shown = current();
    updateButtons();
}

QJsonObject TicketProperties::current() const
{
    QJsonArray tags;
    for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            tags.append(tag.trimmed());
    const auto idOrNull = [](const QComboBox *box) {
        const qint64 id = box->currentData().toLongLong();
        return id != 0 ? QJsonValue(id) : QJsonValue();
    };
    const auto textOrNull = [](const QLineEdit *edit) {
        const QString text = edit->text().trimmed();
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    const QString resolution = m_resolution->currentData().toString();
    return {
        {QStringLiteral("status"), m_status->currentData().toString()},
        {QStringLiteral("resolution"),
         resolution == u"none" ? QJsonValue() : QJsonValue(resolution)},
        {QStringLiteral("priority"), m_priority->currentData().toString()},
        {QStringLiteral("category"), m_category->currentData().toString()},
        {QStringLiteral("queue_id"), idOrNull(m_queue)},
        {QStringLiteral("assignee_id"), idOrNull(m_assignee)},
        {QStringLiteral("product"), textOrNull(m_product)},
        {QStringLiteral("product_version"), textOrNull(m_version)},
        {QStringLiteral("os"), textOrNull(m_os)},
        {QStringLiteral("affected_users"),
         m_affected->value() == 0 ? QJsonValue() : QJsonValue(m_affected->value())},
        {QStringLiteral("tags"), tags},
    };
}

QJsonObject TicketProperties::changes() const
{
    QJsonObject changed;
    const QJsonObject now = current();
    for (auto it = now.constBegin(); it != now.constEnd(); ++it)
        if (m_shown.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    return changed;
}

void TicketProperties::updateButtons()
{
    const bool changed = !m_shown.isEmpty() && !changes().isEmpty();
    m_apply->setEnabled(changed);
    m_revert->setEnabled(changed);
    const QString status = m_status->currentData().toString();
    m_resolution->setEnabled(status == u"resolved" || status == u"closed");
}

} // namespace sd::widgets
