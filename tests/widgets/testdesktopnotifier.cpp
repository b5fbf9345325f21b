// DesktopNotifier: a ticket a colleague assigns to the agent, and one of the agent's tickets
// whose SLA gets worse, are announced once; the agent's own edits and unchanged states are not.
#include "client/outbox.h"
#include "client/replica.h"
#include "client/replicawatcher.h"
#include "widgets/desktopnotifier.h"
#include "widgets/tickettablemodel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using sd::widgets::DesktopNotifier;
using sd::widgets::TicketTableModel;

namespace {

constexpr qint64 Me = 7;

QString iso(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject ticket(qint64 id, qint64 assignee, int version, qint64 now)
{
    return {{u"id"_s, id},
            {u"number"_s, u"SD-2026-%1"_s.arg(id)},
            {u"version"_s, version},
            {u"subject"_s, u"Касса не печатает чек %1"_s.arg(id)},
            {u"status"_s, u"open"_s},
            {u"priority"_s, u"high"_s},
            {u"category"_s, u"incident"_s},
            {u"assignee"_s,
             assignee != 0 ? QJsonValue(QJsonObject{{u"id"_s, assignee}, {u"name"_s, u"Agent"_s}})
                           : QJsonValue()},
            {u"created_at"_s, iso(now - 10 * 3600)},
            {u"updated_at"_s, iso(now - 60 + version)},
            {u"first_response_due"_s, iso(now + 3600)},
            {u"resolution_due"_s, iso(now + 40 * 3600)}};
}

} // namespace

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private slots:
    void announcesAssignmentsAndWorseSla();
};

void TestDesktopNotifier::announcesAssignmentsAndWorseSla()
{
    QTemporaryDir dir;
    auto replica = sd::client::Replica::open(dir.filePath(u"replica.db"_s));
    QVERIFY(replica);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY(replica.value()->applyTickets(QJsonArray{ticket(1, 0, 1, now), ticket(2, 9, 1, now)}));
    TicketTableModel model(*replica.value());
    sd::client::ReplicaWatcher watcher(replica.value()->database());
    DesktopNotifier notifier(&model, Me);
    connect(&watcher, &sd::client::ReplicaWatcher::ticketsChanged, &notifier,
            &DesktopNotifier::beforeChange);
    connect(&watcher, &sd::client::ReplicaWatcher::ticketsChanged, &model,
            &TicketTableModel::ticketsChanged);
    connect(&watcher, &sd::client::ReplicaWatcher::ticketsChanged, &notifier,
            &DesktopNotifier::afterChange);
    QSignalSpy loaded(&model, &TicketTableModel::loaded);
    model.load();
    QVERIFY(loaded.wait(5000));
    QSignalSpy notified(&notifier, &DesktopNotifier::notified);

    // A colleague assigns ticket 2 to the agent (a sync brings it): announced.
    QVERIFY(replica.value()->applyTickets(QJsonArray{ticket(2, Me, 2, now)}));
    QTRY_COMPARE(notified.size(), 1);
    QCOMPARE(notified.at(0).at(0).toString(), u"Assigned to you"_s);
    QVERIFY(notified.at(0).at(1).toString().contains(u"SD-2026-2"_s));

    // The agent takes ticket 1 themselves: the pending edit is not announced.
    sd::client::Outbox outbox(*replica.value(), {{u"id"_s, Me}, {u"name"_s, u"Agent"_s}},
                              dir.filePath(u"outbox"_s));
    QVERIFY(outbox.updateTicket(1, {{u"assignee_id"_s, Me}}));
    QTRY_COMPARE(model.assigneeOf(1), Me);
    QCOMPARE(notified.size(), 1);

    // While the first sync fills the replica nothing is announced.
    notifier.setQuiet(true);
    QVERIFY(replica.value()->applyTickets(QJsonArray{ticket(3, Me, 1, now)}));
    QTRY_COMPARE(model.assigneeOf(3), Me);
    QCOMPARE(notified.size(), 1);
    notifier.setQuiet(false);

    // SLA: the first look learns the states; the next says what got worse, once.
    model.setNow(now);
    notifier.checkSla();
    QCOMPARE(notified.size(), 1);
    model.setNow(now + 2 * 3600);
    notifier.checkSla();
    // All three of the agent's tickets missed their first response.
    QCOMPARE(notified.size(), 4);
    QCOMPARE(notified.at(1).at(0).toString(), u"SLA breached"_s);
    notifier.checkSla();
    QCOMPARE(notified.size(), 4);
}

QTEST_MAIN(TestDesktopNotifier)
#include "testdesktopnotifier.moc"
