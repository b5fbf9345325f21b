#pragma once

#include "ticketfilter.h"
#include "ticketsortkey.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace sd::client {

// What a saved view restores in the ticket table.
struct SavedViewState
{
    TicketFilter filter;
    QList<TicketSortKey> sortKeys;
    QByteArray headerState; // QHeaderView::saveState(); empty: leave the columns as they are
};

// Turns the ticket table's state into the JSON "definition" of a saved view and back:
//   {"filter": {"view": "all_open", "text", "statuses": ["open", ...], "priorities",
//               "categories", "queue_ids", "assignee_ids", "requester", "organisation"},
//    "sort": [{"column": "updated", "order": "descending"}], "columns": "<base64>"}
// Enums travel as names, not numbers or bit masks, so a view saved by one version still means
// the same in the next. Reading is forgiving: a definition may come from a newer workstation
// or be damaged, so unknown fields are ignored and a bad value falls back to its default.
class SavedViewCodec final
{
public:
    SavedViewCodec() = delete;

    static QJsonObject encode(const SavedViewState &state);
    static SavedViewState decode(const QJsonObject &definition);

    static QString viewName(TicketFilter::View view);
    static QString columnName(TicketColumn column);

private:
    static QJsonObject encodeFilter(const TicketFilter &filter);
    static TicketFilter decodeFilter(const QJsonObject &json);
    static QList<TicketSortKey> decodeSort(const QJsonValue &json);
};

} // namespace sd::client
