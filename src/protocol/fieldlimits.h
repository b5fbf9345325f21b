#pragma once

#include <QtGlobal>

namespace sd::protocol {

// Upper bounds on what a request may carry. They keep one request from filling the database or
// the agents' screens, not from saying what it needs: each is far above any honest use.
struct FieldLimits
{
    static constexpr qsizetype SubjectLength = 250;
    static constexpr qsizetype ShortTextLength = 200; // product, version, OS, names, codes
    static constexpr qsizetype EmailLength = 254;     // RFC 5321 path limit
    static constexpr qsizetype DescriptionLength = 100'000;
    static constexpr qsizetype StepsLength = 20'000;
    static constexpr qsizetype BodyLength = 1'000'000; // a message with a pasted log
    static constexpr qsizetype CommentLength = 4'000;
    static constexpr qsizetype TagLength = 50;
    static constexpr qsizetype Tags = 50;
    static constexpr qsizetype Attachments = 50;
    static constexpr qsizetype LoginLength = 200;
    static constexpr qsizetype PasswordLength = 1'024;
    static constexpr int AffectedUsers = 1'000'000;
    // Ids travel as JSON numbers, which JavaScript clients hold as doubles: larger integers
    // would silently change on their way through them.
    static constexpr qint64 MaxSafeInteger = 9'007'199'254'740'991;
};

} // namespace sd::protocol
