#pragma once

#include "core/priority.h"
#include "core/ticket.h"

#include <QDateTime>

namespace sd::storage {
class Database;
}

namespace sd::testing {

// A question in the Support queue, stored and started by the SLA engine as the API's intake
// does, `createdAt` being both its creation and its first customer message. Aborts the test
// program on a storage failure: the SLA tests' fixtures cannot go on without it.
core::Ticket createSlaQuestion(storage::Database &db, core::Priority priority,
                               const QDateTime &createdAt);

} // namespace sd::testing
