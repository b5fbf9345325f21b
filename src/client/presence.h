#pragma once

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace sd::client {

class SyncEngine;

// Who else is on a ticket, for the collision warning: this user's own presence is announced
// (viewing the open ticket, replying while a draft is being written, left when they move on)
// and refreshed before the server forgets it; other staff's presence comes back from the
// server and is kept per ticket. Announcements wait for the event socket: a presence set
// while offline goes out when it connects.
class Presence final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Presence)

public:
    struct Viewer
    {
        qint64 userId = 0;
        QString name;
        bool replying = false;
    };

    // The server forgets a presence after about 60 s; refreshing at 20 s survives a lost one.
    static constexpr int RefreshMs = 20'000;

    // `engine` is not owned and must outlive this.
    Presence(SyncEngine *engine, qint64 userId, QObject *parent = nullptr);

    void setTicket(qint64 ticketId);
    void setReplying(bool replying);
    qint64 ticket() const { return m_ticketId; }
    // Everyone else on the ticket, replying ones first.
    QList<Viewer> others(qint64 ticketId) const;

signals:
    void changed(qint64 ticketId);

private:
    void announce();
    void received(qint64 ticketId, qint64 userId, const QString &name, const QString &state);
    void listed(qint64 ticketId, const QJsonArray &viewers);

    SyncEngine *m_engine;
    qint64 m_userId;
    qint64 m_ticketId = 0;
    bool m_replying = false;
    QTimer m_refresh;
    QHash<qint64, QHash<qint64, Viewer>> m_viewers;
};

} // namespace sd::client
