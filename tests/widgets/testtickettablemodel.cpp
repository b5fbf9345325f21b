// The ticket table's model over a real replica: QAbstractItemModelTester watches every
// change; the full load, filters and sorting show what the replica holds; tickets changed,
// added or removed by a sync update rows in place and keep the agent's selection.
#include "client/readmarks.h"
#include "client/replica.h"
#include "client/replicawatcher.h"
#include "client/textfold.h"
#include "widgets/tickettablemodel.h"
#include "widgets/tickettablepane.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using sd::client::TicketColumn;
using sd::client::TicketFilter;
using sd::widgets::TicketTableModel;

namespace {

constexpr int Tickets = 500;
constexpr qint64 Me = 7;

QString iso(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject ticket(qint64 id, const QString &subject, const QString &status, int version = 1)
{
    const qint64 created = QDateTime::currentSecsSinceEpoch() - 86400 + id * 60;
    return QJsonObject{
        {u"id"_s, id},
        {u"number"_s, u"SD-2026-%1"_s.arg(id, 6, 10, QLatin1Char('0'))},
        {u"version"_s, version},
        {u"subject"_s, subject},
        {u"status"_s, status},
        {u"priority"_s, id % 4 == 0 ? u"critical"_s : u"normal"_s},
        {u"category"_s, u"incident"_s},
        {u"queue"_s, QJsonObject{{u"id"_s, 1}, {u"name"_s, u"Support"_s}}},
        {u"assignee"_s,
         id % 3 == 0 ? QJsonValue(QJsonObject{{u"id"_s, Me}, {u"name"_s, u"Me"_s}}) : QJsonValue()},
        {u"organisation"_s,
         QJsonObject{{u"id"_s, 1 + id % 5}, {u"name"_s, u"Org %1"_s.arg(id % 5)}}},
        {u"requester"_s, QJsonObject{{u"id"_s, 100 + id % 20},
                                     {u"name"_s, u"Заявитель %1"_s.arg(id % 20)},
                                     {u"email"_s, u"r%1@example.org"_s.arg(id % 20)}}},
        {u"created_at"_s, iso(created)},
        {u"updated_at"_s, iso(created + 30 + version)},
        {u"first_response_due"_s, iso(created + 4 * 3600)},
        {u"resolution_due"_s, iso(created + 48 * 3600)},
        {u"resolved_at"_s,
         status == u"resolved"_s ? QJsonValue(iso(created + 3600)) : QJsonValue()},
    };
}

QString subjectFor(qint64 id)
{
    return id % 10 == 0 ? u"Счёт не печатается %1"_s.arg(id)
                        : u"Invoice printing hangs %1"_s.arg(id);
}

} // namespace

class TestTicketTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadsEveryTicket();
    void filtersAndSorts_data();
    void filtersAndSorts();
    void syncChangesKeepSelection();
    void sortsBySubjectThroughSyncChanges();
    void unreadFollowsReadMarks();
    void columnFiltersFromThePane();

private:
    bool waitLoaded(TicketTableModel &model);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sd::client::Replica> m_replica;
};

void TestTicketTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto replica = sd::client::Replica::open(m_dir->filePath(u"replica.db"_s));
    QVERIFY2(replica, qPrintable(replica.error().message));
    m_replica = std::move(replica).value();
    QJsonArray tickets;
    for (qint64 id = 1; id <= Tickets; ++id)
        tickets.append(ticket(id, subjectFor(id), id % 7 == 0 ? u"resolved"_s : u"open"_s));
    QVERIFY(m_replica->applyTickets(tickets));
}

void TestTicketTableModel::cleanup()
{
    m_replica.reset();
    m_dir.reset();
}

bool TestTicketTableModel::waitLoaded(TicketTableModel &model)
{
    QSignalSpy loaded(&model, &TicketTableModel::loaded);
    return model.isLoaded() || loaded.wait(10000);
}

