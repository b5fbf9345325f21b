#pragma once

#include "kbarticlelink.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

namespace sd::client {

class ApiJob;
class ServerApi;
struct ApiResult;

// Knowledge-base search for the reply editor (GET /api/v1/kb?q=). A new search abandons the
// one still running, so results never arrive for words the agent has already changed.
class KbSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KbSearch)

public:
    static constexpr int Limit = 8;

    // `api` is not owned.
    explicit KbSearch(ServerApi *api, QObject *parent = nullptr);

    void search(const QString &text);

signals:
    void found(const QString &text, const QList<sd::client::KbArticleLink> &articles);
    void failed(const QString &message);

private:
    void answered(const QString &text, const ApiResult &result);

    QPointer<ServerApi> m_api;
    QPointer<ApiJob> m_job;
};

} // namespace sd::client
