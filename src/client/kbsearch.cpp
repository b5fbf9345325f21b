#include "kbsearch.h"

#include "apijob.h"
#include "apiresult.h"
#include "serverapi.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace sd::client {

KbSearch::KbSearch(ServerApi *api, QObject *parent) : QObject(parent), m_api(api) {}

void KbSearch::search(const QString &text)
{
    if (m_job) {
        // The old words' answer is of no use any more, not even as a failure.
        m_job->disconnect(this);
        m_job->abort();
    }
    if (!m_api || text.trimmed().isEmpty())
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), text.trimmed());
    query.addQueryItem(QStringLiteral("limit"), QString::number(Limit));
    m_job = m_api->send(ApiCall::get(QStringLiteral("/api/v1/kb"), query));
    connect(m_job, &ApiJob::finished, this,
            [this, text](const ApiResult &result) { answered(text, result); });
}

void KbSearch::answered(const QString &text, const ApiResult &result)
{
    m_job.clear();
    if (!result.ok()) {
        emit failed(result.userMessage);
        return;
    }
    QList<KbArticleLink> articles;
    for (const QJsonValue &value : result.object().value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = value.toObject();
        KbArticleLink article;
        article.id = item.value(QStringLiteral("id")).toInteger();
        article.title = item.value(QStringLiteral("title")).toString();
        article.excerpt = item.value(QStringLiteral("excerpt")).toString();
        article.url =
            m_api->baseUrl().resolved(QUrl(item.value(QStringLiteral("path")).toString()));
        if (article.id > 0 && !article.title.isEmpty())
            articles.append(article);
    }
    emit found(text, articles);
}

} // namespace sd::client
