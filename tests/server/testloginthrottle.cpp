// LoginThrottle: when sign-in attempts are refused and that its memory stays bounded.
#include "server/loginthrottle.h"

#include <QtTest>

using sd::server::LoginThrottle;

class TestLoginThrottle : public QObject
{
    Q_OBJECT

private slots:
    void refusesAfterTooManyFailures_data();
    void refusesAfterTooManyFailures();
    void successClearsTheLogin();
    void memoryStaysBounded();

private:
    const QDateTime m_start{QDate(2026, 3, 2), QTime(9, 0), Qt::UTC};
};

void TestLoginThrottle::refusesAfterTooManyFailures_data()
{
    QTest::addColumn<QStringList>("logins");    // one failure each, a second apart
    QTest::addColumn<QStringList>("addresses"); // same length
    QTest::addColumn<QString>("nextLogin");
    QTest::addColumn<QString>("nextAddress");
    QTest::addColumn<int>("laterSecs"); // after the last failure
    QTest::addColumn<bool>("refused");
    const QString a = QStringLiteral("10.0.0.1");
    const QString b = QStringLiteral("10.0.0.2");
    const QStringList three(3, QStringLiteral("anna"));
    const QStringList five{QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3"),
                           QStringLiteral("u4"), QStringLiteral("u5")};
    QTest::addRow("under the login limit")
        << QStringList(2, QStringLiteral("anna")) << QStringList{a, a} << "anna" << a << 0 << false;
    QTest::addRow("login limit reached")
        << three << QStringList{a, a, a} << "anna" << a << 0 << true;
    QTest::addRow("login limit from another address")
        << three << QStringList{a, a, a} << "anna" << b << 0 << true;
    QTest::addRow("login limit ignores case")
        << three << QStringList{a, a, a} << "ANNA" << b << 0 << true;
    QTest::addRow("other login, same address under its limit")
        << three << QStringList{a, a, a} << "boris" << a << 0 << false;
    QTest::addRow("address limit reached") << five << QStringList(5, a) << "u6" << a << 0 << true;
    QTest::addRow("address limit, other address")
        << five << QStringList(5, a) << "u6" << b << 0 << false;
    // The window is ten minutes; the first failure leaves it 600 s after it happened.
    QTest::addRow("oldest failure still in the window")
        << three << QStringList{a, a, a} << "anna" << a << 597 << true;
    QTest::addRow("oldest failure left the window")
        << three << QStringList{a, a, a} << "anna" << a << 599 << false;
}

void TestLoginThrottle::refusesAfterTooManyFailures()
{
    QFETCH(QStringList, logins);
    QFETCH(QStringList, addresses);
    QFETCH(QString, nextLogin);
    QFETCH(QString, nextAddress);
    QFETCH(int, laterSecs);
    QFETCH(bool, refused);
    LoginThrottle throttle(3, 5, 10);
    QDateTime at = m_start;
    for (qsizetype i = 0; i < logins.size(); ++i) {
        QCOMPARE(throttle.retryAfter(logins.at(i), addresses.at(i), at), 0);
        throttle.recordFailure(logins.at(i), addresses.at(i), at);
        at = at.addSecs(1);
    }
    const int wait = throttle.retryAfter(nextLogin, nextAddress, at.addSecs(laterSecs - 1));
    QCOMPARE(wait > 0, refused);
}

void TestLoginThrottle::successClearsTheLogin()
{
    LoginThrottle throttle(2, 100, 10);
    for (int i = 0; i < 2; ++i)
        throttle.recordFailure(QStringLiteral("anna"), QStringLiteral("10.0.0.1"), m_start);
    QVERIFY(throttle.retryAfter(QStringLiteral("anna"), QStringLiteral("10.0.0.9"), m_start) > 0);
    throttle.recordSuccess(QStringLiteral("Anna"));
    QCOMPARE(throttle.retryAfter(QStringLiteral("anna"), QStringLiteral("10.0.0.9"), m_start), 0);
}

void TestLoginThrottle::memoryStaysBounded()
{
    LoginThrottle throttle(3, 1000000, 10);
    // An attacker guessing with a new made-up login each time, from many addresses.
    for (int i = 0; i < LoginThrottle::SweepEvery; ++i)
        throttle.recordFailure(QStringLiteral("ghost%1").arg(i),
                               QStringLiteral("10.1.%1.%2").arg(i / 256).arg(i % 256), m_start);
    // Swept at the SweepEvery-th failure, but all of these are still in the window.
    QCOMPARE(throttle.trackedKeys(), 2 * LoginThrottle::SweepEvery);
    const QDateTime later = m_start.addSecs(11 * 60);
    for (int i = 0; i < LoginThrottle::SweepEvery; ++i)
        throttle.recordFailure(QStringLiteral("anna"), QStringLiteral("10.0.0.1"), later);
    // The old keys are gone; one login and one address remain.
    QCOMPARE(throttle.trackedKeys(), 2);
    QVERIFY(throttle.retryAfter(QStringLiteral("anna"), QStringLiteral("10.0.0.2"), later) > 0);
}

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "testloginthrottle.moc"
