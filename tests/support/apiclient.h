#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

namespace sd::testing {

struct ApiReply
{
    int status = 0; // 0: no HTTP answer at all (errorString says why)
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString errorString;

    QString errorCode() const
    {
        return json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    QString errorField() const
    {
        return json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("field"))
            .toString();
    }
    QString describe() const
    {
        return QString::number(status) + u' ' + QString::fromUtf8(body.left(400)) + u' ' +
               errorString;
    }
};

// Synchronous HTTP for tests (QNetworkAccessManager with a local event loop).
class ApiClient final
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit ApiClient(QUrl base) : m_base(std::move(base)) {}

    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }

    ApiReply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const Headers &headers = {});
    ApiReply get(const QString &path) { return send("GET", path); }
    ApiReply post(const QString &path, const QJsonObject &body, const Headers &headers = {});
    ApiReply patch(const QString &path, const QJsonObject &body, const Headers &headers = {});
    // Signs in and keeps the token; returns the reply of POST /api/v1/session.
    ApiReply signIn(const QString &login, const QString &password);

private:
    QUrl m_base;
    QString m_token;
    QNetworkAccessManager m_network;
};

} // namespace sd::testing
