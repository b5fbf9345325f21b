#include "gatedsocket.h"

#include <QDeadlineTimer>
#include <QSslSocket>

#include <algorithm>
#include <cstring>

namespace sd::server {

namespace {

// Bytes already read are dropped from the front of the queue in steps, not on every read:
// Qt's request parser reads the head one byte at a time.
constexpr qsizetype CompactAfter = 64 * 1024;

} // namespace

GatedSocket::GatedSocket(QTcpSocket *transport, QObject *parent)
    : QTcpSocket(parent), m_transport(transport)
{
    setPeerAddress(transport->peerAddress());
    setPeerPort(transport->peerPort());
    setPeerName(transport->peerName());
    setLocalAddress(transport->localAddress());
    setLocalPort(transport->localPort());
    setSocketState(QAbstractSocket::ConnectedState);
    QIODevice::open(QIODevice::ReadWrite);

    connect(transport, &QIODevice::bytesWritten, this, &QIODevice::bytesWritten);
    connect(transport, &QAbstractSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError error) {
                setSocketError(error);
                setErrorString(m_transport ? m_transport->errorString() : QString());
                emit errorOccurred(error);
            });
}

GatedSocket::~GatedSocket()
{
    // QAbstractSocket's destructor would abort() a connected socket and so emit signals from
    // a half-destroyed object; the gate learns of the end from destroyed() instead.
    setSocketState(QAbstractSocket::UnconnectedState);
}

void GatedSocket::admit(const QByteArray &bytes)
{
    if (bytes.isEmpty() || state() == QAbstractSocket::UnconnectedState)
        return;
    m_admitted.append(bytes);
    emitReadyRead();
}

qint64 GatedSocket::pendingAdmitted() const
{
    return m_admitted.size() - m_readPos;
}

void GatedSocket::endOfTransport()
{
    if (state() == QAbstractSocket::UnconnectedState)
        return;
    setSocketState(QAbstractSocket::UnconnectedState);
    emit stateChanged(QAbstractSocket::UnconnectedState);
    emit readChannelFinished();
    emit disconnected();
}

qint64 GatedSocket::bytesAvailable() const
{
    return QIODevice::bytesAvailable() + pendingAdmitted();
}

qint64 GatedSocket::bytesToWrite() const
{
    if (!m_transport)
        return 0;
    const auto *tls = qobject_cast<const QSslSocket *>(m_transport.data());
    return m_transport->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
}

bool GatedSocket::canReadLine() const
{
    return QIODevice::canReadLine() || QByteArrayView(m_admitted).sliced(m_readPos).contains('\n');
}

void GatedSocket::disconnectFromHost()
{
    if (state() != QAbstractSocket::ConnectedState)
        return;
    setSocketState(QAbstractSocket::ClosingState);
    emit stateChanged(QAbstractSocket::ClosingState);
    emit closeRequested();
}

qintptr GatedSocket::socketDescriptor() const
{
    return m_transport ? m_transport->socketDescriptor() : -1;
}

void GatedSocket::setSocketOption(QAbstractSocket::SocketOption option, const QVariant &value)
{
    if (m_transport)
        m_transport->setSocketOption(option, value);
}

QVariant GatedSocket::socketOption(QAbstractSocket::SocketOption option)
{
    return m_transport ? m_transport->socketOption(option) : QVariant();
}

bool GatedSocket::waitForReadyRead(int msecs)
{
    const QDeadlineTimer deadline(msecs);
    // The gate admits from its slot on the transport's readyRead, which waiting emits.
    while (bytesAvailable() == 0) {
        if (!m_transport || state() != QAbstractSocket::ConnectedState ||
            !m_transport->waitForReadyRead(int(deadline.remainingTime())))
            return false;
    }
    return true;
}

bool GatedSocket::waitForBytesWritten(int msecs)
{
    return m_transport && m_transport->waitForBytesWritten(msecs);
}

bool GatedSocket::waitForDisconnected(int msecs)
{
    if (state() == QAbstractSocket::UnconnectedState)
        return true;
    return m_transport && m_transport->waitForDisconnected(msecs) &&
           state() == QAbstractSocket::UnconnectedState;
}

qint64 GatedSocket::readData(char *data, qint64 maxSize)
{
    const qint64 taken = std::min(pendingAdmitted(), maxSize);
    if (taken == 0)
        return state() == QAbstractSocket::UnconnectedState && maxSize > 0 ? -1 : 0;
    if (data)
        std::memcpy(data, m_admitted.constData() + m_readPos, size_t(taken));
    m_readPos += taken;
    if (m_readPos == m_admitted.size()) {
        m_admitted.clear();
        m_readPos = 0;
    } else if (m_readPos > CompactAfter && m_readPos > m_admitted.size() / 2) {
        m_admitted.remove(0, m_readPos);
        m_readPos = 0;
    }
    // Once per burst of reads, and never from inside the reader.
    if (!m_drainedQueued) {
        m_drainedQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_drainedQueued = false;
                emit drained();
            },
            Qt::QueuedConnection);
    }
    return taken;
}

qint64 GatedSocket::skipData(qint64 maxSize)
{
    return readData(nullptr, maxSize);
}

qint64 GatedSocket::writeData(const char *data, qint64 size)
{
    if (!m_transport || state() == QAbstractSocket::UnconnectedState)
        return -1;
    const qint64 written = m_transport->write(data, size);
    if (written > 0)
        emit wrote(QByteArrayView(data, written));
    return written;
}

void GatedSocket::emitReadyRead()
{
    // Like QAbstractSocket, never re-enter the reader from inside its own readyRead handler
    // (a nested event loop there can make the gate admit more); tell it once it returns.
    if (m_emittingReadyRead) {
        m_readyReadMissed = true;
        return;
    }
    const QPointer<GatedSocket> alive(this);
    m_emittingReadyRead = true;
    do {
        m_readyReadMissed = false;
        emit readyRead();
    } while (alive && m_readyReadMissed && state() == QAbstractSocket::ConnectedState);
    if (alive)
        m_emittingReadyRead = false;
}

} // namespace sd::server
