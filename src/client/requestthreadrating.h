#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

namespace sd::client {

class ApiJob;
class Outbox;
class ServerApi;
struct ApiResult;

// Whether the customer has rated a ticket, so that the rating is offered once. The replica
// does not carry ratings: a rating still in the outbox is known locally, one the server has
// is asked for (GET /api/v1/tickets/{id}/rating answers it or 404). When neither can tell
// (no connection), the rating is not offered, rather than offered a second time.
class RequestThreadRating final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestThreadRating)

public:
    enum class State {
        Unknown,     // nothing asked yet
        Checking,    // the server was asked
        Unavailable, // the server could not be asked; problem() says why
        Open,        // no rating yet: offer it
        Rated,       // the server has it
        Queued,      // in the outbox, sent when the connection allows
    };
    Q_ENUM(State)

    // `api` and `outbox` are not owned and must outlive this object.
    RequestThreadRating(ServerApi *api, Outbox &outbox, QObject *parent = nullptr);
    ~RequestThreadRating() override;

    // Finds out for `ticketId`; changed() follows, at once or when the server answers.
    void check(qint64 ticketId);
    // The customer just rated: known without asking.
    void setQueued(int score, const QString &comment);

    qint64 ticketId() const { return m_ticketId; }
    State state() const { return m_state; }
    int score() const { return m_score; }
    QString comment() const { return m_comment; }
    QString problem() const { return m_problem; }

signals:
    void changed();

private:
    void answered(qint64 ticketId, const ApiResult &result);
    void set(State state, int score = 0, const QString &comment = {}, const QString &problem = {});
    void cancel();

    ServerApi *m_api;
    Outbox &m_outbox;
    QPointer<ApiJob> m_job;
    qint64 m_ticketId = 0;
    State m_state = State::Unknown;
    int m_score = 0;
    QString m_comment;
    QString m_problem;
};

} // namespace sd::client
