#include "cannedresponses.h"

#include "apijob.h"
#include "apiresult.h"
#include "serverapi.h"

#include <QJsonArray>

#include <optional>

namespace sd::client {

namespace {

std::optional<QList<CannedResponse>> parse(const QJsonObject &answer)
{
    const QJsonValue items = answer.value(QStringLiteral("items"));
    if (!items.isArray())
        return std::nullopt;
    QList<CannedResponse> responses;
    const QJsonArray array = items.toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject item = value.toObject();
        CannedResponse response;
        response.id = item.value(QStringLiteral("id")).toInteger();
        response.title = item.value(QStringLiteral("title")).toString();
        response.bodyHtml = item.value(QStringLiteral("body_html")).toString();
        response.shared = item.value(QStringLiteral("shared")).toBool(true);
        if (response.id <= 0 || response.title.isEmpty())
            return std::nullopt;
        responses.append(response);
    }
    return responses;
}

} // namespace

CannedResponses::CannedResponses(ServerApi *api, QObject *parent) : QObject(parent), m_api(api) {}

void CannedResponses::refresh()
{
    if (m_job || !m_api)
        return;
    m_job = m_api->send(ApiCall::get(QStringLiteral("/api/v1/canned-responses")));
    connect(m_job, &ApiJob::finished, this, &CannedResponses::answered);
}

void CannedResponses::answered(const ApiResult &result)
{
    m_job.clear();
    if (!result.ok()) {
        emit failed(result.userMessage);
        return;
    }
    const std::optional<QList<CannedResponse>> responses = parse(result.object());
    if (!responses) {
        emit failed(tr("The server sent a list of canned responses that SupportDesk cannot "
                       "read."));
        return;
    }
    m_items = *responses;
    emit loaded(m_items);
}

} // namespace sd::client
