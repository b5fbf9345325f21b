#pragma once

#include "cannedresponse.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace sd::client {

class ApiJob;
class ServerApi;
struct ApiResult;

// The canned responses the signed-in agent may use, fetched from the server. The last list
// that arrived stays available while a refresh runs or after one failed, so the reply editor
// keeps its menu when the network goes away.
class CannedResponses final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CannedResponses)

public:
    // `api` is not owned.
    explicit CannedResponses(ServerApi *api, QObject *parent = nullptr);

    // Asks the server again; a refresh already under way is not started twice.
    void refresh();
    bool isRefreshing() const { return !m_job.isNull(); }
    QList<CannedResponse> items() const { return m_items; }

signals:
    void loaded(const QList<sd::client::CannedResponse> &items);
    void failed(const QString &message);

private:
    void answered(const ApiResult &result);

    QPointer<ServerApi> m_api;
    QPointer<ApiJob> m_job;
    QList<CannedResponse> m_items;
};

} // namespace sd::client
