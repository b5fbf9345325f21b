#include "apifixture.h"
#include "sourcetree.h"
#include "storage/calendarrepository.h"
#include "storage/slapolicyrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sd::testing;

namespace {

QJsonObject calendarFile(const QString &relative)
{
    QFile file(sourcePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(relative));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QString Berlin = u"tests/data/calendars/berlin-09-17.json"_qs;
const QString Lunch = u"tests/data/calendars/lunch-break.json"_qs;
const QString Calendars = u"/api/v1/calendars"_qs;
const QString Policies = u"/api/v1/sla-policies"_qs;

} // namespace

// Business calendars and SLA policies over HTTP: who may read and change them, round trips
// and the refusal of every kind of bad body, against a real server on SQLite and PostgreSQL.
class TestApiSlaConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roleMatrix_data();
    void roleMatrix();
    void calendarRoundTrip();
    void policyRoundTrip();
    void refusals_data();
    void refusals();
    void changesReachStaffOnly();

private:
    ApiClient &as(const QString &login);

    ApiFixture f;
    std::map<QString, std::unique_ptr<ApiClient>> m_clients;
    qint64 m_calendarId = 0; // used by m_policyId
    qint64 m_policyId = 0;
};

ApiClient &TestApiSlaConfig::as(const QString &login)
{
    auto &client = m_clients[login];
    if (!client)
        client = f.client(login);
    return *client;
}

void TestApiSlaConfig::initTestCase()
{
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    const qint64 admin = f.user(u"admin"_qs).id;
    const auto calendar =
        sd::core::BusinessCalendar::fromJson(compact(calendarFile(Berlin)), &error);
    QVERIFY2(calendar, qPrintable(error));
    auto stored =
        sd::storage::CalendarRepository(*f.db).create(u"Seeded Berlin"_qs, *calendar, admin);
    QVERIFY2(stored, qPrintable(stored.error().message));
    m_calendarId = stored->id;
    sd::core::SlaPolicy policy;
    policy.supportLevel = u"standard"_qs;
    policy.category = sd::core::Category::Question;
    policy.priority = sd::core::Priority::Normal;
    policy.firstResponseMinutes = 480;
    policy.resolutionMinutes = 1440;
    policy.calendarId = m_calendarId;
    auto created = sd::storage::SlaPolicyRepository(*f.db).create(policy, admin);
    QVERIFY2(created, qPrintable(created.error().message));
    m_policyId = created->id;
}

void TestApiSlaConfig::roleMatrix_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("login");
    QTest::addColumn<int>("status");
    const QStringList logins{u""_qs, u"admin"_qs, u"boss"_qs, u"agent"_qs, u"alice"_qs};
    struct Row
    {
        QByteArray method;
        QString path;
        QByteArray body;
        QList<int> expected; // in the order of `logins`
    };
    const QByteArray berlin =
        compact({{u"name"_qs, u"Seeded Berlin"_qs}, {u"definition"_qs, calendarFile(Berlin)}});
    const QByteArray patch = "{\"resolution_minutes\":1440}";
    const QList<Row> rows{
        {"GET", Calendars, {}, {401, 200, 200, 200, 403}},
        {"POST", Calendars, "{}", {401, 422, 403, 403, 403}},
        {"GET", Calendars + u"/{c}", {}, {401, 200, 200, 200, 403}},
        {"GET", Calendars + u"/999999", {}, {401, 404, 404, 404, 403}},
        {"PUT", Calendars + u"/{c}", berlin, {401, 200, 403, 403, 403}},
        {"PUT", Calendars + u"/999999", berlin, {401, 404, 403, 403, 403}},
        // The seeded calendar is in use, so even the admin cannot remove it.
        {"DELETE", Calendars + u"/{c}", {}, {401, 409, 403, 403, 403}},
        {"DELETE", Calendars + u"/999999", {}, {401, 404, 403, 403, 403}},
        {"GET", Policies, {}, {401, 200, 200, 200, 403}},
        {"POST", Policies, "{}", {401, 422, 403, 403, 403}},
        {"GET", Policies + u"/{p}", {}, {401, 200, 200, 200, 403}},
        {"GET", Policies + u"/999999", {}, {401, 404, 404, 404, 403}},
        {"PATCH", Policies + u"/{p}", patch, {401, 200, 403, 403, 403}},
        {"PATCH", Policies + u"/999999", patch, {401, 404, 403, 403, 403}},
        {"DELETE", Policies + u"/999999", {}, {401, 404, 403, 403, 403}},
    };
    for (const Row &row : rows)
        for (int i = 0; i < logins.size(); ++i)
            QTest::addRow("%s %s as %s", row.method.constData(), qPrintable(row.path),
                          logins.at(i).isEmpty() ? "anonymous" : qPrintable(logins.at(i)))
                << row.method << row.path << row.body << logins.at(i) << row.expected.at(i);
}

