#include "requestgate.h"

#include "core/perthreadtranslator.h"
#include "gatedsocket.h"
#include "protocol/apierror.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTcpSocket>

#include <algorithm>
#include <utility>

namespace sd::server {

namespace {

// The limit as people read it. Exact units first, so a limit configured as "300KB" reads back
// as 300 KB and one of "10MiB" as 10 MiB (KB and MB decimal, KiB and MiB binary, as in the
// config file); anything else in decimal units with one digit after the point.
QString sizeText(qint64 bytes, const QLocale &locale)
{
    constexpr qint64 KiB = 1024;
    constexpr qint64 MiB = 1024 * KiB;
    constexpr qint64 KB = 1000;
    constexpr qint64 MB = 1000 * KB;
    const auto exact = [&](qint64 unit) { return bytes >= unit && bytes % unit == 0; };
    const auto in = [&](qint64 unit, int decimals) {
        return locale.toString(double(bytes) / double(unit), 'f', decimals);
    };
    if (exact(MiB))
        return RequestGate::tr("%1 MiB").arg(in(MiB, 0));
    if (exact(MB))
        return RequestGate::tr("%1 MB").arg(in(MB, 0));
    if (exact(KiB))
        return RequestGate::tr("%1 KiB").arg(in(KiB, 0));
    if (exact(KB))
        return RequestGate::tr("%1 KB").arg(in(KB, 0));
    if (bytes >= MB)
        return RequestGate::tr("%1 MB").arg(in(MB, 1));
    if (bytes >= KB)
        return RequestGate::tr("%1 KB").arg(in(KB, 1));
    return RequestGate::tr("%n byte(s)", nullptr, int(bytes));
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Bad Request";
    }
}

} // namespace

RequestGate::RequestGate(QTcpSocket *transport, LimitFor limitFor, QObject *parent)
    : QObject(parent), m_transport(transport), m_socket(new GatedSocket(transport, parent)),
      m_framer(std::move(limitFor))
{
    transport->setParent(this);
    transport->setReadBufferSize(TransportReadBuffer);
    m_lingerIdle.setSingleShot(true);
    m_lingerIdle.setInterval(LingerIdle);
    m_lingerMax.setSingleShot(true);
    m_lingerMax.setInterval(LingerMax);
    // disconnectFromHost() still sends what is unsent; abort() is for a client that never reads.
    connect(&m_lingerIdle, &QTimer::timeout, transport, &QAbstractSocket::disconnectFromHost);
    connect(&m_lingerMax, &QTimer::timeout, transport, &QAbstractSocket::abort);

    connect(transport, &QIODevice::readyRead, this, &RequestGate::pump);
    connect(transport, &QAbstractSocket::disconnected, this, &RequestGate::transportClosed);
    connect(m_socket, &GatedSocket::drained, this, &RequestGate::pump);
    connect(m_socket, &GatedSocket::closeRequested, this, &RequestGate::closeTransport);
    connect(m_socket, &QObject::destroyed, this, &RequestGate::closeTransport);
    // With TLS, bytes can arrive in the same batch that finished the handshake, before the
    // gate existed.
    if (transport->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &RequestGate::pump, Qt::QueuedConnection);
}

GatedSocket *RequestGate::socket() const
{
    return m_socket;
}

void RequestGate::pump()
{
    if (m_refused) {
        drain();
        return;
    }
    while (!m_switchPending && m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        const qint64 room = AdmittedBacklog - m_socket->pendingAdmitted();
        const qint64 available = m_transport->bytesAvailable();
        if (room <= 0 || available <= 0)
            return;
        if (!pass(m_transport->read(std::min(room, available))))
            return;
    }
}

