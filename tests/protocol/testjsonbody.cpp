#include "protocol/jsonbody.h"

#include "core/resolution.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QtTest>

using namespace sd::protocol;
using namespace Qt::StringLiterals;
using Presence = JsonBody::Presence;

Q_DECLARE_METATYPE(sd::protocol::JsonBody::Presence)

class TestJsonBody : public QObject
{
    Q_OBJECT

private slots:
    void parseObject_data();
    void parseObject();
    void presence_data();
    void presence();
    void nullableClearsEveryKind();
    void listsDropRepeats();
    void nestedFieldNames();
    void dateTimes_data();
    void dateTimes();
};

void TestJsonBody::parseObject_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("inMessage");

    QTest::addRow("object") << QByteArray(R"( {"a": [1, {"b": null}]} )") << QString() << QString();
    QTest::addRow("Cyrillic") << QByteArray(R"({"subject": "Не печатает"})") << QString()
                              << QString();
    QTest::addRow("empty") << QByteArray() << u"empty_body"_s << QString();
    QTest::addRow("only blanks") << QByteArray(" \r\n\t") << u"empty_body"_s << QString();
    QTest::addRow("Latin-1 byte") << QByteArray("{\"subject\": \"caf\xe9\"}") << u"bad_utf8"_s
                                  << QString();
    QTest::addRow("lone continuation")
        << QByteArray("{\"a\": \"\x80\"}") << u"bad_utf8"_s << QString();
    QTest::addRow("overlong slash")
        << QByteArray("{\"a\": \"\xc0\xaf\"}") << u"bad_utf8"_s << QString();
    QTest::addRow("encoded surrogate")
        << QByteArray("{\"a\": \"\xed\xa0\x80\"}") << u"bad_utf8"_s << QString();
    QTest::addRow("truncated at the end")
        << QByteArray("{\"a\": \"\xe2\x82") << u"bad_utf8"_s << QString();
    // The offset is where QJsonDocument gave up: the client shows it to whoever wrote the body.
    QTest::addRow("trailing comma")
        << QByteArray(R"({"a": 1,})") << u"malformed_json"_s << u"byte 9."_s;
    QTest::addRow("misspelt literal")
        << QByteArray(R"({"a": tru})") << u"malformed_json"_s << u"byte 7."_s;
    QTest::addRow("two objects") << QByteArray(R"({"a": 1}{"b": 2})") << u"malformed_json"_s
                                 << u"byte 8."_s;
    QTest::addRow("unquoted key") << QByteArray(R"({subject: "x"})") << u"malformed_json"_s
                                  << u"byte 2."_s;
    QTest::addRow("array") << QByteArray(R"([{"a": 1}])") << u"not_an_object"_s << QString();
    QTest::addRow("number") << QByteArray("42") << u"not_an_object"_s << QString();
    QTest::addRow("string") << QByteArray(R"("subject")") << u"not_an_object"_s << QString();
    QTest::addRow("null") << QByteArray("null") << u"not_an_object"_s << QString();
}

void TestJsonBody::parseObject()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, inMessage);
    ApiError error;
    const auto json = JsonBody::parseObject(body, &error);
    QCOMPARE(json.has_value(), code.isEmpty());
    if (json)
        return;
    QCOMPARE(error.code, code);
    QCOMPARE(error.httpStatus, 400);
    QVERIFY(error.field.isEmpty());
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(error.message.contains(inMessage), qPrintable(error.message));
}

// What absence, null and blank mean under each Presence; an absent field keeps the caller's
// default.
void TestJsonBody::presence_data()
{
    QTest::addColumn<Presence>("presence");
    QTest::addColumn<QJsonValue>("value"); // undefined = absent
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");

    const QJsonValue absent(QJsonValue::Undefined);
    const QJsonValue null(QJsonValue::Null);
    const QString preset = u"preset"_s;
    QTest::addRow("optional, absent") << Presence::Optional << absent << QString() << preset;
    QTest::addRow("optional, null") << Presence::Optional << null << u"wrong_type"_s << preset;
    QTest::addRow("optional, padded")
        << Presence::Optional << QJsonValue(u"  x  "_s) << QString() << u"x"_s;
    QTest::addRow("optional, blank")
        << Presence::Optional << QJsonValue(u" "_s) << QString() << QString();
    QTest::addRow("required, absent") << Presence::Required << absent << u"required"_s << preset;
    QTest::addRow("required, null") << Presence::Required << null << u"required"_s << preset;
    QTest::addRow("required, blank")
        << Presence::Required << QJsonValue(u" \t"_s) << u"required"_s << preset;
    QTest::addRow("required, number")
        << Presence::Required << QJsonValue(5) << u"wrong_type"_s << preset;
    QTest::addRow("nullable, absent") << Presence::Nullable << absent << QString() << preset;
    QTest::addRow("nullable, null") << Presence::Nullable << null << QString() << QString();
    QTest::addRow("nullable, value")
        << Presence::Nullable << QJsonValue(u"y"_s) << QString() << u"y"_s;
}

