#pragma once

#include <QString>

namespace sd::client {

// A prepared answer as GET /api/v1/canned-responses lists it; its HTML may hold
// {{placeholders}} (core::Placeholders).
struct CannedResponse
{
    qint64 id = 0;
    QString title;
    QString bodyHtml;
    bool shared = true; // false: the agent's own
};

} // namespace sd::client
