// Escalation rules over HTTP (/api/v1/escalation-rules): who may read and change them, a round
// trip, refusals and the audit trail, against a real server on SQLite and PostgreSQL.
#include "apifixture.h"
#include "storage/auditrepository.h"

#include <QJsonArray>
#include <QtTest>

using namespace sd::testing;

namespace {

const QString Rules = u"/api/v1/escalation-rules"_qs;

} // namespace

class TestApiEscalation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roleMatrix_data();
    void roleMatrix();
    void roundTrip();
    void refusals_data();
    void refusals();

private:
    ApiClient &as(const QString &login);

    ApiFixture f;
    std::map<QString, std::unique_ptr<ApiClient>> m_clients;
};

ApiClient &TestApiEscalation::as(const QString &login)
{
    auto &client = m_clients[login];
    if (!client)
        client = f.client(login);
    return *client;
}

void TestApiEscalation::initTestCase()
{
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
}

void TestApiEscalation::roleMatrix_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    const QJsonObject body{{u"kind"_qs, u"warning"_qs}};
    QTest::addRow("anonymous list") << QString() << QByteArray("GET") << 401;
    QTest::addRow("customer list") << u"alice"_qs << QByteArray("GET") << 403;
    QTest::addRow("agent list") << u"agent"_qs << QByteArray("GET") << 200;
    QTest::addRow("supervisor list") << u"boss"_qs << QByteArray("GET") << 200;
    QTest::addRow("agent create") << u"agent"_qs << QByteArray("POST") << 403;
    QTest::addRow("supervisor create") << u"boss"_qs << QByteArray("POST") << 403;
    QTest::addRow("admin create") << u"admin"_qs << QByteArray("POST") << 201;
}

void TestApiEscalation::roleMatrix()
{
    QFETCH(QString, login);
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    ApiClient &client = as(login);
    const ApiReply reply = method == "GET"
                               ? client.get(Rules)
                               : client.post(Rules, QJsonObject{{u"kind"_qs, u"warning"_qs}});
    QCOMPARE(reply.status, status);
    if (status == 201)
        QCOMPARE(
            as(login)
                .send("DELETE", Rules + u'/' + reply.json.value(u"id"_qs).toVariant().toString())
                .status,
            204);
}

void TestApiEscalation::roundTrip()
{
    ApiClient &admin = as(u"admin"_qs);
    const ApiReply listed = admin.get(Rules);
    QCOMPARE(listed.status, 200);
    // The defaults of a new database: notify supervisors on warning and breach.
    const QJsonArray defaults = listed.json.value(u"items"_qs).toArray();
    QCOMPARE(defaults.size(), 2);
    QCOMPARE(defaults.at(0).toObject().value(u"kind"_qs).toString(), u"warning"_qs);
    QCOMPARE(defaults.at(1).toObject().value(u"notify_supervisors"_qs).toBool(), true);

    const ApiReply created = admin.post(Rules, {{u"kind"_qs, u"breach"_qs},
                                                {u"target"_qs, u"resolution"_qs},
                                                {u"priority"_qs, u"high"_qs},
                                                {u"raise_priority"_qs, true},
                                                {u"move_queue_id"_qs, f.developmentQueueId}});
    QCOMPARE(created.status, 201);
    const qint64 id = created.json.value(u"id"_qs).toInteger();
    const QString path = Rules + u'/' + QString::number(id);
    QCOMPARE(created.json.value(u"target"_qs).toString(), u"resolution"_qs);
    QCOMPARE(created.json.value(u"move_queue_id"_qs).toInteger(), f.developmentQueueId);
    QCOMPARE(created.json.value(u"notify_supervisors"_qs).toBool(), false);
    QCOMPARE(admin.get(path).json, created.json);

    const ApiReply patched = admin.patch(path, {{u"priority"_qs, QJsonValue()},
                                                {u"move_queue_id"_qs, QJsonValue()},
                                                {u"active"_qs, false}});
    QCOMPARE(patched.status, 200);
    QVERIFY(patched.json.value(u"priority"_qs).isNull());
    QVERIFY(patched.json.value(u"move_queue_id"_qs).isNull());
    QCOMPARE(patched.json.value(u"active"_qs).toBool(), false);
    QCOMPARE(patched.json.value(u"target"_qs).toString(), u"resolution"_qs);

    QCOMPARE(admin.send("DELETE", path).status, 204);
    QCOMPARE(admin.get(path).status, 404);
    const auto audit =
        sd::storage::AuditRepository(*f.db).forEntity(sd::storage::EntityType::EscalationRule, id);
    QVERIFY(audit);
    QStringList actions;
    for (const auto &event : audit.value()) {
        actions << event.action;
        QCOMPARE(event.actorId, f.user(u"admin"_qs).id);
    }
    QCOMPARE(actions, QStringList({u"create"_qs, u"update"_qs, u"delete"_qs}));
}

void TestApiEscalation::refusals_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::addRow("no kind") << QJsonObject{{u"notify_supervisors"_qs, true}} << u"kind"_qs;
    QTest::addRow("bad kind") << QJsonObject{{u"kind"_qs, u"late"_qs}} << u"kind"_qs;
    QTest::addRow("bad target") << QJsonObject{{u"kind"_qs, u"breach"_qs}, {u"target"_qs, u"x"_qs}}
                                << u"target"_qs;
    QTest::addRow("unknown queue")
        << QJsonObject{{u"kind"_qs, u"breach"_qs}, {u"move_queue_id"_qs, 99999}}
        << u"move_queue_id"_qs;
    QTest::addRow("unknown field")
        << QJsonObject{{u"kind"_qs, u"breach"_qs}, {u"notify"_qs, true}} << u"notify"_qs;
}

void TestApiEscalation::refusals()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const ApiReply reply = as(u"admin"_qs).post(Rules, body);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorField(), field);
}

QTEST_GUILESS_MAIN(TestApiEscalation)
#include "testapiescalation.moc"
