// JsonText writes what QJsonDocument::toJson(Compact) writes, byte for byte: the first-sync
// pages and the replica's JSON columns rely on it to stay in the shape everyone parses.
#include "storage/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <limits>

using namespace Qt::StringLiterals;
using sd::storage::JsonText;

class TestJsonText : public QObject
{
    Q_OBJECT

private slots:
    void writesWhatQtWrites_data();
    void writesWhatQtWrites();
    void leavesOutOneMember();
    void writesUtf8AsItsText_data();
    void writesUtf8AsItsText();
};

void TestJsonText::writesWhatQtWrites_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addRow("empty object") << QJsonValue(QJsonObject());
    QTest::addRow("empty array") << QJsonValue(QJsonArray());
    QTest::addRow("null, booleans") << QJsonValue(QJsonArray{QJsonValue(), true, false});
    QTest::addRow("plain text") << QJsonValue(u"Invoice printing hangs"_s);
    QTest::addRow("empty text") << QJsonValue(QString());
    QTest::addRow("escapes") << QJsonValue(u"quote \" backslash \\ slash / tab\tnew\nline\r"_s);
    QTest::addRow("control characters")
        << QJsonValue(QString::fromUtf16(u"\u0001\u0008\u000c\u001f\u007f end"));
    QTest::addRow("Cyrillic and ё") << QJsonValue(u"Не печатается счёт-фактура «срочно»"_s);
    QTest::addRow("outside the BMP, line separator")
        << QJsonValue(QString::fromUtf16(u"printer \U0001F5A8 \u2028 \u2029 \uFEFF"));
    QTest::addRow("lone surrogates")
        << QJsonValue(QString(QChar(0xD800)) + u"x\"🖨"_s + QChar(0xDC00) + QChar(0xD83D));
    QTest::addRow("integers") << QJsonValue(QJsonArray{0, -1, 42, qint64(1) << 53,
                                                       std::numeric_limits<qint64>::max(),
                                                       std::numeric_limits<qint64>::min()});
    QTest::addRow("doubles") << QJsonValue(
        QJsonArray{0.1, -2.5, 1e300, 3.0, 1e15, 4611686018427387904.0, -0.0, 1e-7});
    QTest::addRow("not finite") << QJsonValue(QJsonArray{std::numeric_limits<double>::infinity(),
                                                         std::numeric_limits<double>::quiet_NaN()});
    QTest::addRow("nested") << QJsonValue(QJsonObject{
        {u"id"_s, 7},
        {u"queue"_s, QJsonObject{{u"id"_s, 1}, {u"name"_s, u"Support"_s}}},
        {u"links"_s, QJsonArray{QJsonObject{{u"kind"_s, u"related_to"_s}}, QJsonArray{}}},
        {u"assignee"_s, QJsonValue::Null},
        {u"ключ"_s, u"значение"_s},
        {u"A upper"_s, 1}});
}

void TestJsonText::writesWhatQtWrites()
{
    QFETCH(QJsonValue, value);
    const QJsonObject wrapped{{u"value"_s, value}};
    QByteArray written;
    JsonText::appendObject(written, wrapped);
    QCOMPARE(written, QJsonDocument(wrapped).toJson(QJsonDocument::Compact));
    QByteArray single;
    JsonText::appendValue(single, value);
    QCOMPARE(u"{\"value\":"_s + QString::fromUtf8(single) + u'}', QString::fromUtf8(written));
}

void TestJsonText::leavesOutOneMember()
{
    const QJsonObject ticket{{u"id"_s, 3},
                             {u"messages"_s, QJsonArray{QJsonObject{{u"id"_s, 9}}}},
                             {u"subject"_s, u"Отчёт"_s}};
    QByteArray written;
    JsonText::appendObject(written, ticket, u"messages");
    QJsonObject expected = ticket;
    expected.remove(u"messages"_s);
    QCOMPARE(written, QJsonDocument(expected).toJson(QJsonDocument::Compact));
    written.clear();
    JsonText::appendObject(written, ticket, u"absent");
    QCOMPARE(written, QJsonDocument(ticket).toJson(QJsonDocument::Compact));
}

void TestJsonText::writesUtf8AsItsText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << QString();
    QTest::addRow("plain") << u"Invoice printing hangs"_s;
    QTest::addRow("escapes") << u"quote \" backslash \\ slash / tab\tnew\nline\r"_s;
    QTest::addRow("control characters")
        << QString::fromUtf16(u"\u0001\u0008\u000c\u001f\u007f end");
    QTest::addRow("Cyrillic, outside the BMP")
        << QString::fromUtf16(u"Не печатается «счёт» \U0001F5A8 \u2028");
    QTest::addRow("long, escapes past sixteen bytes")
        << u"<p class=\"x\">0123456789abcdefghijklmnopqrstuvwxyz\n\"ёж\"</p>"_s;
}

// For valid UTF-8, the bytes appendString writes for its text.
void TestJsonText::writesUtf8AsItsText()
{
    QFETCH(QString, text);
    QByteArray expected;
    JsonText::appendString(expected, text);
    QByteArray written("x");
    JsonText::appendUtf8String(written, text.toUtf8());
    QCOMPARE(written, "x" + expected);
    const QByteArray utf8 = text.toUtf8();
    for (qsizetype from = 0; from <= utf8.size(); ++from) {
        qsizetype first = from;
        while (first < utf8.size() && uchar(utf8[first]) >= 0x20 && utf8[first] != '"' &&
               utf8[first] != '\\')
            ++first;
        QCOMPARE(JsonText::specialByte(utf8, from), first);
    }
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "testjsontext.moc"
