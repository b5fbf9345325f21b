#pragma once

#include "serverconfig.h"

#include <functional>

namespace sd::server {

class LoginThrottle;

// Shared by every request handler on every worker thread; everything here is thread-safe.
struct ApiServices
{
    ServerConfig settings;
    LoginThrottle *throttle = nullptr;
    // Called after a request committed a write, from the worker thread: wakes the change
    // notifier so WebSocket clients hear of the new sequence at once.
    std::function<void()> committed;
};

} // namespace sd::server
