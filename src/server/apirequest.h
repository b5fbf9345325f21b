#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace sd::server {

// A copy of what arrived, detached from the socket so a worker thread can own it.
struct ApiRequest
{
    QByteArray method; // upper case: GET, POST, PATCH, PUT, DELETE
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QHostAddress peer;
    QStringList pathArgs; // the {placeholders} of the matched route, in order

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
    QString queryValue(const QString &key) const
    {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    }
};

} // namespace sd::server
