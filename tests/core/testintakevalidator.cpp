#include "core/intakevalidator.h"

#include <QtTest>

using namespace sd::core;
using namespace Qt::StringLiterals;

namespace {

using Field = IntakeValidator::Field;

// An incident with every fact the regulations ask for.
Ticket completeIncident()
{
    Ticket ticket;
    ticket.category = Category::Incident;
    ticket.subject = u"Ошибка 0x80070005 при импорте прайс-листа"_s;
    ticket.description = u"При импорте прайс-листа из Excel появляется ошибка доступа."_s;
    ticket.stepsToReproduce = u"1. Файл > Импорт. 2. Выбрать price.xlsx. 3. Нажать ОК."_s;
    ticket.product = u"Наполеон"_s;
    ticket.productVersion = u"5.2.1 build 1234"_s;
    ticket.os = u"Windows 11 23H2"_s;
    ticket.affectedUsers = 12;
    ticket.projectCode = u"NAP-0042"_s;
    return ticket;
}

QStringList fieldsOf(const QList<IntakeIssue> &issues)
{
    QStringList fields;
    for (const IntakeIssue &issue : issues)
        fields.append(issue.field);
    return fields;
}

QStringList codesOf(const QList<IntakeIssue> &issues)
{
    QStringList codes;
    for (const IntakeIssue &issue : issues)
        codes.append(issue.code);
    return codes;
}

QStringList wireNames(const QList<Field> &fields)
{
    QStringList names;
    for (Field field : fields)
        names.append(toString(field));
    return names;
}

} // namespace

class TestIntakeValidator : public QObject
{
    Q_OBJECT

private slots:
    void subject_data();
    void subject();
    void defaultRequiredFields_data();
    void defaultRequiredFields();
    void missingFields_data();
    void missingFields();
    void completeIncidentPasses();
    void projectCodeOnFirstContact_data();
    void projectCodeOnFirstContact();
    void exactVersion_data();
    void exactVersion();
    void fieldValues_data();
    void fieldValues();
    void configuredTable();
};

void TestIntakeValidator::subject_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("code"); // empty: accepted

    const QString generic = u"generic_subject"_s;
    const QString ok;
    QTest::newRow("empty") << QString() << u"required"_s;
    QTest::newRow("blanks") << u"   \t"_s << u"required"_s;

    const QStringList genericSubjects{
        u"Вопрос"_s,
        u"вопрос"_s,
        u"ВОПРОС!!!"_s,
        u"Помогите"_s,
        u"Помогите!!! Срочно!"_s,
        u"Помогите, пожалуйста"_s,
        u"Проблема"_s,
        u"Проблема с программой"_s,
        u"Срочно"_s,
        u"СРОЧНО!!!"_s,
        u"Ошибка"_s,
        u"Ошибка!"_s,
        u"Сбой"_s,
        u"Здравствуйте!"_s,
        u"Добрый день!"_s,
        u"Вопрос по программе"_s,
        u"Вопрос 2"_s,
        u"Срочно!!! Не работает!!!"_s,
        u"Ничего не работает"_s,
        u"Всё сломалось"_s,
        u"Без темы"_s,
        u"Заявка в техподдержку"_s,
        u"Help"_s,
        u"HELP!!!"_s,
        u"help me"_s,
        u"H.E.L.P"_s,
        u"Help please"_s,
        u"Question?"_s,
        u"Urgent"_s,
        u"URGENT: problem"_s,
        u"Problem"_s,
        u"Error"_s,
        u"Issue"_s,
        u"Support"_s,
        u"Support request"_s,
        u"Hi"_s,
        u"Hello team"_s,
        u"Question about the program"_s,
        u"Not working"_s,
        u"It doesn't work"_s,
        u"Re:"_s,
        u"RE: Re:"_s,
        u"Re: Вопрос"_s,
        u"Fwd: Помогите"_s,
        u"???"_s,
        u"!!!"_s,
        u"..."_s,
        u"-"_s,
    };
    for (const QString &subject : genericSubjects)
        QTest::addRow("generic: %s", qPrintable(subject)) << subject << generic;

    QTest::newRow("one word") << u"Печать"_s << u"subject_too_short"_s;
    QTest::newRow("one word, punctuation") << u"Импорт!!!"_s << u"subject_too_short"_s;
    QTest::newRow("one code") << u"0x80070005"_s << u"subject_too_short"_s;

    const QStringList specificSubjects{
        u"Ошибка 0x80070005 при импорте"_s,
        u"Ошибка 0x80070005"_s,
        u"Не печатает"_s,
        u"Не работает печать счетов"_s,
        u"Зависает при открытии отчёта"_s,
        u"1С не видит базу"_s,
        u"Ошибка 404 на портале"_s,
        u"Re: Ошибка при импорте"_s,
        u"СРОЧНО: не проходит синхронизация"_s,
        u"Import of price list fails"_s,
        u"Login issue"_s,
        u"Cannot login after update to 5.2"_s,
        u"Help: export to Excel loses formatting"_s,
        u"Doesn't start after update"_s,
        u"AcePacer: не приходят уведомления"_s,
    };
    for (const QString &subject : specificSubjects)
        QTest::addRow("specific: %s", qPrintable(subject)) << subject << ok;
}

