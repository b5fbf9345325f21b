#include "server/passwordhasher.h"

#include <QtTest>

using sd::server::PasswordHasher;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void verifies_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addRow("ascii") << QStringLiteral("correct horse battery staple");
        QTest::addRow("cyrillic") << QStringLiteral("пароль-Ёжик-2026");
        QTest::addRow("empty") << QString();
    }

    void verifies()
    {
        QFETCH(QString, password);
        const QString hash = PasswordHasher::hash(password);
        QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
        if (!password.isEmpty())
            QVERIFY(!hash.contains(password));
        QVERIFY(PasswordHasher::verify(hash, password));
        QVERIFY(!PasswordHasher::verify(hash, password + QStringLiteral("x")));
        QVERIFY(!PasswordHasher::needsRehash(hash));
    }

    // Each hash has its own salt, so equal passwords never give equal hashes.
    void salted()
    {
        const QString password = QStringLiteral("same password");
        QVERIFY(PasswordHasher::hash(password) != PasswordHasher::hash(password));
    }

    void rejectsGarbage()
    {
        QVERIFY(!PasswordHasher::verify(QString(), QStringLiteral("x")));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("$argon2id$broken"), QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "testpasswordhasher.moc"