void TestTicketTableModel::loadsEveryTicket()
{
    TicketTableModel model(*m_replica);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TicketFilter everything;
    everything.view = TicketFilter::View::Everything;
    model.setFilter(everything);
    model.load();
    // The first screen is there before the background load ends.
    QCOMPARE(model.rowCount(), TicketTableModel::FirstScreenRows);
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), Tickets);
    QCOMPARE(model.columnCount(), sd::client::TicketColumnCount);
    // Default order: last updated first.
    QCOMPARE(model.ticketId(0), qint64(Tickets));
    const QModelIndex subject = model.index(0, int(TicketColumn::Subject));
    QCOMPARE(subject.data().toString(), subjectFor(Tickets));
    QCOMPARE(model.index(0, int(TicketColumn::Requester)).data().toString(),
             u"Заявитель %1"_s.arg(Tickets % 20));
    QCOMPARE(model.index(0, int(TicketColumn::Queue)).data().toString(), u"Support"_s);
    QVERIFY(!model.index(0, int(TicketColumn::Sla)).data().toString().isEmpty());
    QCOMPARE(model.headerData(int(TicketColumn::Status), Qt::Horizontal).toString(), u"Status"_s);
}

void TestTicketTableModel::filtersAndSorts_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    const int resolved = Tickets / 7;
    QTest::addRow("all open") << int(TicketFilter::View::AllOpen) << QString()
                              << Tickets - resolved;
    int mine = 0;
    for (int id = 1; id <= Tickets; ++id)
        mine += id % 3 == 0 && id % 7 != 0 ? 1 : 0;
    QTest::addRow("my open") << int(TicketFilter::View::MyOpen) << QString() << mine;
    QTest::addRow("recently resolved")
        << int(TicketFilter::View::RecentlyResolved) << QString() << resolved;
    QTest::addRow("text, any case, ё")
        << int(TicketFilter::View::Everything) << u"СЧЕТ"_s << Tickets / 10;
    QTest::addRow("text by number")
        << int(TicketFilter::View::Everything) << u"sd-2026-00049"_s << 10;
    QTest::addRow("text by requester")
        << int(TicketFilter::View::Everything) << u"заявитель 13"_s << Tickets / 20;
}

void TestTicketTableModel::filtersAndSorts()
{
    QFETCH(int, view);
    QFETCH(QString, text);
    QFETCH(int, expected);
    TicketTableModel model(*m_replica);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUser(Me);
    model.load();
    QVERIFY(waitLoaded(model));
    TicketFilter filter;
    filter.view = TicketFilter::View(view);
    filter.text = text;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), expected);
    model.sort(int(TicketColumn::Priority), Qt::DescendingOrder);
    model.sort(int(TicketColumn::Number), Qt::AscendingOrder);
    QCOMPARE(model.sortKeys().size(), 3);
    QCOMPARE(model.sortKeys().at(1).column, TicketColumn::Priority);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.index(row - 1, 0).data().toString() < model.index(row, 0).data().toString());
    QCOMPARE(model.rowCount(), expected);
}

