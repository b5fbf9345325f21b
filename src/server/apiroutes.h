#pragma once

namespace sd::server {

class Router;

// Every route of the API, in one table (DESIGN.md "API").
class ApiRoutes final
{
public:
    ApiRoutes() = delete;
    static Router build();
};

} // namespace sd::server