// False when the gate is to read no more for now: refused, or waiting for a protocol switch.
bool RequestGate::pass(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        QByteArray admitted;
        const RequestFramer::Step step = m_framer.feed(bytes, &admitted);
        bytes = bytes.sliced(step.used);
        // The server may answer earlier requests right here, before any refusal below.
        if (m_socket)
            m_socket->admit(admitted);
        if (step.outcome == RequestFramer::Outcome::Refused) {
            refuse();
            return false;
        }
        if (step.outcome == RequestFramer::Outcome::HeadAccepted && m_framer.head().expectsContinue)
            m_transport->write("HTTP/1.1 100 Continue\r\n\r\n");
        if (m_framer.awaitingSwitch()) {
            awaitSwitch(bytes);
            return false;
        }
    }
    return true;
}

void RequestGate::awaitSwitch(QByteArrayView held)
{
    m_switchPending = true;
    m_held = held.toByteArray();
    m_answerStart.clear();
    if (m_socket)
        m_answerWatch = connect(m_socket, &GatedSocket::wrote, this, &RequestGate::watchAnswer);
}

void RequestGate::watchAnswer(QByteArrayView bytes)
{
    static constexpr QByteArrayView Switched = "HTTP/1.1 101";
    m_answerStart += bytes.first(std::min(bytes.size(), Switched.size() - m_answerStart.size()));
    if (m_answerStart.size() < Switched.size())
        return;
    disconnect(m_answerWatch);
    m_framer.switchAnswered(m_answerStart == Switched);
    m_switchPending = false;
    // Not from inside the server's write: admitting makes it read.
    QMetaObject::invokeMethod(this, &RequestGate::resumeAfterSwitch, Qt::QueuedConnection);
}

void RequestGate::resumeAfterSwitch()
{
    const QByteArray held = std::exchange(m_held, {});
    if (!m_refused && !m_switchPending && pass(held))
        pump();
}

void RequestGate::refuse()
{
    m_refused = true;
    // The HTTP server's part in this connection ends here; a late answer of its own would
    // follow ours on the wire and could not be told apart.
    if (m_socket)
        m_socket->endOfTransport();
    m_transport->write(refusalResponse());
    m_lingerMax.start();
    m_lingerIdle.start();
    drain();
}

void RequestGate::drain()
{
    const qint64 available = m_transport->bytesAvailable();
    if (available <= 0)
        return;
    m_transport->skip(available);
    m_lingerIdle.start();
}

void RequestGate::closeTransport()
{
    // After a refusal the lingering close decides when the connection ends.
    if (!m_refused)
        m_transport->disconnectFromHost();
}

void RequestGate::transportClosed()
{
    m_lingerIdle.stop();
    m_lingerMax.stop();
    if (m_socket)
        m_socket->endOfTransport();
    deleteLater();
}

QByteArray RequestGate::refusalResponse() const
{
    // Answer in the caller's language when the head got as far as saying which.
    const QString language =
        sd::core::PerThreadTranslator::languageFromAcceptLanguage(m_framer.head().acceptLanguage);
    const sd::core::PerThreadTranslator::Scope scope(language);
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);

    sd::protocol::ApiError error;
    switch (m_framer.refusal()) {
    case RequestFramer::Refusal::BodyTooLarge:
        error.httpStatus = 413;
        error.code = QStringLiteral("payload_too_large");
        error.message = tr("The request is too large: at most %1 is accepted here.")
                            .arg(sizeText(m_framer.refusedLimit(), locale));
        break;
    case RequestFramer::Refusal::HeadTooLarge:
        error.httpStatus = 431;
        error.code = QStringLiteral("headers_too_large");
        error.message = tr("The request headers are too large: at most %1 is accepted.")
                            .arg(sizeText(m_framer.refusedLimit(), locale));
        break;
    case RequestFramer::Refusal::Malformed:
    case RequestFramer::Refusal::None:
        error.httpStatus = 400;
        error.code = QStringLiteral("bad_request");
        error.message = tr("The request is not valid HTTP/1.1.");
        break;
    }
    const QByteArray body = QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(error.httpStatus) + ' ' +
           reasonPhrase(error.httpStatus) +
           "\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace sd::server
