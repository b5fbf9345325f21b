#pragma once

#include "apiresponse.h"
#include "protocol/jsonbody.h"
#include "requestcontext.h"

#include <optional>

namespace sd::server {

// The JSON body of a request read as one of the protocol's request shapes, or the 400/422
// answer to give instead.
class RequestBody final
{
public:
    template <typename T>
    using Parser = std::optional<T> (*)(const QJsonObject &, protocol::ApiError *);

    template <typename T>
    static std::optional<T> parse(const RequestContext &ctx, Parser<T> parser, ApiResponse *refused)
    {
        protocol::ApiError error;
        std::optional<T> parsed;
        if (const auto object = protocol::JsonBody::parseObject(ctx.request.body, &error))
            parsed = parser(*object, &error);
        if (!parsed)
            *refused = ApiResponse::error(error);
        return parsed;
    }
};

} // namespace sd::server
