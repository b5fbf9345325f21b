#include "core/ticketnumber.h"

#include <QtTest>

using namespace sd::core;
using namespace Qt::StringLiterals;

class TestTicketNumber : public QObject
{
    Q_OBJECT

private slots:
    void format_data();
    void format();
    void invalidParts_data();
    void invalidParts();
    void parse_data();
    void parse();
    void prefix_data();
    void prefix();
};

void TestTicketNumber::format_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("year");
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<QString>("expected");

    QTest::newRow("padded") << u"SD"_s << 2026 << qint64(123) << u"SD-2026-000123"_s;
    QTest::newRow("first") << u"SD"_s << 2026 << qint64(1) << u"SD-2026-000001"_s;
    QTest::newRow("six digits") << u"SD"_s << 2026 << qint64(999999) << u"SD-2026-999999"_s;
    QTest::newRow("widens past 999999")
        << u"SD"_s << 2026 << qint64(1000000) << u"SD-2026-1000000"_s;
    QTest::newRow("very wide") << u"SD"_s << 2031 << qint64(123456789012)
                               << u"SD-2031-123456789012"_s;
    QTest::newRow("other prefix") << u"HELP"_s << 2027 << qint64(42) << u"HELP-2027-000042"_s;
    QTest::newRow("prefix upper-cased") << u"gr1"_s << 2026 << qint64(5) << u"GR1-2026-000005"_s;
}

void TestTicketNumber::format()
{
    QFETCH(QString, prefix);
    QFETCH(int, year);
    QFETCH(qint64, sequence);
    QFETCH(QString, expected);

    const TicketNumber number(prefix, year, sequence);
    QVERIFY(number.isValid());
    QCOMPARE(number.toString(), expected);
    QCOMPARE(number.prefix(), prefix.toUpper());
    QCOMPARE(number.year(), year);
    QCOMPARE(number.sequence(), sequence);
    const std::optional<TicketNumber> back = TicketNumber::parse(expected);
    QVERIFY(back);
    QCOMPARE(*back, number);
}

void TestTicketNumber::invalidParts_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("year");
    QTest::addColumn<qint64>("sequence");

    QTest::newRow("empty prefix") << QString() << 2026 << qint64(1);
    QTest::newRow("dash in prefix") << u"S-D"_s << 2026 << qint64(1);
    QTest::newRow("digit first") << u"1SD"_s << 2026 << qint64(1);
    QTest::newRow("cyrillic prefix") << u"ТП"_s << 2026 << qint64(1);
    QTest::newRow("three-digit year") << u"SD"_s << 999 << qint64(1);
    QTest::newRow("five-digit year") << u"SD"_s << 10000 << qint64(1);
    QTest::newRow("sequence zero") << u"SD"_s << 2026 << qint64(0);
    QTest::newRow("negative sequence") << u"SD"_s << 2026 << qint64(-5);
}

void TestTicketNumber::invalidParts()
{
    QFETCH(QString, prefix);
    QFETCH(int, year);
    QFETCH(qint64, sequence);

    const TicketNumber number(prefix, year, sequence);
    QVERIFY(!number.isValid());
    QVERIFY(number.toString().isEmpty());
    QCOMPARE(number, TicketNumber());
}

void TestTicketNumber::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical"); // empty: not a ticket number

    QTest::newRow("canonical") << u"SD-2026-000123"_s << u"SD-2026-000123"_s;
    QTest::newRow("lower case") << u"sd-2026-000123"_s << u"SD-2026-000123"_s;
    QTest::newRow("typed without padding") << u"SD-2026-123"_s << u"SD-2026-000123"_s;
    QTest::newRow("wide") << u"SD-2026-1000000"_s << u"SD-2026-1000000"_s;
    QTest::newRow("long prefix") << u"SUPPORT-2026-000001"_s << u"SUPPORT-2026-000001"_s;
    QTest::newRow("two-digit year") << u"SD-26-000123"_s << QString();
    QTest::newRow("no sequence") << u"SD-2026-"_s << QString();
    QTest::newRow("letter in sequence") << u"SD-2026-00A123"_s << QString();
    QTest::newRow("missing dash") << u"SD2026-000123"_s << QString();
    QTest::newRow("no prefix") << u"-2026-000123"_s << QString();
    QTest::newRow("leading blank") << u" SD-2026-000123"_s << QString();
    QTest::newRow("trailing part") << u"SD-2026-000123-1"_s << QString();
    QTest::newRow("sequence zero") << u"SD-2026-000000"_s << QString();
    QTest::newRow("other system") << u"JIRA-123"_s << QString();
    QTest::newRow("placeholder") << u"SD-X"_s << QString();
    QTest::newRow("too many digits") << u"SD-2026-0000000000000000001"_s << QString();
    QTest::newRow("fullwidth digits") << u"SD-２０２６-000123"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestTicketNumber::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);

    const std::optional<TicketNumber> number = TicketNumber::parse(text);
    QCOMPARE(number.has_value(), !canonical.isEmpty());
    if (number)
        QCOMPARE(number->toString(), canonical);
}

void TestTicketNumber::prefix_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("valid");

    QTest::newRow("default") << TicketNumber::DefaultPrefix.toString() << true;
    QTest::newRow("letters and digits") << u"GR2"_s << true;
    QTest::newRow("lower case") << u"help"_s << true;
    QTest::newRow("sixteen") << u"ABCDEFGHIJKLMNOP"_s << true;
    QTest::newRow("seventeen") << u"ABCDEFGHIJKLMNOPQ"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("dash") << u"S-D"_s << false;
    QTest::newRow("hash") << u"Ticket#"_s << false;
    QTest::newRow("digit first") << u"1C"_s << false;
    QTest::newRow("cyrillic") << u"ТП"_s << false;
}

void TestTicketNumber::prefix()
{
    QFETCH(QString, prefix);
    QFETCH(bool, valid);

    QCOMPARE(TicketNumber::isValidPrefix(prefix), valid);
    QCOMPARE(TicketNumber(prefix, 2026, 1).isValid(), valid);
}

QTEST_GUILESS_MAIN(TestTicketNumber)
#include "testticketnumber.moc"
