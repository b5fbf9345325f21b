#pragma once

#include <QObject>

class QSocketNotifier;

namespace sd::server {

// Turns SIGTERM and SIGINT into a Qt signal on the event loop (a self-pipe: the only thing a
// signal handler may safely do is write a byte), so shutdown can finish in-flight requests.
class SignalWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace sd::server
