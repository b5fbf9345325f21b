#include "intakevalidator.h"

#include "subjecttag.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace sd::core {

namespace {

using Field = IntakeValidator::Field;

// Words that say nothing about which problem a request is about: greetings, pleas, "problem",
// "error", "program", fillers and stop words, in Russian and English. A subject made only of
// these is generic (seed 003: "не указывайте в качестве темы общие слова"). Lower case, with
// "ё" written "е" as normalizedWords() does.
constexpr const char16_t *GenericWordList[] = {
    // Russian
    u"вопрос", u"вопроса", u"вопросу", u"вопросом", u"вопросе", u"вопросы", u"вопросов",
    u"вопросик", u"помогите", u"помощь", u"помощи", u"помочь", u"спасите", u"проблема", u"проблемы",
    u"проблеме", u"проблему", u"проблемой", u"проблем", u"проблемка", u"срочно", u"срочный",
    u"срочная", u"срочное", u"срочные", u"срочного", u"ошибка", u"ошибки", u"ошибке", u"ошибку",
    u"ошибкой", u"ошибок", u"сбой", u"сбоя", u"сбои", u"здравствуйте", u"здравствуй", u"добрый",
    u"доброе", u"добрая", u"день", u"дня", u"утро", u"вечер", u"привет", u"приветствую",
    u"поддержка", u"поддержки", u"поддержку", u"техподдержка", u"техподдержки", u"техподдержку",
    u"тех", u"служба", u"службы", u"обращение", u"обращения", u"заявка", u"заявки", u"заявку",
    u"запрос", u"запроса", u"программа", u"программы", u"программе", u"программу", u"программой",
    u"программ", u"софт", u"приложение", u"приложения", u"приложении", u"система", u"системы",
    u"системе", u"сервис", u"сервиса", u"сервисе", u"работает", u"работают", u"ничего", u"все",
    u"сломалось", u"сломался", u"сломалась", u"сломано", u"важно", u"очень", u"пожалуйста",
    u"нужна", u"нужно", u"нужен", u"надо", u"тема", u"темы", u"без", u"информация", u"инфо",
    u"тест", u"как", u"что", u"почему", u"где", u"когда", u"это", u"этот", u"эта", u"нас", u"меня",
    u"мне", u"мы", u"вы", u"вас", u"по", u"на", u"не", u"ни", u"для", u"при", u"из", u"от", u"до",
    u"за", u"но", u"или", u"ли", u"же", u"бы", u"то", u"так", u"уже", u"еще", u"есть", u"об", u"со",
    u"ко", u"ответ", u"отв", u"пересл", u"переслать",
    // English
    u"help", u"helps", u"question", u"questions", u"query", u"inquiry", u"enquiry", u"urgent",
    u"urgently", u"asap", u"important", u"problem", u"problems", u"issue", u"issues", u"error",
    u"errors", u"support", u"hi", u"hello", u"hey", u"dear", u"team", u"please", u"pls", u"plz",
    u"need", u"needed", u"needs", u"request", u"ticket", u"sos", u"the", u"an", u"to", u"with",
    u"of", u"for", u"in", u"on", u"at", u"is", u"it", u"we", u"my", u"our", u"me", u"us", u"you",
    u"your", u"have", u"has", u"had", u"got", u"some", u"about", u"re", u"fw", u"fwd", u"aw", u"wg",
    u"not", u"doesn't", u"doesnt", u"don't", u"dont", u"isn't", u"isnt", u"can't", u"cant",
    u"cannot", u"work", u"works", u"working", u"broken", u"nothing", u"everything", u"all",
    u"something", u"wrong", u"subject", u"no", u"test", u"info", u"information", u"program",
    u"software", u"app", u"application", u"system", u"service", u"thanks", u"thank", u"regarding",
    u"and", u"or", u"from", u"this", u"that", u"there", u"what", u"how", u"why", u"anyone",
    u"someone"};

const QSet<QString> &genericWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char16_t *word : GenericWordList)
            set.insert(QString::fromUtf16(word));
        return set;
    }();
    return words;
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

// Words in lower case with "ё" as "е"; punctuation, symbols and blanks separate words, an
// apostrophe inside a word ("doesn't") stays.
QStringList normalizedWords(const QString &text)
{
    QStringList words;
    QString current;
    const auto flush = [&] {
        while (!current.isEmpty() && isApostrophe(current.back()))
            current.chop(1);
        if (!current.isEmpty())
            words.append(current);
        current.clear();
    };
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            current.append(c == u'ё' || c == u'Ё' ? QChar(u'е') : c.toLower());
        else if (isApostrophe(c) && !current.isEmpty())
            current.append(u'\'');
        else
            flush();
    }
    flush();
    return words;
}

// A word that can tell one problem from another: not generic, and not a lone letter or a
// one- or two-digit number ("Вопрос 2"). Two letters pass: "1С", "БД", "UI".
bool isSpecific(const QString &word)
{
    if (genericWords().contains(word))
        return false;
    const bool hasLetter =
        std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); });
    return word.size() >= (hasLetter ? 2 : 3);
}

