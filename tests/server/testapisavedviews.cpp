#include "apifixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sd::testing;

namespace {

const QString Path = u"/api/v1/views"_qs;

QByteArray body(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject definition()
{
    return {{u"filter"_qs, QJsonObject{{u"view"_qs, u"all_open"_qs}, {u"text"_qs, u"VPN"_qs}}},
            {u"sort"_qs, QJsonArray{QJsonObject{{u"column"_qs, u"updated"_qs},
                                                {u"order"_qs, u"descending"_qs}}}}};
}

} // namespace

// The saved views API against a real server process on SQLite and PostgreSQL: each agent
// keeps their own list, a PUT by id is repeatable, another user's id is refused and stays
// theirs, customers are refused, and bad input gets a 422 naming the field.
class TestApiSavedViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void otherUsersIdIsRefused();
    void roleMatrix_data();
    void roleMatrix();
    void validation_data();
    void validation();
    void deleteIsRepeatable();

private:
    ApiClient &as(const QString &login);
    QStringList names(const QString &login);

    ApiFixture f;
    std::map<QString, std::unique_ptr<ApiClient>> m_clients;
};

ApiClient &TestApiSavedViews::as(const QString &login)
{
    auto &client = m_clients[login];
    if (!client)
        client = f.client(login);
    return *client;
}

QStringList TestApiSavedViews::names(const QString &login)
{
    const ApiReply reply = as(login).get(Path);
    if (reply.status != 200)
        return {reply.describe()};
    QStringList listed;
    const QJsonArray items = reply.json.value(u"items"_qs).toArray();
    for (const QJsonValue &item : items)
        listed.append(item.toObject().value(u"name"_qs).toString());
    return listed;
}

void TestApiSavedViews::initTestCase()
{
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
}

void TestApiSavedViews::roundTrip()
{
    const QString id = u"6f1c2a34-0000-4000-8000-000000000001"_qs;
    const QJsonObject view{{u"name"_qs, u"  VPN открытые  "_qs},
                           {u"definition"_qs, definition()},
                           {u"position"_qs, 2}};
    const ApiReply first = as(u"boss"_qs).send("PUT", Path + u'/' + id, body(view));
    QVERIFY2(first.status == 200, qPrintable(first.describe()));
    QCOMPARE(first.json.value(u"id"_qs).toString(), id);
    QCOMPARE(first.json.value(u"name"_qs).toString(), u"VPN открытые"_qs);
    QCOMPARE(first.json.value(u"definition"_qs).toObject(), definition());
    QCOMPARE(first.json.value(u"position"_qs).toInt(), 2);
    QVERIFY(!first.json.value(u"updated_at"_qs).toString().isEmpty());
    // Sent again (an answer lost on the way): the same single view.
    const ApiReply again = as(u"boss"_qs).send("PUT", Path + u'/' + id, body(view));
    QVERIFY2(again.status == 200, qPrintable(again.describe()));
    QCOMPARE(names(u"boss"_qs), QStringList{u"VPN открытые"_qs});

    QJsonObject renamed = view;
    renamed.insert(u"name"_qs, u"Renamed"_qs);
    renamed.remove(u"position"_qs);
    QCOMPARE(as(u"boss"_qs).send("PUT", Path + u'/' + id, body(renamed)).status, 200);
    const ApiReply listed = as(u"boss"_qs).get(Path);
    const QJsonObject item = listed.json.value(u"items"_qs).toArray().at(0).toObject();
    QCOMPARE(item.value(u"name"_qs).toString(), u"Renamed"_qs);
    QCOMPARE(item.value(u"position"_qs).toInt(), 0);
    QCOMPARE(item.value(u"definition"_qs).toObject(), definition());
}

void TestApiSavedViews::otherUsersIdIsRefused()
{
    const QString id = u"agent-view-1"_qs;
    const QJsonObject view{{u"name"_qs, u"Mine"_qs}, {u"definition"_qs, definition()}};
    QCOMPARE(as(u"agent"_qs).send("PUT", Path + u'/' + id, body(view)).status, 200);
    QJsonObject stolen = view;
    stolen.insert(u"name"_qs, u"Stolen"_qs);
    const ApiReply refused = as(u"dev"_qs).send("PUT", Path + u'/' + id, body(stolen));
    QVERIFY2(refused.status == 409, qPrintable(refused.describe()));
    QCOMPARE(refused.errorCode(), u"id_taken"_qs);
    QVERIFY(!names(u"dev"_qs).contains(u"Stolen"_qs));
    QVERIFY(!names(u"dev"_qs).contains(u"Mine"_qs));
    // Nor can they delete it: their DELETE succeeds without touching it.
    QCOMPARE(as(u"dev"_qs).send("DELETE", Path + u'/' + id).status, 204);
    QCOMPARE(names(u"agent"_qs), QStringList{u"Mine"_qs});
}

