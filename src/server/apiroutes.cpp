#include "apiroutes.h"

#include "adminroutes.h"
#include "attachmentroutes.h"
#include "cannedresponseroutes.h"
#include "changeroutes.h"
#include "escalationroutes.h"
#include "healthroutes.h"
#include "kbroutes.h"
#include "messageroutes.h"
#include "ratingroutes.h"
#include "reportroutes.h"
#include "router.h"
#include "savedviewroutes.h"
#include "sessionroutes.h"
#include "slaconfigroutes.h"
#include "syncroutes.h"
#include "ticketactionroutes.h"
#include "ticketroutes.h"

namespace sd::server {

Router ApiRoutes::build()
{
    Router router;
    HealthRoutes::add(router);
    SessionRoutes::add(router);
    TicketRoutes::add(router);
    MessageRoutes::add(router);
    AttachmentRoutes::add(router);
    TicketActionRoutes::add(router);
    ChangeRoutes::add(router);
    KbRoutes::add(router);
    CannedResponseRoutes::add(router);
    SavedViewRoutes::add(router);
    RatingRoutes::add(router);
    ReportRoutes::add(router);
    AdminRoutes::add(router);
    SlaConfigRoutes::add(router);
    EscalationRoutes::add(router);
    SyncRoutes::add(router);
    return router;
}

} // namespace sd::server
