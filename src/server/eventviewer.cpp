#include "eventviewer.h"

#include "core/userrole.h"

namespace sd::server {

bool EventViewer::isStaff() const
{
    const std::optional<core::UserRole> parsed = core::fromString<core::UserRole>(role);
    return parsed && *parsed != core::UserRole::Customer;
}

} // namespace sd::server