void TestApiSlaConfig::roleMatrix()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, login);
    QFETCH(int, status);
    path.replace(u"{c}"_qs, QString::number(m_calendarId));
    path.replace(u"{p}"_qs, QString::number(m_policyId));
    const ApiReply reply = as(login).send(method, path, body);
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    if (status == 403)
        QCOMPARE(reply.errorCode(), u"forbidden"_qs);
}

void TestApiSlaConfig::calendarRoundTrip()
{
    ApiClient &admin = as(u"admin"_qs);
    const QJsonObject berlin = calendarFile(Berlin);
    // Without a name the calendar is filed under its definition's.
    const ApiReply created = admin.post(Calendars, {{u"definition"_qs, berlin}});
    QCOMPARE(created.status, 201);
    const qint64 id = created.json.value(u"id"_qs).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(created.json.value(u"name"_qs).toString(), berlin.value(u"name"_qs).toString());
    QCOMPARE(created.json.value(u"definition"_qs).toObject(), berlin);
    QVERIFY(created.json.value(u"updated_at"_qs).toString().endsWith(u'Z'));
    const QString path = Calendars + u'/' + QString::number(id);
    QCOMPARE(created.headers.value("location"), path.toUtf8());

    const ApiReply read = as(u"agent"_qs).get(path);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json, created.json);
    const QJsonArray items = as(u"boss"_qs).get(Calendars).json.value(u"items"_qs).toArray();
    QVERIFY(items.contains(created.json));

    const ApiReply taken = admin.post(Calendars, {{u"definition"_qs, berlin}});
    QCOMPARE(taken.status, 409);
    QCOMPARE(taken.errorCode(), u"duplicate"_qs);
    QCOMPARE(taken.errorField(), u"name"_qs);

    const QJsonObject lunch = calendarFile(Lunch);
    const ApiReply replaced = admin.send(
        "PUT", path, compact({{u"name"_qs, u"Moscow office"_qs}, {u"definition"_qs, lunch}}));
    QCOMPARE(replaced.status, 200);
    QCOMPARE(replaced.json.value(u"name"_qs).toString(), u"Moscow office"_qs);
    QCOMPARE(replaced.json.value(u"definition"_qs).toObject(), lunch);
    QCOMPARE(admin.get(path).json, replaced.json);

    QCOMPARE(admin.send("DELETE", path).status, 204);
    QCOMPARE(admin.get(path).status, 404);
    QCOMPARE(admin.send("DELETE", path).status, 404);
}