void TestApiSavedViews::roleMatrix_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("login");
    QTest::addColumn<int>("status");
    const QStringList logins{u""_qs, u"admin"_qs, u"alice"_qs, u"loner"_qs};
    const QList<int> allowed{401, 0, 403, 403};
    for (int i = 0; i < logins.size(); ++i) {
        const QByteArray who = logins.at(i).isEmpty() ? "anonymous" : logins.at(i).toUtf8();
        for (const QByteArray method : {"GET", "PUT", "DELETE"})
            QTest::addRow("%s as %s", method.constData(), who.constData())
                << method << logins.at(i)
                << (allowed.at(i) != 0   ? allowed.at(i)
                    : method == "DELETE" ? 204
                                         : 200);
    }
}

void TestApiSavedViews::roleMatrix()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, login);
    QFETCH(int, status);
    const QString path = method == "GET" ? Path : Path + u"/matrix-view"_qs;
    const QByteArray sent = method == "PUT"
                                ? body({{u"name"_qs, u"M"_qs}, {u"definition"_qs, definition()}})
                                : QByteArray();
    const ApiReply reply = as(login).send(method, path, sent);
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    if (status == 403)
        QCOMPARE(reply.errorCode(), u"forbidden"_qs);
}

void TestApiSavedViews::validation_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    const QJsonObject good{{u"name"_qs, u"Good"_qs}, {u"definition"_qs, definition()}};
    auto with = [&good](const QString &key, const QJsonValue &value) {
        QJsonObject changed = good;
        if (value.isUndefined())
            changed.remove(key);
        else
            changed.insert(key, value);
        return body(changed);
    };
    const QString ok = u"valid-id"_qs;
    QTest::newRow("id with a dot") << u"bad.id"_qs << body(good) << 422 << u"id"_qs;
    QTest::newRow("id too long") << QString(65, u'a') << body(good) << 422 << u"id"_qs;
    QTest::newRow("id of 64") << QString(64, u'a') << body(good) << 200 << QString();
    QTest::newRow("no name") << ok << with(u"name"_qs, QJsonValue::Undefined) << 422 << u"name"_qs;
    QTest::newRow("blank name") << ok << with(u"name"_qs, u"   "_qs) << 422 << u"name"_qs;
    QTest::newRow("name of 101") << ok << with(u"name"_qs, QString(101, u'x')) << 422 << u"name"_qs;
    QTest::newRow("name of 100") << ok << with(u"name"_qs, QString(100, u'x')) << 200 << QString();
    QTest::newRow("no definition")
        << ok << with(u"definition"_qs, QJsonValue::Undefined) << 422 << u"definition"_qs;
    QTest::newRow("definition a string")
        << ok << with(u"definition"_qs, u"{}"_qs) << 422 << u"definition"_qs;
    QTest::newRow("definition too big")
        << ok << with(u"definition"_qs, QJsonObject{{u"text"_qs, QString(17 * 1024, u'x')}}) << 422
        << u"definition"_qs;
    QTest::newRow("negative position") << ok << with(u"position"_qs, -1) << 422 << u"position"_qs;
    QTest::newRow("unknown field") << ok << with(u"colour"_qs, u"red"_qs) << 422 << u"colour"_qs;
    QTest::newRow("not json") << ok << QByteArray("{") << 400 << QString();
}

void TestApiSavedViews::validation()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, sent);
    QFETCH(int, status);
    QFETCH(QString, field);
    const ApiReply reply = as(u"dev"_qs).send("PUT", Path + u'/' + id, sent);
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    QCOMPARE(reply.errorField(), field);
    if (status == 422)
        QVERIFY(
            !reply.json.value(u"error"_qs).toObject().value(u"message"_qs).toString().isEmpty());
}

void TestApiSavedViews::deleteIsRepeatable()
{
    const QJsonObject view{{u"name"_qs, u"Short-lived"_qs}, {u"definition"_qs, definition()}};
    QCOMPARE(as(u"boss"_qs).send("PUT", Path + u"/short-lived"_qs, body(view)).status, 200);
    QVERIFY(names(u"boss"_qs).contains(u"Short-lived"_qs));
    QCOMPARE(as(u"boss"_qs).send("DELETE", Path + u"/short-lived"_qs).status, 204);
    QVERIFY(!names(u"boss"_qs).contains(u"Short-lived"_qs));
    QCOMPARE(as(u"boss"_qs).send("DELETE", Path + u"/short-lived"_qs).status, 204);
    QCOMPARE(as(u"boss"_qs).send("DELETE", Path + u"/bad.id"_qs).status, 422);
}

QTEST_GUILESS_MAIN(TestApiSavedViews)
#include "testapisavedviews.moc"
