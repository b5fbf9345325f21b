#include "replicarecord.h"

namespace sd::client {

namespace {

using String = JsonScanner::String;

// A string, or NULL for anything else (as QJsonValue::toString() of a non-string is empty).
bool readText(JsonScanner &scanner, RecordText *text)
{
    if (scanner.peek() != '"') {
        *text = RecordText{};
        return scanner.skipValue();
    }
    text->present = true;
    return scanner.readString(&text->string);
}

// A number, or 0 for null and anything else, as QJsonValue::toInteger() reads it.
bool readNumber(JsonScanner &scanner, qint64 *value)
{
    const char c = scanner.peek();
    if (c == '-' || (c >= '0' && c <= '9'))
        return scanner.readInteger(value);
    *value = 0;
    return scanner.skipValue();
}

// {"id": .., "name": ..} as in "queue", or null.
bool readNamed(JsonScanner &scanner, qint64 *id, RecordText *name)
{
    *id = 0;
    *name = RecordText{};
    if (scanner.peek() != '{')
        return scanner.skipValue();
    scanner.beginObject();
    String key;
    while (scanner.nextMember(&key)) {
        const bool read = JsonScanner::keyIs(key, "id")     ? readNumber(scanner, id)
                          : JsonScanner::keyIs(key, "name") ? readText(scanner, name)
                                                            : scanner.skipValue();
        if (!read)
            return false;
    }
    return !scanner.failed();
}

bool readRequester(JsonScanner &scanner, RecordText *name, RecordText *email)
{
    *name = RecordText{};
    *email = RecordText{};
    if (scanner.peek() != '{')
        return scanner.skipValue();
    scanner.beginObject();
    String key;
    while (scanner.nextMember(&key)) {
        const bool read = JsonScanner::keyIs(key, "name")    ? readText(scanner, name)
                          : JsonScanner::keyIs(key, "email") ? readText(scanner, email)
                                                             : scanner.skipValue();
        if (!read)
            return false;
    }
    return !scanner.failed();
}

} // namespace

bool MessageRecord::read(JsonScanner &scanner)
{
    if (scanner.peek() != '{')
        return false;
    const qsizetype start = scanner.position();
    scanner.beginObject();
    bool hasId = false;
    String key;
    while (scanner.nextMember(&key)) {
        bool read = true;
        if (JsonScanner::keyIs(key, "id")) {
            read = scanner.readInteger(&id);
            hasId = true;
        } else if (JsonScanner::keyIs(key, "ticket_id")) {
            read = readNumber(scanner, &ticketId);
        } else if (JsonScanner::keyIs(key, "created_at")) {
            read = readText(scanner, &createdAt);
        } else if (JsonScanner::keyIs(key, "kind")) {
            read = readText(scanner, &kind);
        } else {
            read = scanner.skipValue();
        }
        if (!read)
            return false;
    }
    if (scanner.failed() || !hasId)
        return false;
    json = scanner.text().sliced(start, scanner.position() - start);
    return true;
}

bool TicketRecord::read(JsonScanner &scanner, QList<MessageRecord> *messages)
{
    if (scanner.peek() != '{')
        return false;
    const qsizetype start = scanner.position();
    scanner.beginObject();
    bool hasId = false;
    String key;
    for (;;) {
        const qsizetype memberStart = scanner.position();
        if (!scanner.nextMember(&key))
            break;
        if (JsonScanner::keyIs(key, "id")) {
            if (!scanner.readInteger(&id))
                return false;
            hasId = true;
        } else if (!readMember(scanner, key, messages,
                               memberStart == start + 1 ? -1 : memberStart)) {
            return false;
        }
    }
    if (scanner.failed() || !hasId)
        return false;
    json = scanner.text().sliced(start, scanner.position() - start);
    if (cutTo > 0) {
        cutFrom = (cutFrom < 0 ? start + 1 : cutFrom) - start;
        cutTo -= start;
    }
    return true;
}

bool TicketRecord::readMember(JsonScanner &scanner, const JsonScanner::String &key,
                              QList<MessageRecord> *messages, qsizetype memberStart)
{
    struct TextMember
    {
        const char *name;
        RecordText TicketRecord::*field;
    };
    static const TextMember texts[] = {
        {"number", &TicketRecord::number},
        {"status", &TicketRecord::status},
        {"priority", &TicketRecord::priority},
        {"category", &TicketRecord::category},
        {"subject", &TicketRecord::subject},
        {"created_at", &TicketRecord::createdAt},
        {"updated_at", &TicketRecord::updatedAt},
        {"first_response_at", &TicketRecord::firstResponseAt},
        {"first_response_due", &TicketRecord::firstResponseDue},
        {"resolution_due", &TicketRecord::resolutionDue},
        {"resolved_at", &TicketRecord::resolvedAt},
    };
    for (const TextMember &member : texts)
        if (JsonScanner::keyIs(key, member.name))
            return readText(scanner, &(this->*member.field));
    if (JsonScanner::keyIs(key, "version"))
        return readNumber(scanner, &version);
    if (JsonScanner::keyIs(key, "queue"))
        return readNamed(scanner, &queueId, &queueName);
    if (JsonScanner::keyIs(key, "assignee"))
        return readNamed(scanner, &assigneeId, &assigneeName);
    if (JsonScanner::keyIs(key, "organisation"))
        return readNamed(scanner, &organisationId, &organisationName);
    if (JsonScanner::keyIs(key, "requester"))
        return readRequester(scanner, &requesterName, &requesterEmail);
    if (JsonScanner::keyIs(key, "messages"))
        return readMessages(scanner, messages, memberStart);
    return scanner.skipValue();
}

bool TicketRecord::readMessages(JsonScanner &scanner, QList<MessageRecord> *messages,
                                qsizetype memberStart)
{
    if (scanner.peek() != '[') {
        if (!scanner.skipValue())
            return false;
    } else {
        scanner.beginArray();
        while (scanner.nextElement()) {
            MessageRecord message;
            if (!message.read(scanner))
                return false;
            messages->append(message);
        }
        if (scanner.failed())
            return false;
    }
    // The member leaves the stored text with one of the commas around it: the one before it,
    // or the one after it when it came first (memberStart -1).
    cutFrom = memberStart;
    cutTo = scanner.position();
    if (memberStart < 0 && scanner.peek() == ',')
        cutTo = scanner.position() + 1;
    return true;
}

} // namespace sd::client
