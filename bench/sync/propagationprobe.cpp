#include "propagationprobe.h"

#include "benchworkstation.h"
#include "client/apijob.h"
#include "client/replica.h"
#include "client/serverapi.h"
#include "client/syncengine.h"
#include "latencies.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

namespace sd::bench {

PropagationProbe::PropagationProbe(BenchWorkstation &editor, BenchWorkstation &watcher)
    : m_editor(editor), m_watcher(watcher)
{}

bool PropagationProbe::run(const QList<qint64> &ticketIds, int edits, Latencies *latencies,
                           QString *error)
{
    for (int i = 0; i < edits; ++i) {
        QEventLoop pause;
        QTimer::singleShot(PauseMs, &pause, &QEventLoop::quit);
        pause.exec();
        const double ms = edit(ticketIds.at(i % ticketIds.size()), error);
        if (ms < 0)
            return false;
        latencies->add(ms);
    }
    return true;
}

double PropagationProbe::edit(qint64 id, QString *error)
{
    const auto known = m_watcher.replica()->ticket(id);
    if (!known || !known.value())
        return *error = QStringLiteral("ticket %1 is not in the replica").arg(id), -1;
    const QJsonObject before = *known.value();
    const QString priority = before.value(QStringLiteral("priority")).toString() == u"high"
                                 ? QStringLiteral("low")
                                 : QStringLiteral("high");
    const QByteArray version = QByteArray::number(before.value(QStringLiteral("version")).toInt());

    QEventLoop loop;
    QElapsedTimer clock;
    qint64 answeredNs = -1;
    qint64 arrivedNs = -1;
    int expected = 0;
    const auto check = [&] {
        if (answeredNs < 0 || arrivedNs >= 0)
            return;
        const auto held = m_watcher.replica()->ticket(id);
        if (held && held.value() &&
            held.value()->value(QStringLiteral("version")).toInt() >= expected) {
            arrivedNs = clock.nsecsElapsed();
            loop.quit();
        }
    };
    QObject::connect(m_watcher.engine(), &client::SyncEngine::synced, &loop, check);
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    clock.start();
    client::ApiJob *job = m_editor.api().send(
        client::ApiCall::patch(QStringLiteral("/api/v1/tickets/%1").arg(id),
                               {{QStringLiteral("priority"), priority}}, version));
    QObject::connect(job, &client::ApiJob::finished, &loop, [&](const client::ApiResult &answer) {
        if (!answer.ok()) {
            *error = QStringLiteral("PATCH ticket %1: %2").arg(id).arg(answer.userMessage);
            loop.quit();
            return;
        }
        expected = answer.object().value(QStringLiteral("version")).toInt();
        answeredNs = clock.nsecsElapsed();
        check();
    });
    timeout.start(TimeoutMs);
    loop.exec();
    if (arrivedNs < 0) {
        if (error->isEmpty())
            *error = QStringLiteral("ticket %1 version %2 did not reach the other replica within "
                                    "%3 ms")
                         .arg(id)
                         .arg(expected)
                         .arg(TimeoutMs);
        return -1;
    }
    return double(arrivedNs - answeredNs) / 1e6;
}

} // namespace sd::bench
