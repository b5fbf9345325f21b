#include "replicacheckpointer.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QLoggingCategory>
#include <QThread>

namespace sd::client {

namespace {

Q_LOGGING_CATEGORY(lcCheckpoint, "sd.client.checkpoint")

} // namespace

ReplicaCheckpointer::ReplicaCheckpointer(QString path, std::function<void()> done)
    : m_path(std::move(path))
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("replica checkpoint"));
    // Queued to this thread, where the QThread object lives, and dropped with it.
    QObject::connect(m_thread.get(), &QThread::finished, m_thread.get(), std::move(done),
                     Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
}

ReplicaCheckpointer::~ReplicaCheckpointer()
{
    m_thread->wait();
}

void ReplicaCheckpointer::run()
{
    // Its own connection: QtSql connections belong to the thread that opened them.
    auto db = storage::Database::open(u"sqlite:" + m_path);
    if (!db) {
        // The writer's automatic checkpoints copy it instead, on its next writes.
        qCWarning(lcCheckpoint) << db.error().message;
        return;
    }
    // Again until it has caught up with what the writer added meanwhile: the writer's own
    // checkpoints come back on afterwards, and would otherwise sync that remainder itself.
    for (int pass = 0; pass < MaxPasses; ++pass) {
        storage::Statement checkpoint(*db.value(),
                                      QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        if (!checkpoint.exec() || !checkpoint.next()) {
            qCWarning(lcCheckpoint) << checkpoint.error().message;
            return;
        }
        // (busy, frames in the WAL, frames copied)
        if (checkpoint.id(1) == checkpoint.id(2))
            return;
    }
}

} // namespace sd::client
