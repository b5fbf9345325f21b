#pragma once

#include "enumnames.h"

#include <QDateTime>

namespace sd::core {

// How two tickets relate: a problem split into parts (seed 000: one problem per ticket), a
// related request, or a duplicate merged into another (seed 003).
enum class TicketLinkKind {
    ParentOf,    // from is the parent of to
    RelatedTo,   // symmetric in meaning, stored once
    DuplicateOf, // from duplicates to
};

template <> struct EnumTraits<TicketLinkKind>
{
    static constexpr EnumNames<TicketLinkKind, 3> names{{
        {TicketLinkKind::ParentOf, u"parent_of"},
        {TicketLinkKind::RelatedTo, u"related_to"},
        {TicketLinkKind::DuplicateOf, u"duplicate_of"},
    }};
};

struct TicketLink
{
    qint64 id = 0;
    qint64 fromTicketId = 0;
    qint64 toTicketId = 0;
    TicketLinkKind kind = TicketLinkKind::RelatedTo;
    qint64 createdBy = 0;
    QDateTime createdAt;
};

} // namespace sd::core
