#include "requestthreadrating.h"

#include "apijob.h"
#include "apiresult.h"
#include "outbox.h"
#include "serverapi.h"

namespace sd::client {

RequestThreadRating::RequestThreadRating(ServerApi *api, Outbox &outbox, QObject *parent)
    : QObject(parent), m_api(api), m_outbox(outbox)
{}

RequestThreadRating::~RequestThreadRating()
{
    cancel();
}

void RequestThreadRating::cancel()
{
    if (!m_job)
        return;
    m_job->disconnect(this);
    m_job->abort();
    m_job.clear();
}

void RequestThreadRating::check(qint64 ticketId)
{
    cancel();
    m_ticketId = ticketId;
    const auto entries = m_outbox.entries();
    if (!entries)
        return set(State::Unavailable, 0, {}, entries.error().message);
    for (const OutboxEntry &entry : entries.value()) {
        if (entry.operation != OutboxEntry::Operation::Rate || entry.ticketId != ticketId)
            continue;
        return set(State::Queued, entry.payload.value(QStringLiteral("score")).toInt(),
                   entry.payload.value(QStringLiteral("comment")).toString(), entry.lastError);
    }
    if (ticketId <= 0 || m_api == nullptr)
        return set(State::Unavailable);
    set(State::Checking);
    m_job = m_api->send(ApiCall::get(QStringLiteral("/api/v1/tickets/%1/rating").arg(ticketId)));
    connect(m_job, &ApiJob::finished, this,
            [this, ticketId](const ApiResult &result) { answered(ticketId, result); });
}

void RequestThreadRating::setQueued(int score, const QString &comment)
{
    cancel();
    set(State::Queued, score, comment);
}

void RequestThreadRating::answered(qint64 ticketId, const ApiResult &result)
{
    m_job.clear();
    if (ticketId != m_ticketId)
        return;
    if (result.ok()) {
        const QJsonObject rating = result.object();
        return set(State::Rated, rating.value(QStringLiteral("score")).toInt(),
                   rating.value(QStringLiteral("comment")).toString());
    }
    if (result.httpStatus == 404)
        return set(State::Open);
    set(State::Unavailable, 0, {}, result.userMessage);
}

void RequestThreadRating::set(State state, int score, const QString &comment,
                              const QString &problem)
{
    m_state = state;
    m_score = score;
    m_comment = comment;
    m_problem = problem;
    emit changed();
}

} // namespace sd::client