void TestApiSlaConfig::policyRoundTrip()
{
    ApiClient &admin = as(u"admin"_qs);
    const QJsonObject full{
        {u"support_level"_qs, u"premium"_qs},
        {u"category"_qs, u"incident"_qs},
        {u"priority"_qs, u"critical"_qs},
        {u"first_response_minutes"_qs, 30},
        {u"next_response_minutes"_qs, 60},
        {u"resolution_minutes"_qs, 240},
        {u"calendar_id"_qs, m_calendarId},
        {u"pausing_statuses"_qs, QJsonArray{u"pending_customer"_qs, u"in_development"_qs}}};
    const ApiReply created = admin.post(Policies, full);
    QCOMPARE(created.status, 201);
    const qint64 id = created.json.value(u"id"_qs).toInteger();
    QJsonObject expected = full;
    expected.insert(u"id"_qs, id);
    QCOMPARE(created.json, expected);
    const QString path = Policies + u'/' + QString::number(id);
    QCOMPARE(created.headers.value("location"), path.toUtf8());
    QCOMPARE(as(u"boss"_qs).get(path).json, expected);
    QVERIFY(as(u"agent"_qs).get(Policies).json.value(u"items"_qs).toArray().contains(expected));

    QCOMPARE(admin.post(Policies, full).status, 409);

    // A PATCH changes what it names and keeps the rest; null clears the optional targets.
    const ApiReply patched = admin.patch(path, {{u"next_response_minutes"_qs, QJsonValue()},
                                                {u"calendar_id"_qs, QJsonValue()},
                                                {u"pausing_statuses"_qs, QJsonArray()},
                                                {u"priority"_qs, u"high"_qs}});
    QCOMPARE(patched.status, 200);
    expected.insert(u"next_response_minutes"_qs, QJsonValue());
    expected.insert(u"calendar_id"_qs, QJsonValue());
    expected.insert(u"pausing_statuses"_qs, QJsonArray());
    expected.insert(u"priority"_qs, u"high"_qs);
    QCOMPARE(patched.json, expected);
    QCOMPARE(admin.get(path).json, expected);

    // Defaults of a minimal create: no next-response target, no calendar, pending_customer
    // pauses.
    const ApiReply minimal = admin.post(Policies, {{u"support_level"_qs, u"premium"_qs},
                                                   {u"category"_qs, u"question"_qs},
                                                   {u"priority"_qs, u"low"_qs},
                                                   {u"first_response_minutes"_qs, 480},
                                                   {u"resolution_minutes"_qs, 1440}});
    QCOMPARE(minimal.status, 201);
    QCOMPARE(minimal.json.value(u"next_response_minutes"_qs), QJsonValue());
    QCOMPARE(minimal.json.value(u"calendar_id"_qs), QJsonValue());
    QCOMPARE(minimal.json.value(u"pausing_statuses"_qs).toArray(),
             QJsonArray{u"pending_customer"_qs});
    // Moving it onto the first one's level x category x priority is a duplicate.
    const QString minimalPath =
        Policies + u'/' + QString::number(minimal.json.value(u"id"_qs).toInteger());
    const ApiReply clash =
        admin.patch(minimalPath, {{u"category"_qs, u"incident"_qs}, {u"priority"_qs, u"high"_qs}});
    QCOMPARE(clash.status, 409);
    QCOMPARE(clash.errorCode(), u"duplicate"_qs);

    QCOMPARE(admin.send("DELETE", path).status, 204);
    QCOMPARE(admin.get(path).status, 404);
    QCOMPARE(admin.send("DELETE", minimalPath).status, 204);
}

