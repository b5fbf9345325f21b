#include "protocol/apierror.h"
#include "protocol/healthinfo.h"

#include <QJsonDocument>
#include <QtTest>

using sd::protocol::ApiError;
using sd::protocol::HealthInfo;

// The JSON field names are a contract with outside tests (DESIGN.md): {error: {code, message,
// field?}} and the health body.
class TestWireShapes : public QObject
{
    Q_OBJECT

private slots:
    void errorShape_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addRow("with field") << QStringLiteral("subject");
        QTest::addRow("without field") << QString();
    }

    void errorShape()
    {
        QFETCH(QString, field);
        const ApiError error{422, QStringLiteral("generic_subject"),
                             QStringLiteral("Опишите проблему в теме"), field};
        const QJsonObject json = error.toJson();
        const QJsonObject inner = json.value(QStringLiteral("error")).toObject();
        QCOMPARE(inner.value(QStringLiteral("code")).toString(), error.code);
        QCOMPARE(inner.value(QStringLiteral("message")).toString(), error.message);
        QCOMPARE(inner.contains(QStringLiteral("field")), !field.isEmpty());

        ApiError back;
        QVERIFY(ApiError::fromJson(json, 422, &back));
        QCOMPARE(back.httpStatus, 422);
        QCOMPARE(back.code, error.code);
        QCOMPARE(back.message, error.message);
        QCOMPARE(back.field, field);
    }

    void notAnError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addRow("ticket") << QByteArray(R"({"id": 1, "number": "SD-2026-000001"})");
        QTest::addRow("error not an object") << QByteArray(R"({"error": "boom"})");
        QTest::addRow("no code") << QByteArray(R"({"error": {"message": "x"}})");
    }

    void notAnError()
    {
        QFETCH(QByteArray, body);
        ApiError out;
        QVERIFY(!ApiError::fromJson(QJsonDocument::fromJson(body).object(), 500, &out));
    }

    void healthRoundTrip()
    {
        HealthInfo info;
        info.databaseOk = false;
        info.databaseKind = QStringLiteral("postgresql");
        info.version = QStringLiteral("1.2.3");
        info.schemaVersion = 7;
        info.message = QStringLiteral("connection refused");
        info.attachmentMaxBytes = 300'000;
        const QJsonObject json = info.toJson();
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("degraded"));
        QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(), 7);
        QCOMPARE(json.value(QStringLiteral("attachment_max_bytes")).toInteger(), 300'000);
        const HealthInfo back = HealthInfo::fromJson(json);
        QCOMPARE(back.databaseOk, false);
        QCOMPARE(back.databaseKind, info.databaseKind);
        QCOMPARE(back.version, info.version);
        QCOMPARE(back.schemaVersion, 7);
        QCOMPARE(back.message, info.message);
        QCOMPARE(back.attachmentMaxBytes, 300'000);
        // An older server does not say: the client keeps what it knew.
        QCOMPARE(HealthInfo::fromJson(QJsonObject{}).attachmentMaxBytes, 0);
    }
};

QTEST_GUILESS_MAIN(TestWireShapes)
#include "testwireshapes.moc"
