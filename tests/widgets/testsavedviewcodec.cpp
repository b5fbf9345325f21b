#include "client/savedviewcodec.h"
#include "core/category.h"
#include "core/priority.h"
#include "core/ticketstatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using sd::client::SavedViewCodec;
using sd::client::SavedViewState;
using sd::client::TicketColumn;
using sd::client::TicketFilter;
using sd::client::TicketSortKey;

Q_DECLARE_METATYPE(SavedViewState)

namespace {

template <typename E> quint32 bits(std::initializer_list<E> values)
{
    quint32 mask = 0;
    for (const E value : values)
        mask |= 1u << int(value);
    return mask;
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

// A saved view's definition: what the workstation writes reads back the same, and what a newer
// or damaged workstation wrote reads as far as it makes sense, with defaults for the rest.
class TestSavedViewCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void tolerant_data();
    void tolerant();
};

void TestSavedViewCodec::roundTrip_data()
{
    QTest::addColumn<SavedViewState>("state");
    QTest::newRow("defaults") << SavedViewState{};
    SavedViewState full;
    full.filter.view = TicketFilter::View::BreachingSoon;
    full.filter.text = u"VPN «офис»"_qs;
    full.filter.statuses =
        bits({sd::core::TicketStatus::Open, sd::core::TicketStatus::PendingCustomer});
    full.filter.priorities = bits({sd::core::Priority::Critical});
    full.filter.categories = bits({sd::core::Category::Incident});
    full.filter.queueIds = {3, 1};
    full.filter.assigneeIds = {0, 42};
    full.filter.requesterText = u"Иванов"_qs;
    full.filter.organisationText = u"Acme"_qs;
    full.sortKeys = {{TicketColumn::Priority, Qt::DescendingOrder},
                     {TicketColumn::Created, Qt::AscendingOrder}};
    full.headerState = QByteArray("\x00\xff\x01header\n", 10);
    QTest::newRow("everything set") << full;
    for (int view = 0; view < TicketFilter::ViewCount; ++view) {
        SavedViewState state;
        state.filter.view = TicketFilter::View(view);
        QTest::addRow("view %d", view) << state;
    }
    for (int column = 0; column < sd::client::TicketColumnCount; ++column) {
        SavedViewState state;
        state.sortKeys = {{TicketColumn(column), Qt::AscendingOrder}};
        QTest::addRow("sort by column %d", column) << state;
    }
}

void TestSavedViewCodec::roundTrip()
{
    QFETCH(SavedViewState, state);
    const QJsonObject json = SavedViewCodec::encode(state);
    // Through text, as it travels and is stored.
    const QJsonObject stored =
        QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact)).object();
    const SavedViewState back = SavedViewCodec::decode(stored);
    QCOMPARE(back.filter, state.filter);
    QCOMPARE(back.sortKeys, state.sortKeys);
    QCOMPARE(back.headerState, state.headerState);
}

void TestSavedViewCodec::tolerant_data()
{
    QTest::addColumn<QJsonObject>("definition");
    QTest::addColumn<SavedViewState>("expected");
    const SavedViewState defaults;
    QTest::newRow("empty") << QJsonObject() << defaults;
    QTest::newRow("filter not an object") << parse(R"({"filter": "open", "sort": 7})") << defaults;
    QTest::newRow("unknown fields")
        << parse(R"({"colour": "red", "filter": {"zoom": 2}})") << defaults;
    QTest::newRow("unknown view") << parse(R"({"filter": {"view": "my_favourites"}})") << defaults;
    QTest::newRow("view a number") << parse(R"({"filter": {"view": 3}})") << defaults;
    QTest::newRow("text not a string") << parse(R"({"filter": {"text": ["a"]}})") << defaults;

    SavedViewState open;
    open.filter.statuses = bits({sd::core::TicketStatus::Open});
    QTest::newRow("unknown status dropped")
        << parse(R"({"filter": {"statuses": ["open", "frozen", 4]}})") << open;
    QTest::newRow("no known status: any")
        << parse(R"({"filter": {"statuses": ["frozen"]}})") << defaults;
    QTest::newRow("statuses not a list")
        << parse(R"({"filter": {"statuses": "open"}})") << defaults;

    SavedViewState ids;
    ids.filter.queueIds = {2};
    ids.filter.assigneeIds = {0, 5};
    QTest::newRow("bad ids dropped")
        << parse(R"({"filter": {"queue_ids": [2, "3", -1, 1.5, 2, null],
                                "assignee_ids": [0, 5, 5]}})")
        << ids;

    SavedViewState sorted;
    sorted.sortKeys = {{TicketColumn::Sla, Qt::DescendingOrder},
                       {TicketColumn::Number, Qt::AscendingOrder}};
    QTest::newRow("bad sort keys dropped")
        << parse(R"({"sort": [{"column": "sla", "order": "sideways"}, {"column": "mood"},
                              "number", {"column": "number", "order": "ascending"},
                              {"column": "sla", "order": "ascending"}]})")
        << sorted;
    QTest::newRow("columns not base64")
        << parse(R"({"columns": "@@@ not base64 @@@"})") << defaults;
    QTest::newRow("columns not a string") << parse(R"({"columns": 12})") << defaults;
}

void TestSavedViewCodec::tolerant()
{
    QFETCH(QJsonObject, definition);
    QFETCH(SavedViewState, expected);
    const SavedViewState state = SavedViewCodec::decode(definition);
    QCOMPARE(state.filter, expected.filter);
    QCOMPARE(state.sortKeys, expected.sortKeys);
    QCOMPARE(state.headerState, expected.headerState);
}

QTEST_GUILESS_MAIN(TestSavedViewCodec)
#include "testsavedviewcodec.moc"
