#pragma once

#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace sd::client {

// Copies the replica's WAL into its database file, on a thread and connection of its own:
// after the first sync, whose WAL holds the whole replica (see Replica::beginBulkLoad). That
// copy syncs the WAL and then the file to disk, seconds of writing for a hundred thousand
// tickets that the GUI thread need not wait for. PASSIVE checkpoints never block the writer;
// they repeat until they have caught up with what it wrote meanwhile.
class ReplicaCheckpointer final
{
    Q_DISABLE_COPY_MOVE(ReplicaCheckpointer)

public:
    static constexpr int MaxPasses = 20;

    // Starts on the SQLite file at `path` (in WAL mode); `done` runs afterwards on the calling
    // thread (not at all if the checkpointer is destroyed first).
    ReplicaCheckpointer(QString path, std::function<void()> done);
    // Waits for the copy to end.
    ~ReplicaCheckpointer();

private:
    void run();

    const QString m_path;
    std::unique_ptr<QThread> m_thread;
};

} // namespace sd::client
