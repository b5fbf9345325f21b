#pragma once

#include "jsonscanner.h"

#include <QByteArrayView>
#include <QList>

namespace sd::client {

// A text column's value as the JSON has it: NULL when absent or not a string.
struct RecordText
{
    JsonScanner::String string;
    bool present = false;
};

// A message in the server's read shape, as the replica stores it: its JSON text as it came
// and the values of its columns, read in place (views into the text).
struct MessageRecord
{
    QByteArrayView json;
    qint64 id = 0;
    qint64 ticketId = 0;
    RecordText createdAt;
    RecordText kind;

    // Reads the object the scanner stands at; false when it is not one or has no integer id.
    bool read(JsonScanner &scanner);
};

// A ticket in the server's read shape: its JSON text without the "messages" member (which
// goes to the messages table) and the values of the ticket table's columns. The messages it
// carried are appended to the list given to read().
struct TicketRecord
{
    // The JSON text is `json` with the bytes [cutFrom, cutTo) left out (the "messages" member
    // and one comma), or all of `json` when cutTo is 0.
    QByteArrayView json;
    qsizetype cutFrom = 0;
    qsizetype cutTo = 0;

    qint64 id = 0;
    qint64 version = 0;
    RecordText number;
    RecordText status;
    RecordText priority;
    RecordText category;
    RecordText subject;
    qint64 queueId = 0;
    qint64 assigneeId = 0;
    qint64 organisationId = 0;
    RecordText queueName;
    RecordText assigneeName;
    RecordText organisationName;
    RecordText requesterName;
    RecordText requesterEmail;
    RecordText createdAt;
    RecordText updatedAt;
    RecordText firstResponseAt;
    RecordText firstResponseDue;
    RecordText resolutionDue;
    RecordText resolvedAt;

    bool read(JsonScanner &scanner, QList<MessageRecord> *messages);

private:
    bool readMember(JsonScanner &scanner, const JsonScanner::String &key,
                    QList<MessageRecord> *messages, qsizetype memberStart);
    bool readMessages(JsonScanner &scanner, QList<MessageRecord> *messages, qsizetype memberStart);
};

} // namespace sd::client
