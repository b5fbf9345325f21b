#include "core/subjecttag.h"

#include <QtTest>

using namespace sd::core;
using namespace Qt::StringLiterals;

namespace {

TicketNumber number(const QString &text)
{
    const std::optional<TicketNumber> parsed = TicketNumber::parse(text);
    if (!parsed)
        qFatal("bad ticket number in test data: %s", qPrintable(text));
    return *parsed;
}

} // namespace

class TestSubjectTag : public QObject
{
    Q_OBJECT

private slots:
    void format();
    void findInSubject_data();
    void findInSubject();
    void stripReplyPrefixes_data();
    void stripReplyPrefixes();
    void tagSubject_data();
    void tagSubject();
};

void TestSubjectTag::format()
{
    QCOMPARE(SubjectTag::format(number(u"SD-2026-000123"_s)), u"[SD-2026-000123]"_s);
    QCOMPARE(SubjectTag::format(number(u"SD-2026-1234567"_s)), u"[SD-2026-1234567]"_s);
    QCOMPARE(SubjectTag::format(TicketNumber()), QString());
}

void TestSubjectTag::findInSubject_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("expected"); // empty: no tag of ours

    const QString sd = u"SD"_s;
    const QString n123 = u"SD-2026-000123"_s;
    QTest::newRow("tag first") << u"[SD-2026-000123] Ошибка при импорте"_s << sd << n123;
    QTest::newRow("re") << u"Re: [SD-2026-000123] Ошибка"_s << sd << n123;
    QTest::newRow("re re fwd") << u"RE: RE: Fwd: [SD-2026-000123] Ошибка"_s << sd << n123;
    QTest::newRow("counted reply") << u"Re[2]: [SD-2026-000123] Ошибка"_s << sd << n123;
    QTest::newRow("german") << u"AW: WG: [SD-2026-000123] Rechnung fehlt"_s << sd << n123;
    QTest::newRow("russian prefixes")
        << u"Ответ: Пересл: [SD-2026-000123] Не печатает"_s << sd << n123;
    QTest::newRow("tag at the end")
        << u"Отв: Переслать: Не печатает [SD-2026-000123]"_s << sd << n123;
    QTest::newRow("jira tag before") << u"[JIRA-123] [SD-2026-000123] build fails"_s << sd << n123;
    QTest::newRow("otrs tag before") << u"[Ticket#2023] Re: [SD-2026-000123] x"_s << sd << n123;
    QTest::newRow("adjacent tags")
        << u"FW: [JIRA-123][SD-2027-000001]"_s << sd << u"SD-2027-000001"_s;
    QTest::newRow("only otrs") << u"[OTRS #123] Re: printing"_s << sd << QString();
    QTest::newRow("only ticket#") << u"[Ticket#2023012345] Re: printing"_s << sd << QString();
    QTest::newRow("placeholder") << u"[SD-X] something"_s << sd << QString();
    QTest::newRow("other prefix") << u"[HELP-2026-000123] printing"_s << sd << QString();
    QTest::newRow("other prefix configured")
        << u"[HELP-2026-000123] printing"_s << u"HELP"_s << u"HELP-2026-000123"_s;
    QTest::newRow("longer prefix") << u"[SDX-2026-000123] printing"_s << sd << QString();
    QTest::newRow("prefix inside a word") << u"[XSD-2026-000123] printing"_s << sd << QString();
    QTest::newRow("several: first wins")
        << u"[SD-2026-000123] and [SD-2026-000999]"_s << sd << n123;
    QTest::newRow("several after re")
        << u"Re: [SD-2026-000999] was [SD-2026-000123]"_s << sd << u"SD-2026-000999"_s;
    QTest::newRow("no brackets") << u"SD-2026-000123 still broken"_s << sd << QString();
    QTest::newRow("lower case") << u"re: [sd-2026-000123] x"_s << sd << n123;
    QTest::newRow("lower case prefix asked") << u"[SD-2026-000123] x"_s << u"sd"_s << n123;
    QTest::newRow("blanks inside") << u"[ SD-2026-000123 ] x"_s << sd << n123;
    QTest::newRow("double brackets") << u"[[SD-2026-000123]] x"_s << sd << n123;
    QTest::newRow("wide number") << u"[SD-2026-1234567] x"_s << sd << u"SD-2026-1234567"_s;
    QTest::newRow("short year") << u"[SD-26-000123] x"_s << sd << QString();
    QTest::newRow("suffix") << u"[SD-2026-000123-2] x"_s << sd << QString();
    QTest::newRow("extra words") << u"[SD-2026-000123 extra] x"_s << sd << QString();
    QTest::newRow("sequence zero") << u"[SD-2026-000000] x"_s << sd << QString();
    QTest::newRow("unclosed") << u"Re: [SD-2026-000123 x"_s << sd << QString();
    QTest::newRow("unclosed then ours") << u"[oops [SD-2026-000123]"_s << sd << n123;
    QTest::newRow("empty") << QString() << sd << QString();
}

void TestSubjectTag::findInSubject()
{
    QFETCH(QString, subject);
    QFETCH(QString, prefix);
    QFETCH(QString, expected);

    const std::optional<TicketNumber> found = SubjectTag::findInSubject(subject, prefix);
    QCOMPARE(found.has_value(), !expected.isEmpty());
    if (found)
        QCOMPARE(found->toString(), expected);
}

