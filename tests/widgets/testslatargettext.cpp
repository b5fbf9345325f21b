// The ticket header's SLA line built from the server's per-target SLA.
#include "widgets/slatargettext.h"
#include "widgets/ticketvalues.h"

#include <QDateTime>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using sd::widgets::SlaTargetText;

namespace {

constexpr qint64 Now = 1'796'000'000; // 2026-11-30, a Monday morning UTC

QString at(qint64 offsetSeconds)
{
    return QDateTime::fromSecsSinceEpoch(Now + offsetSeconds, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

class TestSlaTargetText : public QObject
{
    Q_OBJECT

private slots:
    void describesEachState_data();
    void describesEachState();
    void everyTargetInOrder();
};

void TestSlaTargetText::describesEachState_data()
{
    QTest::addColumn<QJsonObject>("target");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("absent");
    const QString left = sd::widgets::TicketValues::countdown(2 * 3600 + 5 * 60);
    QTest::newRow("running") << QJsonObject{{u"target"_s, u"first_response"_s},
                                            {u"state"_s, u"running"_s},
                                            {u"due_at"_s, at(2 * 3600 + 5 * 60)},
                                            {u"warn_at"_s, at(3600)}}
                             << u"First response: "_s + left << u"at risk"_s;
    QTest::newRow("running past the warning") << QJsonObject{{u"target"_s, u"first_response"_s},
                                                             {u"state"_s, u"running"_s},
                                                             {u"due_at"_s, at(2 * 3600 + 5 * 60)},
                                                             {u"warn_at"_s, at(-60)}}
                                              << u"First response: at risk, "_s + left << QString();
    QTest::newRow("breached") << QJsonObject{{u"target"_s, u"resolution"_s},
                                             {u"state"_s, u"breached"_s},
                                             {u"due_at"_s, at(-35 * 60)},
                                             {u"breached"_s, true}}
                              << u"Resolution: "_s + sd::widgets::TicketValues::countdown(-35 * 60)
                              << u"at risk"_s;
    QTest::newRow("paused") << QJsonObject{{u"target"_s, u"next_response"_s},
                                           {u"state"_s, u"paused"_s},
                                           {u"paused_reason"_s, u"pending_customer"_s},
                                           {u"used_minutes"_s, 30},
                                           {u"budget_minutes"_s, 240}}
                            << u"Next response: paused (%1), 30 of 240 business minutes used"_s.arg(
                                   sd::widgets::TicketValues::status(
                                       sd::core::TicketStatus::PendingCustomer))
                            << u"due"_s;
    QTest::newRow("met in time") << QJsonObject{{u"target"_s, u"first_response"_s},
                                                {u"state"_s, u"met"_s},
                                                {u"met_at"_s, at(-3600)},
                                                {u"due_at"_s, at(3600)},
                                                {u"breached"_s, false}}
                                 << u"First response: met, "_s << u"late"_s;
    QTest::newRow("met late") << QJsonObject{{u"target"_s, u"first_response"_s},
                                             {u"state"_s, u"met"_s},
                                             {u"met_at"_s, at(-60)},
                                             {u"due_at"_s, at(-3600)},
                                             {u"breached"_s, true}}
                              << u"First response: met late, "_s << u"overdue"_s;
}

void TestSlaTargetText::describesEachState()
{
    QFETCH(QJsonObject, target);
    QFETCH(QString, expected);
    QFETCH(QString, absent);
    const QString line = SlaTargetText::describe(QJsonArray{target}, Now);
    QVERIFY2(line.startsWith(expected), qPrintable(line));
    if (!absent.isEmpty())
        QVERIFY2(!line.contains(absent), qPrintable(line));
}

void TestSlaTargetText::everyTargetInOrder()
{
    const QJsonArray targets{
        QJsonObject{
            {u"target"_s, u"first_response"_s}, {u"state"_s, u"met"_s}, {u"met_at"_s, at(-7200)}},
        QJsonObject{
            {u"target"_s, u"next_response"_s}, {u"state"_s, u"running"_s}, {u"due_at"_s, at(600)}},
        QJsonObject{
            {u"target"_s, u"resolution"_s}, {u"state"_s, u"running"_s}, {u"due_at"_s, at(86400)}},
    };
    const QStringList parts = SlaTargetText::describe(targets, Now).split(u" · "_s);
    QCOMPARE(parts.size(), 3);
    QVERIFY(parts[0].startsWith(u"First response: met"_s));
    QVERIFY(parts[1].startsWith(u"Next response: "_s));
    QVERIFY(parts[2].startsWith(u"Resolution: "_s));
}

QTEST_GUILESS_MAIN(TestSlaTargetText)
#include "testslatargettext.moc"
