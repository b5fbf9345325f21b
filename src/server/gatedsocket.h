#pragma once

#include <QPointer>
#include <QTcpSocket>

namespace sd::server {

// The connection as the HTTP server sees it. QAbstractHttpServer 6.4 reads whatever its socket
// holds and keeps a whole request in memory before its handler runs, so it must not be given
// the network socket itself: it is given this stand-in, from which it can read only the bytes
// RequestGate admitted. Everything it writes goes straight to the network socket (the
// "transport"), and the transport's state and signals are mirrored here.
//
// It behaves like a connected QTcpSocket towards QAbstractHttpServer, QHttpServerResponder and
// QWebSocket (checked by testrequestgate): reading, transactions, writing, closing.
// url().scheme() of requests is "http" even over TLS, since this is not a QSslSocket.
class GatedSocket final : public QTcpSocket
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatedSocket)

public:
    explicit GatedSocket(QTcpSocket *transport, QObject *parent = nullptr);
    ~GatedSocket() override;

    // Makes bytes readable by the HTTP server and tells it with readyRead().
    void admit(const QByteArray &bytes);
    // Admitted bytes the HTTP server has not read yet.
    qint64 pendingAdmitted() const;
    // Mirrors the end of the connection: the HTTP server sees it disconnected.
    void endOfTransport();

    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override;
    bool canReadLine() const override;
    void disconnectFromHost() override;
    qintptr socketDescriptor() const override;
    void setSocketOption(QAbstractSocket::SocketOption option, const QVariant &value) override;
    QVariant socketOption(QAbstractSocket::SocketOption option) override;
    bool waitForReadyRead(int msecs = 30000) override;
    bool waitForBytesWritten(int msecs = 30000) override;
    bool waitForDisconnected(int msecs = 30000) override;

signals:
    // The HTTP server read admitted bytes: there is room to admit more.
    void drained();
    // The HTTP server wants the connection closed once its answers are written.
    void closeRequested();
    // The HTTP server wrote these bytes to the client.
    void wrote(QByteArrayView bytes);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 skipData(qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void emitReadyRead();

    QPointer<QTcpSocket> m_transport;
    QByteArray m_admitted;
    qsizetype m_readPos = 0;
    bool m_drainedQueued = false;
    bool m_emittingReadyRead = false;
    bool m_readyReadMissed = false;
};

} // namespace sd::server
