// JsonScanner: reads what QJsonDocument reads, refuses what it refuses, and unescapes strings
// to the same text, without building a document.
#include "client/jsonscanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using sd::client::JsonScanner;

class TestJsonScanner : public QObject
{
    Q_OBJECT

private slots:
    void followsTheGrammar_data();
    void followsTheGrammar();
    void unescapesLikeQt_data();
    void unescapesLikeQt();
    void readsMembersAndIntegers();
    void integers_data();
    void integers();
    void depthIsBounded();
};

// RFC 8259's grammar, which the server writes; QJsonDocument is more lenient (raw tabs in
// strings, ".5"), so it is the oracle only for what is valid.
void TestJsonScanner::followsTheGrammar_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    const auto valid = [](const char *name, const char *json) {
        QTest::addRow("%s", name) << QByteArray(json) << true;
    };
    valid("object", R"({"a":1,"b":[true,false,null],"c":{"d":"e"}})");
    valid("white space", " {\n\t\"a\" : [ 1 , 2 ] ,\r\n \"b\" : { } } ");
    valid("empty containers", R"({"a":[],"b":{},"c":[[],{}]})");
    valid("numbers", R"([0,-0,12,-3.5,1e10,2E-3,1.25e+2])");
    valid("escapes", R"(["\"\\\/\b\f\n\r\t","\u0041\u00e9\u4e2d","\ud83d\udda8"])");
    valid("long string", "[\"0123456789abcdefghijklmnopqrstuvwxyz\\\"0123456789\"]");
    valid("utf-8", "{\"счёт\":\"Не печатается 🖨\"}");
    const auto invalid = [](const char *name, const char *json) {
        QTest::addRow("bad: %s", name) << QByteArray(json) << false;
    };
    invalid("trailing comma in object", R"({"a":1,})");
    invalid("trailing comma in array", R"([1,2,])");
    invalid("leading comma", R"([,1])");
    invalid("missing comma", R"({"a":1 "b":2})");
    invalid("missing colon", R"({"a" 1})");
    invalid("unterminated string", R"(["abc)");
    invalid("control character in string", "[\"a\tb\"]");
    invalid("bad escape", R"(["\x41"])");
    invalid("short unicode escape", R"(["\u12"])");
    invalid("leading zero", R"([01])");
    invalid("bare fraction", R"([.5])");
    invalid("no exponent digits", R"([1e])");
    invalid("bad literal", R"([tru])");
    invalid("unclosed object", R"({"a":{"b":1})");
    invalid("unclosed array", R"([1,[2])");
    invalid("key not a string", R"({a:1})");
    invalid("mismatched closer", R"([1})");
}

void TestJsonScanner::followsTheGrammar()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    JsonScanner scanner(json);
    const bool skipped = scanner.skipValue() && scanner.atEnd();
    QCOMPARE(skipped, valid);
    if (valid) {
        QVERIFY(!scanner.failed());
        QJsonParseError error;
        QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }
}

void TestJsonScanner::unescapesLikeQt_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addRow("plain") << QByteArray(R"("Invoice printing hangs")");
    QTest::addRow("short escapes") << QByteArray(R"("a\"b\\c\/d\be\ff\ng\rh\ti")");
    QTest::addRow("two-byte") << QByteArray(R"("caf\u00e9")");
    QTest::addRow("three-byte") << QByteArray(R"("\u0441\u0447\u0451\u0442")");
    QTest::addRow("surrogate pair") << QByteArray(R"("\ud83d\udda8 printer")");
    QTest::addRow("control") << QByteArray(R"("\u0001\u001f")");
    QTest::addRow("raw utf-8 beside escapes") << QByteArray("\"счёт \\\"№1\\\"\"");
}

void TestJsonScanner::unescapesLikeQt()
{
    QFETCH(QByteArray, literal);
    const QString expected = QJsonDocument::fromJson("[" + literal + "]").array().at(0).toString();
    JsonScanner scanner(literal);
    JsonScanner::String string;
    QVERIFY(scanner.readString(&string));
    const QByteArray value =
        string.escaped ? JsonScanner::unescaped(string.raw) : string.raw.toByteArray();
    QCOMPARE(QString::fromUtf8(value), expected);
    QCOMPARE(string.escaped, literal.contains('\\'));
}

void TestJsonScanner::readsMembersAndIntegers()
{
    const QByteArray json = R"({"id":42,"n\u0061me":"x","skip":{"deep":[1,{"a":null}]},"v":-7})";
    JsonScanner scanner(json);
    QVERIFY(scanner.beginObject());
    QStringList keys;
    qint64 id = 0;
    qint64 v = 0;
    JsonScanner::String key;
    while (scanner.nextMember(&key)) {
        keys << QString::fromUtf8(key.escaped ? JsonScanner::unescaped(key.raw)
                                              : key.raw.toByteArray());
        if (JsonScanner::keyIs(key, "id"))
            QVERIFY(scanner.readInteger(&id));
        else if (JsonScanner::keyIs(key, "v"))
            QVERIFY(scanner.readInteger(&v));
        else
            QVERIFY(scanner.skipValue());
    }
    QVERIFY(!scanner.failed());
    QVERIFY(scanner.atEnd());
    QCOMPARE(keys, QStringList({u"id"_s, u"name"_s, u"skip"_s, u"v"_s}));
    QCOMPARE(id, 42);
    QCOMPARE(v, -7);
}

void TestJsonScanner::integers_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("value");
    QTest::addRow("zero") << QByteArray("0") << true << qint64(0);
    QTest::addRow("largest") << QByteArray("9223372036854775807") << true
                             << std::numeric_limits<qint64>::max();
    QTest::addRow("whole double") << QByteArray("5.0") << true << qint64(5);
    QTest::addRow("exponent") << QByteArray("1e3") << true << qint64(1000);
    QTest::addRow("fraction") << QByteArray("2.5") << false << qint64(0);
    QTest::addRow("string") << QByteArray("\"5\"") << false << qint64(0);
}

void TestJsonScanner::integers()
{
    QFETCH(QByteArray, number);
    QFETCH(bool, ok);
    QFETCH(qint64, value);
    JsonScanner scanner(number);
    qint64 read = 0;
    QCOMPARE(scanner.readInteger(&read), ok);
    if (ok)
        QCOMPARE(read, value);
}

void TestJsonScanner::depthIsBounded()
{
    const int depth = JsonScanner::MaxDepth;
    const QByteArray fits = QByteArray(depth, '[') + QByteArray(depth, ']');
    JsonScanner shallow(fits);
    QVERIFY(shallow.skipValue());
    const QByteArray deep = QByteArray(depth + 1, '[') + QByteArray(depth + 1, ']');
    JsonScanner tooDeep(deep);
    QVERIFY(!tooDeep.skipValue());
    QVERIFY(tooDeep.failed());
}

QTEST_GUILESS_MAIN(TestJsonScanner)
#include "testjsonscanner.moc"