void TestApiSlaConfig::refusals_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message"); // a part of the error message

    const QJsonObject berlin = calendarFile(Berlin);
    const auto withDefinition = [&berlin](const QString &key, const QJsonValue &value) {
        QJsonObject definition = berlin;
        definition.insert(key, value);
        return compact({{u"definition"_qs, definition}});
    };
    QJsonObject badWeek = berlin.value(u"week"_qs).toObject();
    badWeek.insert(u"mon"_qs, QJsonArray{QJsonArray{u"09:00"_qs, u"25:00"_qs}});
    const QString calendar = Calendars + u"/{c}";
    const auto addCalendar = [&](const char *name, const QByteArray &body, int status,
                                 const QString &code, const QString &field,
                                 const QString &message = {}) {
        QTest::addRow("POST calendar: %s", name)
            << QByteArray("POST") << Calendars << body << status << code << field << message;
        QTest::addRow("PUT calendar: %s", name)
            << QByteArray("PUT") << calendar << body << status << code << field << message;
    };
    addCalendar("bad JSON", "{\"definition\": {", 400, u"malformed_json"_qs, {});
    addCalendar("not an object", "[1]", 400, u"not_an_object"_qs, {});
    addCalendar("empty body", "", 400, u"empty_body"_qs, {});
    addCalendar("unknown field", compact({{u"definition"_qs, berlin}, {u"zone"_qs, 3}}), 422,
                u"unknown_field"_qs, u"zone"_qs);
    addCalendar("name of wrong type", compact({{u"definition"_qs, berlin}, {u"name"_qs, 3}}), 422,
                u"wrong_type"_qs, u"name"_qs);
    addCalendar("definition of wrong type", compact({{u"definition"_qs, u"berlin.json"_qs}}), 422,
                u"wrong_type"_qs, u"definition"_qs);
    addCalendar("no definition", compact({{u"name"_qs, u"Berlin"_qs}}), 422, u"required"_qs,
                u"definition"_qs);
    addCalendar("misspelt calendar key", withDefinition(u"dutty"_qs, QJsonObject()), 422,
                u"invalid_value"_qs, u"definition"_qs, u"dutty"_qs);
    addCalendar("unknown time zone", withDefinition(u"time_zone"_qs, u"Mars/Olympus"_qs), 422,
                u"invalid_value"_qs, u"definition"_qs, u"Mars/Olympus"_qs);
    addCalendar("bad hours", withDefinition(u"week"_qs, badWeek), 422, u"invalid_value"_qs,
                u"definition"_qs, u"week.mon"_qs);

    const QJsonObject valid{{u"support_level"_qs, u"refusals"_qs},
                            {u"category"_qs, u"question"_qs},
                            {u"priority"_qs, u"normal"_qs},
                            {u"first_response_minutes"_qs, 60},
                            {u"resolution_minutes"_qs, 480}};
    const QString policy = Policies + u"/{p}";
    // Each policy row runs as a create (the valid body with one field changed) and as a
    // patch (that field alone).
    const auto addPolicy = [&](const char *name, const QString &key, const QJsonValue &value,
                               const QString &code) {
        QJsonObject create = valid;
        if (value.isUndefined())
            create.remove(key);
        else
            create.insert(key, value);
        QTest::addRow("POST policy: %s", name)
            << QByteArray("POST") << Policies << compact(create) << 422 << code << key << QString();
        if (!value.isUndefined())
            QTest::addRow("PATCH policy: %s", name)
                << QByteArray("PATCH") << policy << compact({{key, value}}) << 422 << code << key
                << QString();
    };
    addPolicy("unknown field", u"urgency"_qs, 5, u"unknown_field"_qs);
    addPolicy("the id", u"id"_qs, 5, u"unknown_field"_qs);
    addPolicy("unknown category", u"category"_qs, u"rant"_qs, u"invalid_value"_qs);
    addPolicy("unknown priority", u"priority"_qs, u"urgent"_qs, u"invalid_value"_qs);
    addPolicy("unknown pausing status", u"pausing_statuses"_qs, QJsonArray{u"waiting"_qs},
              u"invalid_value"_qs);
    addPolicy("pausing status not a list", u"pausing_statuses"_qs, u"pending_customer"_qs,
              u"wrong_type"_qs);
    addPolicy("minutes as text", u"first_response_minutes"_qs, u"60"_qs, u"wrong_type"_qs);
    addPolicy("fractional minutes", u"resolution_minutes"_qs, 1.5, u"wrong_type"_qs);
    addPolicy("zero minutes", u"first_response_minutes"_qs, 0, u"invalid_value"_qs);
    addPolicy("negative next response", u"next_response_minutes"_qs, -1, u"invalid_value"_qs);
    addPolicy("blank support level", u"support_level"_qs, u"  "_qs, u"required"_qs);
    addPolicy("calendar that does not exist", u"calendar_id"_qs, 999999, u"invalid_value"_qs);
    addPolicy("calendar id zero", u"calendar_id"_qs, 0, u"invalid_value"_qs);
    addPolicy("no resolution target", u"resolution_minutes"_qs, QJsonValue(QJsonValue::Undefined),
              u"required"_qs);
    // Null is "missing" where a field is required, and a wrong value where it may be left out.
    QJsonObject nullTarget = valid;
    nullTarget.insert(u"first_response_minutes"_qs, QJsonValue());
    QTest::addRow("POST policy: null target")
        << QByteArray("POST") << Policies << compact(nullTarget) << 422 << u"required"_qs
        << u"first_response_minutes"_qs << QString();
    QTest::addRow("PATCH policy: null target")
        << QByteArray("PATCH") << policy << QByteArray("{\"first_response_minutes\": null}") << 422
        << u"wrong_type"_qs << u"first_response_minutes"_qs << QString();
    QTest::addRow("POST policy: bad JSON")
        << QByteArray("POST") << Policies << QByteArray("{\"category\": ") << 400
        << u"malformed_json"_qs << QString() << QString();
    QTest::addRow("PATCH policy: bad JSON")
        << QByteArray("PATCH") << policy << QByteArray("{,}") << 400 << u"malformed_json"_qs
        << QString() << QString();
}

