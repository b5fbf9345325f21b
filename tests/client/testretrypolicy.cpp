#include "client/apicall.h"
#include "client/retrypolicy.h"

#include <QSet>
#include <QtTest>

using sd::client::ApiCall;
using sd::client::RetryPolicy;

// When the API client may send a request again and how long it waits: exponential backoff
// with full jitter, the Retry-After header, and the idempotency rule.
class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void ceilingDoublesUpToTheCap_data();
    void ceilingDoublesUpToTheCap();
    void delayIsDrawnBelowTheCeiling_data();
    void delayIsDrawnBelowTheCeiling();
    void randomDelaysAreJitteredAndGrow();
    void retryAfter_data();
    void retryAfter();
    void nextDelay_data();
    void nextDelay();
    void idempotency_data();
    void idempotency();
    void retryableStatus_data();
    void retryableStatus();

private:
    static RetryPolicy policy(int maxAttempts = 5)
    {
        RetryPolicy::Settings s;
        s.maxAttempts = maxAttempts;
        s.baseDelayMs = 100;
        s.maxDelayMs = 1000;
        s.maxRetryAfterMs = 10000;
        return RetryPolicy(s);
    }
};

void TestRetryPolicy::ceilingDoublesUpToTheCap_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<int>("ceiling");
    QTest::addRow("no retry") << 0 << 0;
    QTest::addRow("first") << 1 << 100;
    QTest::addRow("second") << 2 << 200;
    QTest::addRow("third") << 3 << 400;
    QTest::addRow("fourth") << 4 << 800;
    QTest::addRow("capped") << 5 << 1000;
    QTest::addRow("far beyond") << 64 << 1000;
}

void TestRetryPolicy::ceilingDoublesUpToTheCap()
{
    QFETCH(int, retry);
    QFETCH(int, ceiling);
    QCOMPARE(policy().ceilingMs(retry), ceiling);
}

void TestRetryPolicy::delayIsDrawnBelowTheCeiling_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<double>("unit");
    QTest::addColumn<int>("delay");
    QTest::addRow("lowest draw") << 3 << 0.0 << 0;
    QTest::addRow("quarter") << 3 << 0.25 << 100;
    QTest::addRow("half") << 3 << 0.5 << 200;
    QTest::addRow("highest draw") << 3 << 0.9999 << 400;
    QTest::addRow("first retry, half") << 1 << 0.5 << 50;
    QTest::addRow("capped, half") << 9 << 0.5 << 500;
    QTest::addRow("capped, highest") << 9 << 0.9999 << 1000;
    QTest::addRow("out of range is clamped") << 2 << 7.0 << 200;
}

void TestRetryPolicy::delayIsDrawnBelowTheCeiling()
{
    QFETCH(int, retry);
    QFETCH(double, unit);
    QFETCH(int, delay);
    QCOMPARE(policy().delayMs(retry, unit), delay);
}

void TestRetryPolicy::randomDelaysAreJitteredAndGrow()
{
    const RetryPolicy p = policy();
    double previousMean = -1;
    for (int retry = 1; retry <= 4; ++retry) {
        QSet<int> distinct;
        qint64 sum = 0;
        const int samples = 400;
        for (int i = 0; i < samples; ++i) {
            const int d = p.randomDelayMs(retry);
            QVERIFY2(d >= 0 && d <= p.ceilingMs(retry), qPrintable(QString::number(d)));
            distinct.insert(d);
            sum += d;
        }
        const double mean = double(sum) / samples;
        // Uniform over [0, ceiling]: the mean is near half the ceiling, and draws differ.
        QVERIFY2(qAbs(mean - p.ceilingMs(retry) / 2.0) < p.ceilingMs(retry) * 0.15,
                 qPrintable(QStringLiteral("retry %1 mean %2").arg(retry).arg(mean)));
        QVERIFY(distinct.size() > 20);
        QVERIFY(mean > previousMean);
        previousMean = mean;
    }
}

