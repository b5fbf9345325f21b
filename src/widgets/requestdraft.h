#pragma once

#include "client/draft.h"
#include "core/category.h"
#include "core/ticket.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sd::widgets {

// What the customer has typed into the request form, without any widget: the ticket the
// validator judges, the body the server receives, and the draft kept on disk so that a crash
// or a closed window loses nothing.
struct RequestDraft
{
    Q_DECLARE_TR_FUNCTIONS(RequestDraft)

public:
    QString subject;
    core::Category category = core::Category::Question;
    QString product;
    QString productVersion;
    QString os;
    QString description;
    QString steps;
    int affectedUsers = 0; // 0 = not given
    QString projectCode;
    QList<client::DraftFile> files;

    bool isEmpty() const;
    core::Ticket toTicket() const;
    // The ticket-create body in DESIGN.md's wire names; absent when empty, as the server's
    // TicketCreateRequest writes it. Attachment ids are added by whoever uploads the files.
    QJsonObject toRequest() const;

    QJsonObject toJson() const;
    static RequestDraft fromJson(const QJsonObject &json);

    // Atomic (QSaveFile), so a crash while saving keeps the previous draft. Returns an empty
    // string or what went wrong, in the user's language.
    QString save(const QString &path) const;
    // Nothing when the file is missing or unreadable: the form then starts empty.
    static std::optional<RequestDraft> load(const QString &path);

    bool operator==(const RequestDraft &) const = default;
};

} // namespace sd::widgets
