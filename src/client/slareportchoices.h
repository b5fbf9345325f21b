#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <utility>

namespace sd::client {

class ServerApi;
struct ApiResult;

// What the dashboard's filters offer from the server: the queues, the staff (agents,
// supervisors, administrators: tickets may be assigned to any of them) and the support levels
// of the SLA policies. Each list arrives on its own; one that fails keeps what it had.
class SlaReportChoices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaReportChoices)

public:
    using Named = QList<std::pair<qint64, QString>>;

    // `api` is not owned.
    explicit SlaReportChoices(ServerApi *api, QObject *parent = nullptr);

    void refresh();
    const Named &queues() const { return m_queues; }
    const Named &agents() const { return m_agents; }
    const QStringList &supportLevels() const { return m_supportLevels; }

signals:
    void changed();
    void failed(const QString &message);

private:
    void fetch(const QString &path, void (SlaReportChoices::*read)(const QJsonArray &));
    void readQueues(const QJsonArray &items);
    void readAgents(const QJsonArray &items);
    void readSupportLevels(const QJsonArray &items);

    QPointer<ServerApi> m_api;
    Named m_queues;
    Named m_agents;
    QStringList m_supportLevels;
};

} // namespace sd::client