void TestIntakeValidator::subject()
{
    QFETCH(QString, subject);
    QFETCH(QString, code);

    const std::optional<IntakeIssue> issue = IntakeValidator::checkSubject(subject);
    QCOMPARE(issue.has_value(), !code.isEmpty());
    if (issue) {
        QCOMPARE(issue->field, u"subject"_s);
        QCOMPARE(issue->code, code);
        QVERIFY(!issue->message.isEmpty());
    }

    // validate() reports the same for an otherwise complete request.
    Ticket ticket = completeIncident();
    ticket.subject = subject;
    const QList<IntakeIssue> issues = IntakeValidator().validate(ticket, {});
    QCOMPARE(codesOf(issues), code.isEmpty() ? QStringList() : QStringList{code});
}

void TestIntakeValidator::defaultRequiredFields_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("incident") << u"incident"_s
                              << QStringList{u"description"_s, u"product"_s, u"product_version"_s,
                                             u"os"_s,          u"steps"_s,   u"affected_users"_s};
    QTest::newRow("question") << u"question"_s << QStringList{u"description"_s, u"product"_s};
    QTest::newRow("consultation") << u"consultation"_s
                                  << QStringList{u"description"_s, u"product"_s};
    QTest::newRow("feature_request")
        << u"feature_request"_s << QStringList{u"description"_s, u"product"_s};
}

void TestIntakeValidator::defaultRequiredFields()
{
    QFETCH(QString, category);
    QFETCH(QStringList, fields);

    const Category value = *fromString<Category>(category);
    QCOMPARE(wireNames(IntakeValidator::defaultRequiredFields(value)), fields);
    QCOMPARE(wireNames(IntakeValidator().requiredFields(value)), fields);
}

// A request with only a good subject: every required field is reported, in form order.
void TestIntakeValidator::missingFields_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("incident") << u"incident"_s
                              << QStringList{u"description"_s, u"product"_s, u"product_version"_s,
                                             u"os"_s,          u"steps"_s,   u"affected_users"_s};
    QTest::newRow("question") << u"question"_s << QStringList{u"description"_s, u"product"_s};
    QTest::newRow("consultation") << u"consultation"_s
                                  << QStringList{u"description"_s, u"product"_s};
    QTest::newRow("feature_request")
        << u"feature_request"_s << QStringList{u"description"_s, u"product"_s};
}

void TestIntakeValidator::missingFields()
{
    QFETCH(QString, category);
    QFETCH(QStringList, fields);

    Ticket ticket;
    ticket.category = *fromString<Category>(category);
    ticket.subject = u"Не проходит синхронизация с сервером"_s;
    const QList<IntakeIssue> issues = IntakeValidator().validate(ticket, {});
    QCOMPARE(fieldsOf(issues), fields);
    for (const IntakeIssue &issue : issues) {
        QCOMPARE(issue.code, u"required"_s);
        QVERIFY(!issue.message.isEmpty());
    }
}

void TestIntakeValidator::completeIncidentPasses()
{
    const IntakeValidator validator;
    QVERIFY(validator.validate(completeIncident(), {}).isEmpty());
    QVERIFY(validator.validate(completeIncident(), {true, 0}).isEmpty());
}

void TestIntakeValidator::projectCodeOnFirstContact_data()
{
    QTest::addColumn<bool>("firstContact");
    QTest::addColumn<QString>("projectCode");
    QTest::addColumn<QStringList>("codes");

    QTest::newRow("first contact without code") << true << QString() << QStringList{u"required"_s};
    QTest::newRow("first contact, placeholder") << true << u"—"_s << QStringList{u"required"_s};
    QTest::newRow("first contact with code") << true << u"NAP-0042"_s << QStringList{};
    QTest::newRow("first contact with contract") << true << u"Договор № 17/2025"_s << QStringList{};
    QTest::newRow("known customer without code") << false << QString() << QStringList{};
}

void TestIntakeValidator::projectCodeOnFirstContact()
{
    QFETCH(bool, firstContact);
    QFETCH(QString, projectCode);
    QFETCH(QStringList, codes);

    Ticket ticket = completeIncident();
    ticket.projectCode = projectCode;
    IntakeValidator::Context context;
    context.firstContact = firstContact;
    const QList<IntakeIssue> issues = IntakeValidator().validate(ticket, context);
    QCOMPARE(codesOf(issues), codes);
    if (!issues.isEmpty())
        QCOMPARE(issues.first().field, u"project_code"_s);
}

