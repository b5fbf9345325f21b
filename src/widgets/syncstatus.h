#pragma once

#include "client/syncengine.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace sd::widgets {

// The status bar's account of the connection: online, offline (and why) or syncing, a
// progress bar while the first sync runs, and how many local writes wait to be sent.
class SyncStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatus)

public:
    explicit SyncStatus(QWidget *parent = nullptr);

    void setState(client::SyncEngine::State state, const QString &lastError);
    void setProgress(qint64 done, qint64 total);
    void setWaiting(int entries, int needingAttention);

    QString stateText() const;
    QString waitingText() const;

private:
    QLabel *m_state;
    QProgressBar *m_progress;
    QLabel *m_waiting;
};

} // namespace sd::widgets
