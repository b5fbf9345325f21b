#pragma once

#include "apiresponse.h"

#include <QCoreApplication>

#include <optional>

namespace sd::server {

class RequestContext;
class Router;

// An agent's saved ticket views, kept on the server so each of their workstations shows them:
//   GET    /api/v1/views       -> {items: [{id, name, definition, position, updated_at}]}
//   PUT    /api/v1/views/{id}  {name, definition, position?} -> 200 with the view
//   DELETE /api/v1/views/{id}  -> 204, also when there was no such view
// The id is a UUID the workstation makes, so repeating a PUT is harmless. Staff only; each
// user sees and changes only their own views.
class SavedViewRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(SavedViewRoutes)

public:
    static constexpr qsizetype NameLength = 100;
    static constexpr qsizetype IdLength = 64;
    static constexpr qsizetype DefinitionBytes = 16 * 1024;
    static constexpr int MaxPosition = 1'000'000;

    static void add(Router &router);
    static ApiResponse list(RequestContext &ctx);
    static ApiResponse put(RequestContext &ctx);
    static ApiResponse remove(RequestContext &ctx);

private:
    // The {id} of the path, or nullopt and *refused set to the 422 to answer.
    static std::optional<QString> viewId(const RequestContext &ctx, ApiResponse *refused);
};

} // namespace sd::server
