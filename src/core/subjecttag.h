#pragma once

#include "ticketnumber.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace sd::core {

// The ticket number in square brackets inside an email subject, "[SD-2026-000123]". Replies
// that keep it thread into the same ticket (seed 003); the brackets are fixed, the prefix is
// the installation's.
class SubjectTag final
{
public:
    // "[SD-2026-000123]"; empty for an invalid number.
    static QString format(const TicketNumber &number);

    // The first bracketed tag in the subject that parses as one of our numbers with this
    // prefix (case-insensitive). Reply/forward prefixes and tags of other systems ("[JIRA-123]",
    // "[Ticket#2023]") are skipped. Why the first: tagSubject() puts our tag at the front of
    // the subject, so on a thread it comes before any number a person typed further on.
    static std::optional<TicketNumber> findInSubject(QStringView subject, QStringView prefix);

    // Removes any run of leading reply and forward markers in the usual languages ("Re:",
    // "RE :", "Re[2]:", "Fwd:", "FW:", "AW:", "WG:", "SV:", "Antw:", "Ответ:", "Отв:", "Пересл:",
    // "Переслать:") for display and duplicate detection. The rest of the subject is kept.
    static QString stripReplyPrefixes(const QString &subject);

    // Adds the tag once: a subject whose first tag of ours already is this number is returned
    // unchanged; otherwise the tag goes right after the leading reply markers
    // ("Re: [SD-2026-000123] Subject"), ahead of any other tag, so findInSubject() picks it.
    static QString tagSubject(const QString &subject, const TicketNumber &number);
};

} // namespace sd::core
