#include "core/placeholders.h"

#include <QtTest>

using namespace sd::core;
using namespace Qt::StringLiterals;

class TestPlaceholders : public QObject
{
    Q_OBJECT

private slots:
    void render_data();
    void render();
};

void TestPlaceholders::render_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("html");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("missing");

    // The same values for every row: see render().
    QTest::newRow("all three") << u"{{customer.name}}, заявка {{ticket.number}}. {{agent.name}}"_s
                               << false << u"Мария Петрова, заявка SD-2026-000123. Иван Соколов"_s
                               << QStringList();
    QTest::newRow("blanks inside braces")
        << u"Здравствуйте, {{ customer.name }}!{{\tticket.number\n}}"_s << false
        << u"Здравствуйте, Мария Петрова!SD-2026-000123"_s << QStringList();
    QTest::newRow("no placeholders")
        << u"Спасибо за обращение."_s << false << u"Спасибо за обращение."_s << QStringList();
    QTest::newRow("empty text") << QString() << false << QString() << QStringList();
    QTest::newRow("unknown stays and is reported")
        << u"Договор {{contract.number}} от {{ contract.date }}, {{contract.number}}"_s << false
        << u"Договор {{contract.number}} от {{ contract.date }}, {{contract.number}}"_s
        << QStringList{u"contract.number"_s, u"contract.date"_s};
    QTest::newRow("empty value counts as missing")
        << u"Организация: {{organisation.name}}"_s << false
        << u"Организация: {{organisation.name}}"_s << QStringList{u"organisation.name"_s};
    QTest::newRow("names are exact") << u"{{Customer.Name}}"_s << false << u"{{Customer.Name}}"_s
                                     << QStringList{u"Customer.Name"_s};
    QTest::newRow("single braces are text") << u"{customer.name} и {{}} и {{ }}"_s << false
                                            << u"{customer.name} и {{}} и {{ }}"_s << QStringList();
    QTest::newRow("blank inside a name is no placeholder")
        << u"{{customer name}}"_s << false << u"{{customer name}}"_s << QStringList();
    QTest::newRow("triple braces keep the outer ones")
        << u"{{{agent.name}}}"_s << false << u"{Иван Соколов}"_s << QStringList();
    QTest::newRow("adjacent") << u"{{agent.name}}{{agent.name}}"_s << false
                              << u"Иван СоколовИван Соколов"_s << QStringList();
    QTest::newRow("plain text is not escaped")
        << u"{{company}}"_s << false << u"Smith & <Sons>"_s << QStringList();
    QTest::newRow("html escapes values")
        << u"<p>Для {{company}}: <b>{{ticket.number}}</b></p>"_s << true
        << u"<p>Для Smith &amp; &lt;Sons&gt;: <b>SD-2026-000123</b></p>"_s << QStringList();
    QTest::newRow("html keeps quotes safe")
        << u"<a title=\"{{quoted}}\">x</a>"_s << true << u"<a title=\"&quot;hi&quot;\">x</a>"_s
        << QStringList();
    QTest::newRow("html missing stays")
        << u"<p>{{customer.phone}}</p>"_s << true << u"<p>{{customer.phone}}</p>"_s
        << QStringList{u"customer.phone"_s};
}

void TestPlaceholders::render()
{
    QFETCH(QString, text);
    QFETCH(bool, html);
    QFETCH(QString, expected);
    QFETCH(QStringList, missing);
    const QHash<QString, QString> values{
        {QString(Placeholders::TicketNumber), u"SD-2026-000123"_s},
        {QString(Placeholders::CustomerName), u"Мария Петрова"_s},
        {QString(Placeholders::AgentName), u"Иван Соколов"_s},
        {u"company"_s, u"Smith & <Sons>"_s},
        {u"quoted"_s, u"\"hi\""_s},
        {u"organisation.name"_s, QString()},
    };
    const Placeholders::Result result = Placeholders::render(
        text, values, html ? Placeholders::Format::Html : Placeholders::Format::PlainText);
    QCOMPARE(result.text, expected);
    QCOMPARE(result.missing, missing);
}

QTEST_GUILESS_MAIN(TestPlaceholders)
#include "testplaceholders.moc"
