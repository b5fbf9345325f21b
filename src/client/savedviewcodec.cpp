#include "savedviewcodec.h"

#include "core/category.h"
#include "core/priority.h"
#include "core/ticketstatus.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace sd::client {

namespace {

using View = TicketFilter::View;

constexpr std::array<std::pair<View, const char16_t *>, TicketFilter::ViewCount> ViewNames{{
    {View::MyOpen, u"my_open"},
    {View::Unassigned, u"unassigned"},
    {View::BreachingSoon, u"breaching_soon"},
    {View::PendingCustomer, u"pending_customer"},
    {View::InDevelopment, u"in_development"},
    {View::AllOpen, u"all_open"},
    {View::RecentlyResolved, u"recently_resolved"},
    {View::Everything, u"everything"},
}};

constexpr std::array<std::pair<TicketColumn, const char16_t *>, TicketColumnCount> ColumnNames{{
    {TicketColumn::Number, u"number"},
    {TicketColumn::Subject, u"subject"},
    {TicketColumn::Requester, u"requester"},
    {TicketColumn::Organisation, u"organisation"},
    {TicketColumn::Status, u"status"},
    {TicketColumn::Priority, u"priority"},
    {TicketColumn::Category, u"category"},
    {TicketColumn::Queue, u"queue"},
    {TicketColumn::Assignee, u"assignee"},
    {TicketColumn::Sla, u"sla"},
    {TicketColumn::Updated, u"updated"},
    {TicketColumn::Created, u"created"},
}};

template <typename E, std::size_t N>
std::optional<E> lookUp(const std::array<std::pair<E, const char16_t *>, N> &names,
                        const QString &name)
{
    for (const auto &[value, spelling] : names)
        if (name == QStringView(spelling))
            return value;
    return std::nullopt;
}

// A mask of every value is written as no list at all: "any" then also takes in values a later
// version adds.
template <typename E> QJsonArray maskNames(quint32 mask)
{
    QJsonArray names;
    for (const auto &[value, name] : core::EnumTraits<E>::names)
        if (mask & (1u << int(value)))
            names.append(QString::fromUtf16(name));
    return names;
}

template <typename E> quint32 maskOf(const QJsonValue &json)
{
    if (!json.isArray())
        return TicketFilter::Any;
    quint32 mask = 0;
    const QJsonArray names = json.toArray();
    for (const QJsonValue &name : names)
        if (const auto value = core::fromString<E>(name.toString()))
            mask |= 1u << int(*value);
    // Nothing readable left: showing every ticket beats an empty table nobody can explain.
    return mask != 0 ? mask : TicketFilter::Any;
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
}

// Assignee 0 means "unassigned", so 0 is kept; negative or fractional numbers are not ids.
QList<qint64> idList(const QJsonValue &json)
{
    QList<qint64> ids;
    const QJsonArray array = json.toArray();
    for (const QJsonValue &value : array) {
        const double number = value.toDouble(-1);
        if (value.isDouble() && number >= 0 && number == double(qint64(number)) &&
            !ids.contains(qint64(number)))
            ids.append(qint64(number));
    }
    return ids;
}

} // namespace

QString SavedViewCodec::viewName(View view)
{
    for (const auto &[value, name] : ViewNames)
        if (value == view)
            return QString::fromUtf16(name);
    return {};
}

QString SavedViewCodec::columnName(TicketColumn column)
{
    for (const auto &[value, name] : ColumnNames)
        if (value == column)
            return QString::fromUtf16(name);
    return {};
}

QJsonObject SavedViewCodec::encode(const SavedViewState &state)
{
    QJsonArray sort;
    for (const TicketSortKey &key : state.sortKeys)
        sort.append(QJsonObject{{QStringLiteral("column"), columnName(key.column)},
                                {QStringLiteral("order"), key.order == Qt::AscendingOrder
                                                              ? QStringLiteral("ascending")
                                                              : QStringLiteral("descending")}});
    QJsonObject json{{QStringLiteral("filter"), encodeFilter(state.filter)},
                     {QStringLiteral("sort"), sort}};
    if (!state.headerState.isEmpty())
        json.insert(QStringLiteral("columns"), QString::fromLatin1(state.headerState.toBase64()));
    return json;
}

SavedViewState SavedViewCodec::decode(const QJsonObject &definition)
{
    SavedViewState state;
    state.filter = decodeFilter(definition.value(QStringLiteral("filter")).toObject());
    state.sortKeys = decodeSort(definition.value(QStringLiteral("sort")));
    const auto columns = QByteArray::fromBase64Encoding(
        definition.value(QStringLiteral("columns")).toString().toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
    if (columns)
        state.headerState = *columns;
    return state;
}

QJsonObject SavedViewCodec::encodeFilter(const TicketFilter &filter)
{
    QJsonObject json{{QStringLiteral("view"), viewName(filter.view)}};
    const auto addText = [&json](const char16_t *key, const QString &text) {
        if (!text.isEmpty())
            json.insert(QString::fromUtf16(key), text);
    };
    addText(u"text", filter.text);
    addText(u"requester", filter.requesterText);
    addText(u"organisation", filter.organisationText);
    if (filter.statuses != TicketFilter::Any)
        json.insert(QStringLiteral("statuses"), maskNames<core::TicketStatus>(filter.statuses));
    if (filter.priorities != TicketFilter::Any)
        json.insert(QStringLiteral("priorities"), maskNames<core::Priority>(filter.priorities));
    if (filter.categories != TicketFilter::Any)
        json.insert(QStringLiteral("categories"), maskNames<core::Category>(filter.categories));
    if (!filter.queueIds.isEmpty())
        json.insert(QStringLiteral("queue_ids"), idArray(filter.queueIds));
    if (!filter.assigneeIds.isEmpty())
        json.insert(QStringLiteral("assignee_ids"), idArray(filter.assigneeIds));
    return json;
}

TicketFilter SavedViewCodec::decodeFilter(const QJsonObject &json)
{
    TicketFilter filter;
    filter.view = lookUp(ViewNames, json.value(QStringLiteral("view")).toString())
                      .value_or(TicketFilter().view);
    filter.text = json.value(QStringLiteral("text")).toString();
    filter.requesterText = json.value(QStringLiteral("requester")).toString();
    filter.organisationText = json.value(QStringLiteral("organisation")).toString();
    filter.statuses = maskOf<core::TicketStatus>(json.value(QStringLiteral("statuses")));
    filter.priorities = maskOf<core::Priority>(json.value(QStringLiteral("priorities")));
    filter.categories = maskOf<core::Category>(json.value(QStringLiteral("categories")));
    filter.queueIds = idList(json.value(QStringLiteral("queue_ids")));
    filter.assigneeIds = idList(json.value(QStringLiteral("assignee_ids")));
    return filter;
}

QList<TicketSortKey> SavedViewCodec::decodeSort(const QJsonValue &json)
{
    QList<TicketSortKey> keys;
    const QJsonArray array = json.toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject key = value.toObject();
        const auto column = lookUp(ColumnNames, key.value(QStringLiteral("column")).toString());
        const bool known = std::any_of(keys.cbegin(), keys.cend(), [&](const TicketSortKey &k) {
            return column && k.column == *column;
        });
        if (!column || known)
            continue;
        const bool ascending = key.value(QStringLiteral("order")).toString() == u"ascending";
        keys.append({*column, ascending ? Qt::AscendingOrder : Qt::DescendingOrder});
    }
    return keys;
}

} // namespace sd::client