void TestJsonBody::presence()
{
    QFETCH(Presence, presence);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QJsonObject obj;
    if (!value.isUndefined())
        obj.insert(u"product"_s, value);
    QString out = u"preset"_s;
    ApiError error;
    const bool ok = JsonBody::readString(obj, u"product"_s, presence, 100, &out, &error);
    QCOMPARE(ok, code.isEmpty());
    QCOMPARE(out, expected);
    if (!ok) {
        QCOMPARE(error.code, code);
        QCOMPARE(error.field, u"product"_s);
        QCOMPARE(error.httpStatus, 422);
    }
}

void TestJsonBody::nullableClearsEveryKind()
{
    const QJsonObject obj{{u"queue_id"_s, QJsonValue::Null},
                          {u"resolution"_s, QJsonValue::Null},
                          {u"tags"_s, QJsonValue::Null},
                          {u"affected_users"_s, QJsonValue::Null}};
    qint64 queueId = 2;
    auto resolution = sd::core::Resolution::Fixed;
    QStringList tags{u"a"_s};
    int affected = 9;
    QVERIFY(JsonBody::readId(obj, u"queue_id"_s, Presence::Nullable, &queueId, nullptr));
    QVERIFY(JsonBody::readEnum(obj, u"resolution"_s, Presence::Nullable, &resolution, nullptr));
    QVERIFY(JsonBody::readStringList(obj, u"tags"_s, Presence::Nullable, 10, 10, &tags, nullptr));
    QVERIFY(
        JsonBody::readInt(obj, u"affected_users"_s, Presence::Nullable, 0, 10, &affected, nullptr));
    QCOMPARE(queueId, 0);
    QCOMPARE(sd::core::toString(resolution), u"none"_s);
    QVERIFY(tags.isEmpty());
    QCOMPARE(affected, 0);
}

void TestJsonBody::listsDropRepeats()
{
    const QJsonObject obj{{u"ids"_s, QJsonArray{4, 2, 4, 7, 2}},
                          {u"tags"_s, QJsonArray{u" b "_s, u"a"_s, u"b"_s}}};
    QList<qint64> ids;
    QStringList tags;
    QVERIFY(JsonBody::readIdList(obj, u"ids"_s, Presence::Required, 5, &ids, nullptr));
    QVERIFY(JsonBody::readStringList(obj, u"tags"_s, Presence::Required, 3, 5, &tags, nullptr));
    QCOMPARE(ids, (QList<qint64>{4, 2, 7}));
    QCOMPARE(tags, (QStringList{u"b"_s, u"a"_s}));
    // The count limit applies to what was sent, before repeats are dropped.
    ApiError error;
    QVERIFY(!JsonBody::readIdList(obj, u"ids"_s, Presence::Required, 4, &ids, &error));
    QCOMPARE(error.code, u"invalid_value"_s);
}

void TestJsonBody::nestedFieldNames()
{
    ApiError error;
    qint64 id = 0;
    QVERIFY(!JsonBody::readId(QJsonObject{{u"id"_s, u"x"_s}}, u"id"_s, Presence::Required, &id,
                              &error));
    JsonBody::nestField(u"queue"_s, &error);
    JsonBody::nestField(u"items[3]"_s, &error);
    QCOMPARE(error.field, u"items[3].queue.id"_s);
    ApiError whole{422, u"required"_s, u"m"_s, {}};
    JsonBody::nestField(u"user"_s, &whole);
    QCOMPARE(whole.field, u"user"_s);
    JsonBody::nestField(u"user"_s, nullptr);
}

void TestJsonBody::dateTimes_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime utc10(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc());
    QTest::addRow("UTC") << QJsonValue(u"2026-11-23T10:00:00.000Z"_s) << QString() << utc10;
    QTest::addRow("offset") << QJsonValue(u"2026-11-23T13:00:00+03:00"_s) << QString() << utc10;
    QTest::addRow("milliseconds kept")
        << QJsonValue(u"2026-11-23T10:00:00.125Z"_s) << QString() << utc10.addMSecs(125);
    QTest::addRow("no zone") << QJsonValue(u"2026-11-23T10:00:00"_s) << u"invalid_value"_s
                             << QDateTime();
    QTest::addRow("date only") << QJsonValue(u"2026-11-23"_s) << u"invalid_value"_s << QDateTime();
    QTest::addRow("words") << QJsonValue(u"tomorrow"_s) << u"invalid_value"_s << QDateTime();
    QTest::addRow("epoch number") << QJsonValue(1795000000) << u"wrong_type"_s << QDateTime();
    QTest::addRow("null") << QJsonValue(QJsonValue::Null) << u"wrong_type"_s << QDateTime();
}

void TestJsonBody::dateTimes()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    QFETCH(QDateTime, expected);
    QDateTime at;
    ApiError error;
    const bool ok = JsonBody::readDateTime(QJsonObject{{u"due"_s, value}}, u"due"_s,
                                           JsonBody::Presence::Optional, &at, &error);
    QCOMPARE(ok, code.isEmpty());
    if (!ok) {
        QCOMPARE(error.code, code);
        QCOMPARE(error.field, u"due"_s);
        return;
    }
    QCOMPARE(at, expected);
    QCOMPARE(at.timeSpec(), Qt::UTC);
}

QTEST_GUILESS_MAIN(TestJsonBody)
#include "testjsonbody.moc"