// A placeholder such as "-", "?" or "..." is no answer.
bool isBlank(const QString &value)
{
    return std::none_of(value.begin(), value.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

struct FieldText
{
    Field field;
    const char *required;
};

// Field order here is the order issues are reported in.
constexpr FieldText FieldTexts[] = {
    {Field::Description,
     QT_TRANSLATE_NOOP("IntakeValidator",
                       "Describe the problem: what you did, what you expected and what happened")},
    {Field::Product, QT_TRANSLATE_NOOP("IntakeValidator", "Name the product the request is about")},
    {Field::ProductVersion,
     QT_TRANSLATE_NOOP("IntakeValidator",
                       "Give the exact product version (see Help > About), e.g. 5.2.1")},
    {Field::Os,
     QT_TRANSLATE_NOOP("IntakeValidator",
                       "Give the operating system and its version, e.g. Windows 11 23H2")},
    {Field::Steps,
     QT_TRANSLATE_NOOP("IntakeValidator",
                       "List the steps that make the problem appear, so we can repeat it")},
    {Field::AffectedUsers,
     QT_TRANSLATE_NOOP("IntakeValidator", "Say how many employees the problem affects")},
    {Field::ProjectCode,
     QT_TRANSLATE_NOOP("IntakeValidator", "Give your project code or account/contract number so "
                                          "we can identify you as a customer")},
    {Field::Attachments,
     QT_TRANSLATE_NOOP("IntakeValidator", "Attach a screenshot or a log of the error")},
};

IntakeIssue issue(Field field, const char16_t *code, const QString &message)
{
    return {toString(field), QString::fromUtf16(code), message};
}

bool isMissing(Field field, const Ticket &ticket, const IntakeValidator::Context &context)
{
    switch (field) {
    case Field::Description:
        return isBlank(ticket.description);
    case Field::Product:
        return isBlank(ticket.product);
    case Field::ProductVersion:
        return isBlank(ticket.productVersion);
    case Field::Os:
        return isBlank(ticket.os);
    case Field::Steps:
        return isBlank(ticket.stepsToReproduce);
    case Field::AffectedUsers:
        return ticket.affectedUsers == 0;
    case Field::ProjectCode:
        return isBlank(ticket.projectCode);
    case Field::Attachments:
        return context.attachmentCount < 1;
    }
    return false;
}

// Problems with a value that was given, whether or not the field is required.
std::optional<IntakeIssue> checkGivenValue(Field field, const Ticket &ticket)
{
    if (field == Field::ProductVersion && !isBlank(ticket.productVersion) &&
        !IntakeValidator::isExactVersion(ticket.productVersion))
        return issue(field, u"inexact_version",
                     IntakeValidator::tr("\"%1\" is not an exact version; give the number shown "
                                         "in Help > About, e.g. 5.2.1")
                         .arg(ticket.productVersion.trimmed()));
    if (field == Field::AffectedUsers && ticket.affectedUsers < 0)
        return issue(field, u"out_of_range",
                     IntakeValidator::tr("The number of affected employees cannot be negative"));
    return std::nullopt;
}

} // namespace

IntakeValidator::IntakeValidator()
{
    for (const auto &[category, name] : EnumTraits<Category>::names)
        m_required.insert(category, defaultRequiredFields(category));
}

QList<IntakeValidator::Field> IntakeValidator::defaultRequiredFields(Category category)
{
    if (category == Category::Incident)
        return {Field::Description, Field::Product, Field::ProductVersion,
                Field::Os,          Field::Steps,   Field::AffectedUsers};
    return {Field::Description, Field::Product};
}

QList<IntakeValidator::Field> IntakeValidator::requiredFields(Category category) const
{
    return m_required.value(category);
}

void IntakeValidator::setRequiredFields(Category category, const QList<Field> &fields)
{
    m_required.insert(category, fields);
}

QList<IntakeIssue> IntakeValidator::validate(const Ticket &ticket, const Context &context) const
{
    QList<IntakeIssue> issues;
    if (std::optional<IntakeIssue> subjectIssue = checkSubject(ticket.subject))
        issues.append(*subjectIssue);
    const QList<Field> required = requiredFields(ticket.category);
    for (const FieldText &text : FieldTexts) {
        const bool isRequired = required.contains(text.field) ||
                                (text.field == Field::ProjectCode && context.firstContact);
        if (isRequired && isMissing(text.field, ticket, context))
            issues.append(issue(text.field, u"required", tr(text.required)));
        else if (std::optional<IntakeIssue> given = checkGivenValue(text.field, ticket))
            issues.append(*given);
    }
    return issues;
}

std::optional<IntakeIssue> IntakeValidator::checkSubject(const QString &subject)
{
    const auto subjectIssue = [](const char16_t *code, const QString &message) {
        return IntakeIssue{QStringLiteral("subject"), QString::fromUtf16(code), message};
    };
    if (subject.trimmed().isEmpty())
        return subjectIssue(u"required", tr("Enter a subject that names the problem"));
    const QStringList words = normalizedWords(SubjectTag::stripReplyPrefixes(subject));
    if (std::none_of(words.begin(), words.end(), isSpecific))
        return subjectIssue(u"generic_subject",
                            tr("The subject \"%1\" does not say what the problem is; name what "
                               "fails and where, e.g. \"Price list import stops with error "
                               "0x80070005\"")
                                .arg(subject.trimmed()));
    if (words.size() < 2)
        return subjectIssue(u"subject_too_short",
                            tr("One word is not enough for a subject; describe the problem in a "
                               "few words, e.g. \"Invoice printing hangs\""));
    return std::nullopt;
}

bool IntakeValidator::isExactVersion(QStringView version)
{
    // Dotted numbers, or a build/revision number: vague words ("latest", "последняя") and a
    // bare major version do not tell which build to reproduce on (seed 004: "точную версию").
    static const QRegularExpression exact(
        QStringLiteral(R"(\d+(?:\.\d+)+|(?:build|сборка|билд|rev|revision|ревизия)\.?\s*#?\s*\d+)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return exact.match(version).hasMatch();
}

} // namespace sd::core
