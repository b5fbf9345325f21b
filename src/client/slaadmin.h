#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace sd::client {

class ServerApi;
struct ApiResult;

// Reads and writes the SLA configuration an admin edits: business calendars, SLA policies and
// escalation rules, each a collection of JSON objects as the server's API spells them. Every
// call reports once, through listed()/saved()/removed() or failed() with the server's own
// (already translated) message.
class SlaAdmin final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaAdmin)

public:
    enum class Collection { Calendars, Policies, EscalationRules };
    Q_ENUM(Collection)

    // `api` is not owned.
    explicit SlaAdmin(ServerApi *api, QObject *parent = nullptr);

    static QString path(Collection collection);

    void list(Collection collection);
    // `id` 0 creates; otherwise the object is replaced (calendars) or patched (the others)
    // with the fields in `body`.
    void save(Collection collection, qint64 id, const QJsonObject &body);
    void remove(Collection collection, qint64 id);

signals:
    void listed(sd::client::SlaAdmin::Collection collection, const QList<QJsonObject> &items);
    void saved(sd::client::SlaAdmin::Collection collection, const QJsonObject &item);
    void removed(sd::client::SlaAdmin::Collection collection, qint64 id);
    void failed(sd::client::SlaAdmin::Collection collection, const QString &message);

private:
    void listAnswered(Collection collection, const ApiResult &result);

    QPointer<ServerApi> m_api;
};

} // namespace sd::client
