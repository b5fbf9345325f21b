// The three-way field merge after a 409, on wire values.
#include "client/fieldmerge.h"

#include <QJsonArray>
#include <QtTest>

using namespace sd::client;
using namespace Qt::StringLiterals;

namespace {

QJsonObject ticket(const QString &status, const QString &priority, qint64 assignee,
                   const QJsonArray &tags = {})
{
    return {{u"status"_s, status},
            {u"priority"_s, priority},
            {u"subject"_s, u"Не печатается счёт"_s},
            {u"queue"_s, QJsonObject{{u"id"_s, 1}, {u"name"_s, u"Support"_s}}},
            {u"assignee"_s,
             assignee ? QJsonValue(QJsonObject{{u"id"_s, assignee}, {u"name"_s, u"Анна"_s}})
                      : QJsonValue(QJsonValue::Null)},
            {u"product"_s, QJsonValue(QJsonValue::Null)},
            {u"tags"_s, tags},
            {u"version"_s, 3}};
}

} // namespace

class TestFieldMerge : public QObject
{
    Q_OBJECT

private slots:
    void merge_data();
    void merge();
    void valueOfNormalizesEmptyValues();
    void overlayShowsThePendingEdit();
};

void TestFieldMerge::merge_data()
{
    QTest::addColumn<QJsonObject>("base");
    QTest::addColumn<QJsonObject>("mine");
    QTest::addColumn<QJsonObject>("theirs");
    QTest::addColumn<QJsonObject>("patch");
    QTest::addColumn<QStringList>("conflicting");

    const QJsonObject start = ticket(u"open"_s, u"normal"_s, 0);
    QTest::newRow("only I changed it: sent again")
        << start << QJsonObject{{u"priority"_s, u"high"_s}} << ticket(u"open"_s, u"normal"_s, 0)
        << QJsonObject{{u"priority"_s, u"high"_s}} << QStringList();
    QTest::newRow("they changed another field: mine still goes")
        << start << QJsonObject{{u"priority"_s, u"high"_s}} << ticket(u"pending"_s, u"normal"_s, 7)
        << QJsonObject{{u"priority"_s, u"high"_s}} << QStringList();
    QTest::newRow("both made the same change: nothing to send")
        << start << QJsonObject{{u"priority"_s, u"high"_s}} << ticket(u"open"_s, u"high"_s, 0)
        << QJsonObject() << QStringList();
    QTest::newRow("both changed it differently: conflict")
        << start << QJsonObject{{u"priority"_s, u"high"_s}} << ticket(u"open"_s, u"critical"_s, 0)
        << QJsonObject() << QStringList{u"priority"_s};
    QTest::newRow("one field merges, another conflicts")
        << start << QJsonObject{{u"priority"_s, u"high"_s}, {u"assignee_id"_s, 5}}
        << ticket(u"open"_s, u"normal"_s, 9) << QJsonObject{{u"priority"_s, u"high"_s}}
        << QStringList{u"assignee_id"_s};
    QTest::newRow("I unassigned, they did not touch it")
        << ticket(u"open"_s, u"normal"_s, 9)
        << QJsonObject{{u"assignee_id"_s, QJsonValue(QJsonValue::Null)}}
        << ticket(u"pending"_s, u"normal"_s, 9)
        << QJsonObject{{u"assignee_id"_s, QJsonValue(QJsonValue::Null)}} << QStringList();
    QTest::newRow("empty text equals null")
        << start << QJsonObject{{u"product"_s, u""_s}} << ticket(u"open"_s, u"normal"_s, 0)
        << QJsonObject() << QStringList();
    QTest::newRow("lists compare whole")
        << start << QJsonObject{{u"tags"_s, QJsonArray{u"1С"_s}}}
        << ticket(u"open"_s, u"normal"_s, 0, QJsonArray{u"печать"_s}) << QJsonObject()
        << QStringList{u"tags"_s};
}

void TestFieldMerge::merge()
{
    QFETCH(QJsonObject, base);
    QFETCH(QJsonObject, mine);
    QFETCH(QJsonObject, theirs);
    QFETCH(QJsonObject, patch);
    QFETCH(QStringList, conflicting);
    const FieldMerge::Outcome outcome = FieldMerge::merge(FieldMerge::snapshot(base), mine, theirs);
    QCOMPARE(outcome.patch, patch);
    QStringList fields;
    for (const FieldConflict &conflict : outcome.conflicts) {
        fields.append(conflict.field);
        QCOMPARE(conflict.mine,
                 FieldMerge::valueOf(FieldMerge::overlay(base, mine), conflict.field));
        QCOMPARE(conflict.theirs, FieldMerge::valueOf(theirs, conflict.field));
        QCOMPARE(conflict.base, FieldMerge::valueOf(base, conflict.field));
        QVERIFY(conflict.mine != conflict.theirs);
    }
    QCOMPARE(fields, conflicting);
}

void TestFieldMerge::valueOfNormalizesEmptyValues()
{
    const QJsonObject t = ticket(u"open"_s, u"normal"_s, 0);
    QCOMPARE(FieldMerge::valueOf(t, u"assignee_id"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(FieldMerge::valueOf(t, u"queue_id"_s), QJsonValue(1));
    QCOMPARE(FieldMerge::valueOf(t, u"product"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(FieldMerge::valueOf(t, u"tags"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(FieldMerge::valueOf(t, u"status"_s), QJsonValue(u"open"_s));
    const QJsonObject snapshot = FieldMerge::snapshot(t);
    QCOMPARE(snapshot.value(u"priority"_s), QJsonValue(u"normal"_s));
    QVERIFY(!snapshot.contains(u"version"_s));
}

void TestFieldMerge::overlayShowsThePendingEdit()
{
    const QJsonObject t = ticket(u"open"_s, u"normal"_s, 4);
    const QJsonObject shown = FieldMerge::overlay(
        t, {{u"priority"_s, u"high"_s}, {u"queue_id"_s, 2}, {u"assignee_id"_s, QJsonValue()}});
    QCOMPARE(shown.value(u"priority"_s).toString(), u"high"_s);
    QCOMPARE(shown.value(u"queue"_s).toObject().value(u"id"_s).toInteger(), 2);
    QVERIFY(shown.value(u"assignee"_s).isNull());
    // Unchanged ids keep their names.
    const QJsonObject same = FieldMerge::overlay(t, {{u"queue_id"_s, 1}});
    QCOMPARE(same.value(u"queue"_s).toObject().value(u"name"_s).toString(), u"Support"_s);
}

QTEST_GUILESS_MAIN(TestFieldMerge)
#include "testfieldmerge.moc"
