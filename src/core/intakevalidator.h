#pragma once

#include "category.h"
#include "enumnames.h"
#include "intakeissue.h"
#include "ticket.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>

#include <optional>

namespace sd::core {

// Checks a new request before it becomes a ticket: a specific subject and the facts the
// regulations ask for (seeds 001-004), so the first answer is a solution, not a question back.
// Which facts a category needs is a table an installation may change.
class IntakeValidator final
{
    Q_DECLARE_TR_FUNCTIONS(IntakeValidator)

public:
    // Fields a category may require. The subject is always required and always checked.
    enum class Field {
        Description,
        Product,
        ProductVersion,
        Os,
        Steps,
        AffectedUsers,
        ProjectCode,
        Attachments,
    };

    struct Context
    {
        // The requester is not identified as a customer yet: the project code or the
        // account/contract number becomes required (seeds 003, 004).
        bool firstContact = false;
        int attachmentCount = 0;
    };

    // Starts with defaultRequiredFields() for every category.
    IntakeValidator();

    // Incidents need everything to reproduce the problem (seeds 001, 002, 004): description,
    // steps, product, exact version, OS and how many employees it affects. Questions,
    // consultations and feature requests need a description and the product.
    static QList<Field> defaultRequiredFields(Category category);

    QList<Field> requiredFields(Category category) const;
    void setRequiredFields(Category category, const QList<Field> &fields);

    // Every issue found, subject first, then the fields in Field order. Empty = acceptable.
    // A product version, when given, must be exact even where it is optional.
    QList<IntakeIssue> validate(const Ticket &ticket, const Context &context) const;

    // The subject rule alone, for live feedback while typing. Refused: an empty subject, one
    // made only of generic and filler words in any case and punctuation ("Помогите!!! Срочно!",
    // "Help please", "Re:", "???", "Вопрос по программе"), and a single word ("Печать"):
    // one word names a topic, two with one specific ("Не печатает", "Ошибка 0x80070005")
    // name a problem.
    static std::optional<IntakeIssue> checkSubject(const QString &subject);

    // "5.2", "5.2.1 build 1234", "v12.0.3-beta", "build 4567"; not "latest", "последняя", "5".
    static bool isExactVersion(QStringView version);

private:
    QMap<Category, QList<Field>> m_required;
};

template <> struct EnumTraits<IntakeValidator::Field>
{
    static constexpr EnumNames<IntakeValidator::Field, 8> names{{
        {IntakeValidator::Field::Description, u"description"},
        {IntakeValidator::Field::Product, u"product"},
        {IntakeValidator::Field::ProductVersion, u"product_version"},
        {IntakeValidator::Field::Os, u"os"},
        {IntakeValidator::Field::Steps, u"steps"},
        {IntakeValidator::Field::AffectedUsers, u"affected_users"},
        {IntakeValidator::Field::ProjectCode, u"project_code"},
        {IntakeValidator::Field::Attachments, u"attachments"},
    }};
};

} // namespace sd::core
