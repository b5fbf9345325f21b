#include "requestdraft.h"

#include "protocol/ticketcreaterequest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace sd::widgets {

namespace {

// Bumped when a stored key changes meaning; an unknown format is ignored, not misread.
constexpr int DraftFormat = 1;

QString text(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1StringView(key)).toString();
}

} // namespace

bool RequestDraft::isEmpty() const
{
    return subject.isEmpty() && product.isEmpty() && productVersion.isEmpty() && os.isEmpty() &&
           description.isEmpty() && steps.isEmpty() && affectedUsers == 0 &&
           projectCode.isEmpty() && files.isEmpty();
}

core::Ticket RequestDraft::toTicket() const
{
    core::Ticket ticket;
    ticket.subject = subject.trimmed();
    ticket.category = category;
    ticket.product = product.trimmed();
    ticket.productVersion = productVersion.trimmed();
    ticket.os = os.trimmed();
    ticket.description = description.trimmed();
    ticket.stepsToReproduce = steps.trimmed();
    ticket.affectedUsers = affectedUsers;
    ticket.projectCode = projectCode.trimmed();
    return ticket;
}

QJsonObject RequestDraft::toRequest() const
{
    const core::Ticket ticket = toTicket();
    protocol::TicketCreateRequest request;
    request.subject = ticket.subject;
    request.description = ticket.description;
    request.category = ticket.category;
    request.product = ticket.product;
    request.productVersion = ticket.productVersion;
    request.os = ticket.os;
    request.steps = ticket.stepsToReproduce;
    request.affectedUsers = ticket.affectedUsers;
    request.projectCode = ticket.projectCode;
    return request.toJson();
}

QJsonObject RequestDraft::toJson() const
{
    QJsonArray attached;
    for (const client::DraftFile &file : files)
        attached.append(
            QJsonObject{{QStringLiteral("path"), file.path}, {QStringLiteral("name"), file.name}});
    return {
        {QStringLiteral("format"), DraftFormat},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("category"), core::toString(category)},
        {QStringLiteral("product"), product},
        {QStringLiteral("product_version"), productVersion},
        {QStringLiteral("os"), os},
        {QStringLiteral("description"), description},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("affected_users"), affectedUsers},
        {QStringLiteral("project_code"), projectCode},
        {QStringLiteral("files"), attached},
    };
}

RequestDraft RequestDraft::fromJson(const QJsonObject &json)
{
    RequestDraft draft;
    draft.subject = text(json, "subject");
    draft.category =
        core::fromString<core::Category>(text(json, "category")).value_or(core::Category::Question);
    draft.product = text(json, "product");
    draft.productVersion = text(json, "product_version");
    draft.os = text(json, "os");
    draft.description = text(json, "description");
    draft.steps = text(json, "steps");
    draft.affectedUsers = qMax(0, json.value(QStringLiteral("affected_users")).toInt());
    draft.projectCode = text(json, "project_code");
    const QJsonArray attached = json.value(QStringLiteral("files")).toArray();
    for (const QJsonValue &value : attached) {
        const QJsonObject file = value.toObject();
        if (!text(file, "path").isEmpty())
            draft.files.append({text(file, "path"), text(file, "name")});
    }
    return draft;
}

QString RequestDraft::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        return tr("The draft could not be saved to %1: %2").arg(path, file.errorString());
    return {};
}

std::optional<RequestDraft> RequestDraft::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.value(QStringLiteral("format")).toInt() != DraftFormat)
        return std::nullopt;
    return fromJson(json);
}

} // namespace sd::widgets