void TestSubjectTag::stripReplyPrefixes_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("expected");

    QTest::newRow("re") << u"Re: Help with import"_s << u"Help with import"_s;
    QTest::newRow("stacked") << u"RE: RE: Re: x"_s << u"x"_s;
    QTest::newRow("counted") << u"Re[2]: x"_s << u"x"_s;
    QTest::newRow("counted parentheses") << u"Re(3): x"_s << u"x"_s;
    QTest::newRow("counted forward") << u"Fwd[2]: x"_s << u"x"_s;
    QTest::newRow("forwards") << u"Fwd: FW: x"_s << u"x"_s;
    QTest::newRow("german") << u"AW: WG: x"_s << u"x"_s;
    QTest::newRow("nordic") << u"SV: x"_s << u"x"_s;
    QTest::newRow("dutch") << u"Antw: x"_s << u"x"_s;
    QTest::newRow("russian") << u"Ответ: x"_s << u"x"_s;
    QTest::newRow("russian short") << u"Отв: Пересл: x"_s << u"x"_s;
    QTest::newRow("russian forward") << u"Переслать: x"_s << u"x"_s;
    QTest::newRow("french blank before colon") << u"RE : x"_s << u"x"_s;
    QTest::newRow("no blank after colon") << u"Re:x"_s << u"x"_s;
    QTest::newRow("lower case") << u"re: fwd: x"_s << u"x"_s;
    QTest::newRow("blanks around") << u"  Re:  x  "_s << u"x"_s;
    QTest::newRow("marker alone") << u"Re:"_s << QString();
    QTest::newRow("word starting with re") << u"Reactor: failure"_s << u"Reactor: failure"_s;
    QTest::newRow("regarding") << u"Regarding import"_s << u"Regarding import"_s;
    QTest::newRow("marker later") << u"Import Re: x"_s << u"Import Re: x"_s;
    QTest::newRow("after a tag") << u"[SD-2026-000123] Re: x"_s << u"[SD-2026-000123] Re: x"_s;
    QTest::newRow("nothing to strip") << u"Не печатает счёт"_s << u"Не печатает счёт"_s;
}

void TestSubjectTag::stripReplyPrefixes()
{
    QFETCH(QString, subject);
    QFETCH(QString, expected);

    QCOMPARE(SubjectTag::stripReplyPrefixes(subject), expected);
}

void TestSubjectTag::tagSubject_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("expected");

    const QString n123 = u"SD-2026-000123"_s;
    QTest::newRow("plain") << u"Ошибка при импорте"_s << n123
                           << u"[SD-2026-000123] Ошибка при импорте"_s;
    QTest::newRow("already tagged")
        << u"[SD-2026-000123] Ошибка"_s << n123 << u"[SD-2026-000123] Ошибка"_s;
    QTest::newRow("reply already tagged")
        << u"Re: [SD-2026-000123] Ошибка"_s << n123 << u"Re: [SD-2026-000123] Ошибка"_s;
    QTest::newRow("tagged in lower case")
        << u"Re: [sd-2026-000123] x"_s << n123 << u"Re: [sd-2026-000123] x"_s;
    QTest::newRow("reply") << u"Re: Ошибка"_s << n123 << u"Re: [SD-2026-000123] Ошибка"_s;
    QTest::newRow("stacked replies") << u"RE: Fwd: x"_s << n123 << u"RE: Fwd: [SD-2026-000123] x"_s;
    QTest::newRow("empty") << QString() << n123 << u"[SD-2026-000123]"_s;
    QTest::newRow("no blank after marker") << u"Re:x"_s << n123 << u"Re: [SD-2026-000123] x"_s;
    QTest::newRow("reply marker only") << u"Re:"_s << n123 << u"Re: [SD-2026-000123]"_s;
    QTest::newRow("foreign tag") << u"Re: [JIRA-5] x"_s << n123
                                 << u"Re: [SD-2026-000123] [JIRA-5] x"_s;
    QTest::newRow("another of ours")
        << u"[SD-2026-000999] old"_s << n123 << u"[SD-2026-000123] [SD-2026-000999] old"_s;
    QTest::newRow("other prefix") << u"[HELP-2026-000123] x"_s << n123
                                  << u"[SD-2026-000123] [HELP-2026-000123] x"_s;
}

void TestSubjectTag::tagSubject()
{
    QFETCH(QString, subject);
    QFETCH(QString, number);
    QFETCH(QString, expected);

    const TicketNumber ticket = ::number(number);
    const QString tagged = SubjectTag::tagSubject(subject, ticket);
    QCOMPARE(tagged, expected);
    QCOMPARE(SubjectTag::tagSubject(tagged, ticket), tagged);
    QCOMPARE(SubjectTag::findInSubject(tagged, ticket.prefix()), ticket);
    // A reply to our own mail keeps one tag.
    const QString reply = u"Re: "_s + tagged;
    QCOMPARE(SubjectTag::tagSubject(reply, ticket), reply);
}

QTEST_GUILESS_MAIN(TestSubjectTag)
#include "testsubjecttag.moc"
