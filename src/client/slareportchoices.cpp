#include "slareportchoices.h"

#include "apijob.h"
#include "apiresult.h"
#include "serverapi.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace sd::client {

namespace {

void sortByName(SlaReportChoices::Named *named)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(named->begin(), named->end(), [&collator](const auto &a, const auto &b) {
        return collator.compare(a.second, b.second) < 0;
    });
}

} // namespace

SlaReportChoices::SlaReportChoices(ServerApi *api, QObject *parent) : QObject(parent), m_api(api) {}

void SlaReportChoices::refresh()
{
    fetch(QStringLiteral("/api/v1/queues"), &SlaReportChoices::readQueues);
    fetch(QStringLiteral("/api/v1/users"), &SlaReportChoices::readAgents);
    fetch(QStringLiteral("/api/v1/sla-policies"), &SlaReportChoices::readSupportLevels);
}

void SlaReportChoices::fetch(const QString &path,
                             void (SlaReportChoices::*read)(const QJsonArray &))
{
    if (!m_api)
        return;
    ApiJob *job = m_api->send(ApiCall::get(path));
    connect(job, &ApiJob::finished, this, [this, read](const ApiResult &result) {
        const QJsonValue items = result.object().value(QStringLiteral("items"));
        if (!result.ok() || !items.isArray()) {
            emit failed(result.ok() ? tr("The server sent a list SupportDesk cannot read.")
                                    : result.userMessage);
            return;
        }
        (this->*read)(items.toArray());
        emit changed();
    });
}

void SlaReportChoices::readQueues(const QJsonArray &items)
{
    m_queues.clear();
    for (const QJsonValue &value : items) {
        const QJsonObject queue = value.toObject();
        const qint64 id = queue.value(QStringLiteral("id")).toInteger();
        if (id > 0)
            m_queues.append({id, queue.value(QStringLiteral("name")).toString()});
    }
    sortByName(&m_queues);
}

void SlaReportChoices::readAgents(const QJsonArray &items)
{
    m_agents.clear();
    for (const QJsonValue &value : items) {
        const QJsonObject user = value.toObject();
        const qint64 id = user.value(QStringLiteral("id")).toInteger();
        if (id <= 0 || user.value(QStringLiteral("role")).toString() == u"customer")
            continue;
        const QString name = user.value(QStringLiteral("name")).toString();
        m_agents.append(
            {id, name.isEmpty() ? user.value(QStringLiteral("login")).toString() : name});
    }
    sortByName(&m_agents);
}

void SlaReportChoices::readSupportLevels(const QJsonArray &items)
{
    m_supportLevels.clear();
    for (const QJsonValue &value : items) {
        const QString level = value.toObject().value(QStringLiteral("support_level")).toString();
        if (!level.isEmpty() && !m_supportLevels.contains(level))
            m_supportLevels.append(level);
    }
    m_supportLevels.sort(Qt::CaseInsensitive);
}

} // namespace sd::client
