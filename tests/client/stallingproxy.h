#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrl>

namespace sd::testing {

// A loopback TCP proxy that passes requests to the real server and swallows every answer:
// the client sends, the server commits, and the client never learns it. For the test of a
// client killed between "sent" and "acknowledged".
class StallingProxy final : public QObject
{
    Q_OBJECT

public:
    explicit StallingProxy(const QUrl &target, QObject *parent = nullptr);
    bool listen();
    QUrl url() const;
    qint64 bytesForwarded() const { return m_forwarded; }
    qint64 bytesSwallowed() const { return m_swallowed; }

private:
    void accept();

    QUrl m_target;
    QTcpServer m_server;
    qint64 m_forwarded = 0;
    qint64 m_swallowed = 0;
};

} // namespace sd::testing
