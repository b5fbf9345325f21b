#pragma once

#include "core/enumnames.h"

#include <QDateTime>
#include <QList>

namespace sd::storage {

// What a change-feed item or an audit event is about.
enum class EntityType {
    Ticket,
    Message,
    TicketLink,
    User,
    Organisation,
    Queue,
    KbArticle,
    Rating,
    Calendar,
    SlaPolicy,
    EscalationRule,
};

enum class ChangeOperation {
    Create,
    Update,
    Delete,
};

// One entry of the change feed. organisationId/queueId (0 = none) and `internal` let the
// server filter what each caller may see without reading the entity.
struct ChangeItem
{
    qint64 seq = 0;
    EntityType entityType = EntityType::Ticket;
    qint64 entityId = 0;
    ChangeOperation operation = ChangeOperation::Update;
    qint64 organisationId = 0;
    qint64 queueId = 0;
    bool internal = false;
    QDateTime createdAt;
};

struct ChangePage
{
    QList<ChangeItem> items;
    // The caller's next `since`: everything up to here was scanned, seen or filtered out.
    qint64 lastSeq = 0;
};

struct ChangeFilter
{
    qint64 organisationId = 0;        // customers: only their organisation's items (0 = all)
    bool withoutOrganisation = false; // only items of no organisation (customers without one)
    bool includeInternal = true;      // false hides internal notes
};

} // namespace sd::storage

namespace sd::core {

template <> struct EnumTraits<storage::EntityType>
{
    static constexpr EnumNames<storage::EntityType, 11> names{{
        {storage::EntityType::Ticket, u"ticket"},
        {storage::EntityType::Message, u"message"},
        {storage::EntityType::TicketLink, u"ticket_link"},
        {storage::EntityType::User, u"user"},
        {storage::EntityType::Organisation, u"organisation"},
        {storage::EntityType::Queue, u"queue"},
        {storage::EntityType::KbArticle, u"kb_article"},
        {storage::EntityType::Rating, u"rating"},
        {storage::EntityType::Calendar, u"calendar"},
        {storage::EntityType::SlaPolicy, u"sla_policy"},
        {storage::EntityType::EscalationRule, u"escalation_rule"},
    }};
};

template <> struct EnumTraits<storage::ChangeOperation>
{
    static constexpr EnumNames<storage::ChangeOperation, 3> names{{
        {storage::ChangeOperation::Create, u"create"},
        {storage::ChangeOperation::Update, u"update"},
        {storage::ChangeOperation::Delete, u"delete"},
    }};
};

} // namespace sd::core
