#include "slaadmin.h"

#include "apijob.h"
#include "apiresult.h"
#include "serverapi.h"

#include <QJsonArray>

namespace sd::client {

SlaAdmin::SlaAdmin(ServerApi *api, QObject *parent) : QObject(parent), m_api(api) {}

QString SlaAdmin::path(Collection collection)
{
    switch (collection) {
    case Collection::Calendars:
        return QStringLiteral("/api/v1/calendars");
    case Collection::Policies:
        return QStringLiteral("/api/v1/sla-policies");
    case Collection::EscalationRules:
        break;
    }
    return QStringLiteral("/api/v1/escalation-rules");
}

void SlaAdmin::list(Collection collection)
{
    if (!m_api)
        return;
    ApiJob *job = m_api->send(ApiCall::get(path(collection)));
    connect(job, &ApiJob::finished, this,
            [this, collection](const ApiResult &result) { listAnswered(collection, result); });
}

void SlaAdmin::save(Collection collection, qint64 id, const QJsonObject &body)
{
    if (!m_api)
        return;
    const QString one = path(collection) + u'/' + QString::number(id);
    // Calendars are replaced whole; policies and rules take the changed fields.
    const ApiCall call = id == 0 ? ApiCall::post(path(collection), body)
                         : collection == Collection::Calendars ? ApiCall::put(one, body)
                                                               : ApiCall::patch(one, body);
    ApiJob *job = m_api->send(call);
    connect(job, &ApiJob::finished, this, [this, collection](const ApiResult &result) {
        if (result.ok())
            emit saved(collection, result.object());
        else
            emit failed(collection, result.userMessage);
    });
}

void SlaAdmin::remove(Collection collection, qint64 id)
{
    if (!m_api)
        return;
    ApiJob *job =
        m_api->send(ApiCall::deleteResource(path(collection) + u'/' + QString::number(id)));
    connect(job, &ApiJob::finished, this, [this, collection, id](const ApiResult &result) {
        if (result.ok())
            emit removed(collection, id);
        else
            emit failed(collection, result.userMessage);
    });
}

void SlaAdmin::listAnswered(Collection collection, const ApiResult &result)
{
    if (!result.ok()) {
        emit failed(collection, result.userMessage);
        return;
    }
    const QJsonValue items = result.object().value(QStringLiteral("items"));
    if (!items.isArray()) {
        emit failed(collection, tr("The server sent an SLA configuration list that "
                                   "SupportDesk cannot read."));
        return;
    }
    QList<QJsonObject> objects;
    const QJsonArray array = items.toArray();
    for (const QJsonValue &value : array)
        objects.append(value.toObject());
    emit listed(collection, objects);
}

} // namespace sd::client
