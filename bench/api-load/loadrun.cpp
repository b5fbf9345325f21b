#include "loadrun.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>

namespace sd::bench {

namespace {

// Enough to see what went wrong without flooding the output of a long run.
constexpr int ErrorsShown = 5;

void reportError(const ApiRequest &request, const ApiAnswer &answer, qint64 errorsSoFar)
{
    if (errorsSoFar > ErrorsShown)
        return;
    QTextStream(stderr) << "bench-api-load: " << request.method << ' ' << request.path
                        << " -> HTTP " << answer.status << ' ' << answer.body.left(300) << ' '
                        << answer.error << Qt::endl;
}

} // namespace

LoadResult LoadRun::run(const QList<AsyncApiClient *> &clients, int durationMs,
                        const MakeRequest &make, const OnAnswer &onAnswer)
{
    LoadResult result;
    if (clients.isEmpty())
        return result;
    QEventLoop loop;
    qsizetype inFlight = 0;
    const QDeadlineTimer deadline(durationMs);
    QElapsedTimer elapsed;
    elapsed.start();
    std::function<void(int)> sendNext = [&](int client) {
        const ApiRequest request = make(client);
        ++inFlight;
        clients.at(client)->send(request, [&, client, request](const ApiAnswer &answer) {
            --inFlight;
            ++result.answers;
            result.latencies.add(answer.milliseconds);
            if (!answer.ok())
                reportError(request, answer, ++result.errors);
            onAnswer(client, answer);
            if (!deadline.hasExpired())
                sendNext(client);
            else if (inFlight == 0)
                loop.quit();
        });
    };
    for (int client = 0; client < clients.size(); ++client)
        sendNext(client);
    loop.exec();
    result.seconds = elapsed.nsecsElapsed() / 1e9;
    return result;
}

} // namespace sd::bench