void TestApiSlaConfig::refusals()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, message);
    path.replace(u"{c}"_qs, QString::number(m_calendarId));
    path.replace(u"{p}"_qs, QString::number(m_policyId));
    const ApiReply reply = as(u"admin"_qs).send(method, path, body);
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.errorField(), field);
    const QString text = reply.json.value(u"error"_qs).toObject().value(u"message"_qs).toString();
    QVERIFY2(!text.isEmpty() && text.contains(message), qPrintable(text));
}

void TestApiSlaConfig::changesReachStaffOnly()
{
    const auto mentions = [this](const QString &login, qint64 since, const QString &entity,
                                 qint64 id) {
        const ApiReply page = as(login).get(u"/api/v1/changes?since=%1"_qs.arg(since));
        for (const QJsonValue &item : page.json.value(u"items"_qs).toArray())
            if (item[u"entity"_qs].toString() == entity && item[u"id"_qs].toInteger() == id)
                return true;
        return false;
    };
    const qint64 since =
        as(u"admin"_qs).get(u"/api/v1/changes?since=0"_qs).json.value(u"last_seq"_qs).toInteger();
    const ApiReply calendar =
        as(u"admin"_qs)
            .post(Calendars, {{u"name"_qs, u"Fed"_qs}, {u"definition"_qs, calendarFile(Lunch)}});
    QCOMPARE(calendar.status, 201);
    const qint64 id = calendar.json.value(u"id"_qs).toInteger();
    QVERIFY(mentions(u"agent"_qs, since, u"calendar"_qs, id));
    QVERIFY(mentions(u"boss"_qs, since, u"calendar"_qs, id));
    // Loner has no organisation, so no SQL filter hides the item: the permission check must.
    QVERIFY(!mentions(u"alice"_qs, since, u"calendar"_qs, id));
    QVERIFY(!mentions(u"loner"_qs, since, u"calendar"_qs, id));
    const ApiReply policy = as(u"admin"_qs)
                                .patch(Policies + u'/' + QString::number(m_policyId),
                                       {{u"first_response_minutes"_qs, 240}});
    QCOMPARE(policy.status, 200);
    QVERIFY(mentions(u"agent"_qs, since, u"sla_policy"_qs, m_policyId));
    QVERIFY(!mentions(u"loner"_qs, since, u"sla_policy"_qs, m_policyId));
}

QTEST_MAIN(TestApiSlaConfig)
#include "testapislaconfig.moc"