void TestIntakeValidator::exactVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("exact");

    QTest::newRow("major.minor") << u"5.2"_s << true;
    QTest::newRow("with build") << u"5.2.1 build 1234"_s << true;
    QTest::newRow("prefixed, suffixed") << u"v12.0.3-beta"_s << true;
    QTest::newRow("year based") << u"2023.1"_s << true;
    QTest::newRow("build only") << u"build 4567"_s << true;
    QTest::newRow("russian build") << u"сборка 1234"_s << true;
    QTest::newRow("build with hash") << u"Build #88"_s << true;
    QTest::newRow("words and number") << u"последняя, 5.3"_s << true;
    QTest::newRow("latest") << u"latest"_s << false;
    QTest::newRow("russian latest") << u"последняя"_s << false;
    QTest::newRow("russian new") << u"новая версия"_s << false;
    QTest::newRow("major only") << u"5"_s << false;
    QTest::newRow("v and major") << u"v5"_s << false;
    QTest::newRow("trailing dot") << u"5."_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestIntakeValidator::exactVersion()
{
    QFETCH(QString, version);
    QFETCH(bool, exact);

    QCOMPARE(IntakeValidator::isExactVersion(version), exact);
}

// Values that are given but wrong, for a required field (incident) and an optional one
// (question).
void TestIntakeValidator::fieldValues_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code"); // empty: accepted

    const QString ok;
    QTest::newRow("incident version latest")
        << u"incident"_s << u"product_version"_s << u"latest"_s << u"inexact_version"_s;
    QTest::newRow("incident version blank")
        << u"incident"_s << u"product_version"_s << u"  "_s << u"required"_s;
    QTest::newRow("question version latest")
        << u"question"_s << u"product_version"_s << u"последняя"_s << u"inexact_version"_s;
    QTest::newRow("question version exact")
        << u"question"_s << u"product_version"_s << u"5.2"_s << ok;
    QTest::newRow("question version absent")
        << u"question"_s << u"product_version"_s << QString() << ok;
    QTest::newRow("incident no users")
        << u"incident"_s << u"affected_users"_s << u"0"_s << u"required"_s;
    QTest::newRow("incident one user") << u"incident"_s << u"affected_users"_s << u"1"_s << ok;
    QTest::newRow("incident negative users")
        << u"incident"_s << u"affected_users"_s << u"-3"_s << u"out_of_range"_s;
    QTest::newRow("question negative users")
        << u"question"_s << u"affected_users"_s << u"-1"_s << u"out_of_range"_s;
    QTest::newRow("question no users") << u"question"_s << u"affected_users"_s << u"0"_s << ok;
    QTest::newRow("description dash")
        << u"question"_s << u"description"_s << u"-"_s << u"required"_s;
    QTest::newRow("os question marks") << u"incident"_s << u"os"_s << u"???"_s << u"required"_s;
    QTest::newRow("os absent for question") << u"question"_s << u"os"_s << QString() << ok;
    QTest::newRow("steps blank") << u"incident"_s << u"steps"_s << u"\n\n"_s << u"required"_s;
    QTest::newRow("product blank")
        << u"feature_request"_s << u"product"_s << QString() << u"required"_s;
}

void TestIntakeValidator::fieldValues()
{
    QFETCH(QString, category);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, code);

    Ticket ticket = completeIncident();
    ticket.category = *fromString<Category>(category);
    switch (*fromString<Field>(field)) {
    case Field::Description:
        ticket.description = value;
        break;
    case Field::ProductVersion:
        ticket.productVersion = value;
        break;
    case Field::Os:
        ticket.os = value;
        break;
    case Field::Steps:
        ticket.stepsToReproduce = value;
        break;
    case Field::AffectedUsers:
        ticket.affectedUsers = value.toInt();
        break;
    case Field::Product:
        ticket.product = value;
        break;
    case Field::ProjectCode:
    case Field::Attachments:
        QFAIL("not a column of this test");
    }
    const QList<IntakeIssue> issues = IntakeValidator().validate(ticket, {});
    QCOMPARE(codesOf(issues), code.isEmpty() ? QStringList() : QStringList{code});
    if (!issues.isEmpty()) {
        QCOMPARE(issues.first().field, field);
        QVERIFY(!issues.first().message.isEmpty());
    }
}

void TestIntakeValidator::configuredTable()
{
    IntakeValidator validator;
    validator.setRequiredFields(Category::Question, {Field::Description, Field::Attachments});
    QCOMPARE(wireNames(validator.requiredFields(Category::Question)),
             (QStringList{u"description"_s, u"attachments"_s}));
    QCOMPARE(wireNames(validator.requiredFields(Category::Incident)),
             wireNames(IntakeValidator::defaultRequiredFields(Category::Incident)));

    Ticket ticket;
    ticket.category = Category::Question;
    ticket.subject = u"Как выгрузить отчёт в PDF"_s;
    ticket.description = u"Нужна выгрузка отчёта о продажах в PDF."_s;
    QCOMPARE(fieldsOf(validator.validate(ticket, {})), QStringList{u"attachments"_s});
    IntakeValidator::Context withScreenshot;
    withScreenshot.attachmentCount = 1;
    QVERIFY(validator.validate(ticket, withScreenshot).isEmpty());
    // The default table still asks a question for its product.
    QCOMPARE(fieldsOf(IntakeValidator().validate(ticket, withScreenshot)),
             QStringList{u"product"_s});
}

QTEST_GUILESS_MAIN(TestIntakeValidator)
#include "testintakevalidator.moc"