void TestTicketTableModel::syncChangesKeepSelection()
{
    TicketTableModel model(*m_replica);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    sd::client::ReplicaWatcher watcher(m_replica->database());
    connect(&watcher, &sd::client::ReplicaWatcher::ticketsChanged, &model,
            &TicketTableModel::ticketsChanged);
    model.load();
    QVERIFY(waitLoaded(model));
    QItemSelectionModel selection(&model);
    const int selectedRow = 40;
    const qint64 selectedId = model.ticketId(selectedRow);
    selection.setCurrentIndex(model.index(selectedRow, 1),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // A sync page: the selected ticket renamed, a newer ticket, another one resolved, one gone.
    QSignalSpy changed(&watcher, &sd::client::ReplicaWatcher::ticketsChanged);
    const qint64 resolvedId = model.ticketId(0);
    QVERIFY(m_replica->applyChanges(
        QJsonArray{ticket(selectedId, u"Renamed by a colleague"_s, u"open"_s, 2),
                   ticket(Tickets + 1, u"Brand new"_s, u"new"_s),
                   ticket(resolvedId, subjectFor(resolvedId), u"resolved"_s, 3)},
        {}, {qint64(5)}, 99));
    QVERIFY(changed.wait(5000));
    const QModelIndex current = selection.currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(model.ticketId(current.row()), selectedId);
    QCOMPARE(model.index(current.row(), int(TicketColumn::Subject)).data().toString(),
             u"Renamed by a colleague"_s);
    QVERIFY(selection.isRowSelected(current.row()));
    QVERIFY(model.rowOfTicket(Tickets + 1).has_value());
    QVERIFY(!model.rowOfTicket(5).has_value());
    QVERIFY(!model.rowOfTicket(resolvedId).has_value()); // left "All open"
    // All open: one new, one resolved, one gone.
    QCOMPARE(model.rowCount(), Tickets - Tickets / 7 + 1 - 1 - 1);
}

void TestTicketTableModel::sortsBySubjectThroughSyncChanges()
{
    TicketTableModel model(*m_replica);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TicketFilter everything;
    everything.view = TicketFilter::View::Everything;
    model.setFilter(everything);
    model.load();
    QVERIFY(waitLoaded(model));
    model.sort(int(TicketColumn::Subject), Qt::AscendingOrder);
    // Subjects between the loaded ones, written after they were ranked: "zz b" updated later,
    // so the second key (last updated first) would put it before "zz a" if the two looked
    // equal. One renamed to an existing subject's case variant, one new.
    QVERIFY(m_replica->applyTickets(
        QJsonArray{ticket(11, u"zz b"_s, u"open"_s, 9), ticket(12, u"zz a"_s, u"open"_s, 2),
                   ticket(13, u"INVOICE PRINTING HANGS 1"_s, u"open"_s, 2),
                   ticket(Tickets + 1, u"Счёт не печатается 0"_s, u"new"_s)}));
    model.ticketsChanged({11, 12, 13, Tickets + 1});
    QCOMPARE(model.rowCount(), Tickets + 1);
    const auto subjectAt = [&model](int row) {
        return sd::client::TextFold::fold(
            model.index(row, int(TicketColumn::Subject)).data().toString());
    };
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY2(subjectAt(row - 1) <= subjectAt(row),
                 qPrintable(u"rows %1, %2"_s.arg(row - 1).arg(row)));
    QCOMPARE(*model.rowOfTicket(12) + 1, *model.rowOfTicket(11));
}

void TestTicketTableModel::unreadFollowsReadMarks()
{
    sd::client::ReadMarks marks(m_replica->database());
    QVERIFY(marks.begin());
    // Changed on the server after the first visit.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject arrived = ticket(Tickets + 1, u"Arrived after the first visit"_s, u"new"_s);
    arrived.insert(u"updated_at"_s, iso(now + 60));
    QVERIFY(m_replica->applyTickets(QJsonArray{arrived}));
    TicketTableModel model(*m_replica);
    model.load();
    QVERIFY(waitLoaded(model));
    const auto unread = [&model](qint64 id) {
        return model.index(*model.rowOfTicket(id), 0).data(TicketTableModel::UnreadRole).toBool();
    };
    QVERIFY(!unread(1));
    QVERIFY(unread(Tickets + 1));
    QVERIFY(marks.markRead(Tickets + 1));
    model.ticketsChanged({Tickets + 1});
    QVERIFY(!unread(Tickets + 1));
    // A later update makes it unread again.
    arrived.insert(u"version"_s, 5);
    arrived.insert(u"updated_at"_s, iso(now + 120));
    QVERIFY(m_replica->applyTickets(QJsonArray{arrived}));
    model.ticketsChanged({Tickets + 1});
    QVERIFY(unread(Tickets + 1));
}

void TestTicketTableModel::columnFiltersFromThePane()
{
    TicketTableModel model(*m_replica);
    sd::widgets::TicketTablePane pane(&model);
    model.load();
    QVERIFY(waitLoaded(model));
    QVERIFY(!pane.hasColumnFilter());
    TicketFilter critical = model.filter();
    critical.priorities = 1u << int(sd::core::Priority::Critical);
    pane.setColumnFilter(critical);
    QVERIFY(pane.hasColumnFilter());
    QVERIFY(!pane.clearColumnFiltersButton()->isHidden());
    int expected = 0;
    for (int id = 1; id <= Tickets; ++id)
        expected += id % 4 == 0 && id % 7 != 0 ? 1 : 0;
    QCOMPARE(model.rowCount(), expected);
    // The typed filter combines with it; clearing the column filters keeps the typed text.
    pane.filterEdit()->setText(u"счет"_s);
    QTRY_COMPARE(model.filter().text, u"счет"_s);
    QVERIFY(model.rowCount() < expected);
    pane.clearColumnFiltersButton()->click();
    QVERIFY(!pane.hasColumnFilter());
    QVERIFY(pane.clearColumnFiltersButton()->isHidden());
    QCOMPARE(model.filter().text, u"счет"_s);
    int withText = 0;
    for (int id = 1; id <= Tickets; ++id)
        withText += id % 10 == 0 && id % 7 != 0 ? 1 : 0;
    QCOMPARE(model.rowCount(), withText);
}

QTEST_MAIN(TestTicketTableModel)
#include "testtickettablemodel.moc"