void TestRetryPolicy::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected"); // -1: none
    QTest::addRow("absent") << QByteArray() << qint64(-1);
    QTest::addRow("seconds") << QByteArray("5") << qint64(5000);
    QTest::addRow("zero") << QByteArray("0") << qint64(0);
    QTest::addRow("spaces") << QByteArray(" 2 ") << qint64(2000);
    QTest::addRow("negative") << QByteArray("-3") << qint64(-1);
    QTest::addRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::addRow("http date ahead")
        << QByteArray("Wed, 21 Oct 2026 07:28:30 GMT") << qint64(30000);
    QTest::addRow("http date past") << QByteArray("Wed, 21 Oct 2026 07:27:00 GMT") << qint64(0);
}

void TestRetryPolicy::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(2026, 10, 21), QTime(7, 28), Qt::UTC);
    const auto ms = RetryPolicy::retryAfterMs(value, now);
    QCOMPARE(ms.value_or(-1), expected);
}

void TestRetryPolicy::nextDelay_data()
{
    QTest::addColumn<int>("maxAttempts");
    QTest::addColumn<int>("retry");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("atLeast"); // -1: no retry
    QTest::addColumn<int>("atMost");
    QTest::addRow("first retry") << 3 << 1 << QByteArray() << 0 << 100;
    QTest::addRow("last allowed retry") << 3 << 2 << QByteArray() << 0 << 200;
    QTest::addRow("attempts used up") << 3 << 3 << QByteArray() << -1 << -1;
    QTest::addRow("retries disabled") << 1 << 1 << QByteArray() << -1 << -1;
    QTest::addRow("server asks for 3 s") << 3 << 1 << QByteArray("3") << 3000 << 3000;
    QTest::addRow("server asks too much") << 3 << 1 << QByteArray("3600") << -1 << -1;
}

void TestRetryPolicy::nextDelay()
{
    QFETCH(int, maxAttempts);
    QFETCH(int, retry);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, atLeast);
    QFETCH(int, atMost);
    const auto delay =
        policy(maxAttempts).nextDelayMs(retry, retryAfter, QDateTime::currentDateTimeUtc());
    if (atLeast < 0) {
        QVERIFY(!delay);
        return;
    }
    QVERIFY(delay);
    QVERIFY2(*delay >= atLeast && *delay <= atMost, qPrintable(QString::number(*delay)));
}

void TestRetryPolicy::idempotency_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("idempotent");
    QTest::addRow("GET") << QByteArray("GET") << QByteArray() << true;
    QTest::addRow("PUT") << QByteArray("PUT") << QByteArray() << true;
    QTest::addRow("DELETE") << QByteArray("DELETE") << QByteArray() << true;
    QTest::addRow("POST") << QByteArray("POST") << QByteArray() << false;
    QTest::addRow("PATCH") << QByteArray("PATCH") << QByteArray() << false;
    QTest::addRow("POST with key") << QByteArray("POST") << QByteArray("k-1") << true;
    QTest::addRow("PATCH with key") << QByteArray("PATCH") << QByteArray("k-2") << true;
    QTest::addRow("lower case get") << QByteArray("get") << QByteArray() << true;
}

void TestRetryPolicy::idempotency()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, key);
    QFETCH(bool, idempotent);
    ApiCall call;
    call.method = method;
    call.idempotencyKey = key;
    QCOMPARE(call.isIdempotent(), idempotent);
}

void TestRetryPolicy::retryableStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryable");
    for (const int status : {400, 401, 403, 404, 409, 412, 413, 415, 422, 500, 501})
        QTest::addRow("%d", status) << status << false;
    for (const int status : {429, 502, 503, 504})
        QTest::addRow("%d", status) << status << true;
}

void TestRetryPolicy::retryableStatus()
{
    QFETCH(int, status);
    QFETCH(bool, retryable);
    QCOMPARE(RetryPolicy::isRetryableStatus(status), retryable);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "testretrypolicy.moc"
