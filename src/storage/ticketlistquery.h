#pragma once

#include "databaseurl.h"
#include "searchsql.h"

#include <optional>

namespace sd::storage {

struct TicketFilter;

// The SELECT behind TicketRepository::list: only the filters that are set become conditions,
// values are bound, rows come newest first (id descending) after the `after` cursor.
class TicketListQuery final
{
public:
    TicketListQuery() = delete;

    // nullopt when the text filter holds nothing searchable: no ticket can match.
    static std::optional<SqlFragment> build(Backend backend, const TicketFilter &filter,
                                            int rowLimit);
};

} // namespace sd::storage
