#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <functional>

namespace sd::server {

// Follows HTTP/1.1 message framing along one connection's bytes (request line and headers,
// Content-Length and chunked bodies, several requests in a row) and decides, before the HTTP
// server sees a request, whether it may pass: a head over HeadLimit, a body over the limit for
// its method and path, or anything it cannot frame without guessing is refused.
//
// It is stricter than RFC 9112 wherever leniency would let it and Qt's parser read the same
// bytes as different requests (request smuggling): both Content-Length and Transfer-Encoding,
// differing Content-Lengths, folded header lines, whitespace before a colon, chunk trailers and
// bare LF in chunked framing are refused rather than interpreted.
class RequestFramer final
{
public:
    // The largest body accepted for a request; 0 refuses any body.
    using LimitFor = std::function<qint64(const QByteArray &method, const QByteArray &path)>;

    static constexpr qsizetype HeadLimit = 64 * 1024;
    static constexpr qsizetype ChunkLineLimit = 1024;

    enum class Outcome {
        NeedMore,     // all input used, nothing to decide
        HeadAccepted, // a head passed; the caller may answer its Expect: 100-continue
        Refused,      // nothing passes on this connection any more
    };
    enum class Refusal { None, BodyTooLarge, HeadTooLarge, Malformed };

    struct Step
    {
        Outcome outcome = Outcome::NeedMore;
        qsizetype used = 0; // input bytes looked at, passed or not
    };

    // The head of the request being read, as far as it was understood.
    struct Head
    {
        QByteArray method;
        QByteArray path;
        QByteArray acceptLanguage;
        qint64 bodyLimit = 0;
        bool expectsContinue = false;
    };

    explicit RequestFramer(LimitFor limitFor);

    // Reads the next bytes of the connection and appends to `admitted` what the HTTP server may
    // see. A head is held back until it is complete and accepted. Stops early after an accepted
    // head, at a refusal and where a protocol switch is awaited.
    Step feed(QByteArrayView input, QByteArray *admitted);

    // A request asking to become a WebSocket has ended, and what follows may not be HTTP: feed
    // stops there and takes nothing until switchAnswered() tells whether the server answered
    // 101 Switching Protocols. Then everything passes from here on, else framing goes on.
    bool awaitingSwitch() const { return m_state == State::AwaitingSwitch; }
    void switchAnswered(bool switched);

    const Head &head() const { return m_head; }
    Refusal refusal() const { return m_refusal; }
    // The limit the refused request broke, to tell the client.
    qint64 refusedLimit() const { return m_refusedLimit; }

private:
    enum class State {
        Idle,
        Head,
        FixedBody,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        LastChunkEnd,
        AwaitingSwitch,
        Upgraded,
        Refused
    };

    qsizetype skipBlank(QByteArrayView input);
    qsizetype readHead(QByteArrayView input);
    qsizetype readFixedBody(QByteArrayView input, QByteArray *admitted);
    qsizetype readChunkSize(QByteArrayView input, QByteArray *admitted);
    qsizetype readChunkData(QByteArrayView input, QByteArray *admitted);
    qsizetype readChunkEnd(QByteArrayView input, QByteArray *admitted);

    bool acceptHead();
    bool parseRequestLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line);
    bool decideBody();
    bool acceptChunkSize(QByteArrayView line);
    bool countWire(qsizetype bytes);
    void finishRequest();
    void refuse(Refusal why, qint64 limit = 0);

    LimitFor m_limitFor;
    State m_state = State::Idle;
    Refusal m_refusal = Refusal::None;
    qint64 m_refusedLimit = 0;
    Head m_head;

    QByteArray m_buffer;       // the held-back head, or a chunk-size line in progress
    qsizetype m_lineStart = 0; // where the current head line starts in m_buffer
    qsizetype m_blankSkipped = 0;

    // Per request, from its headers.
    QByteArray m_version;
    QList<QByteArray> m_contentLengths;
    QList<QByteArray> m_transferEncodings;
    QByteArray m_expect;
    QByteArray m_connection;
    QList<QByteArray> m_upgrades;

    qint64 m_remaining = 0; // of a Content-Length body or of the current chunk
    qint64 m_bodyBytes = 0; // chunk payload so far
    qint64 m_wireBytes = 0; // chunked framing and payload so far
    qsizetype m_crlfSeen = 0;
    bool m_headComplete = false;
    bool m_chunked = false;
    bool m_upgrade = false;
};

} // namespace sd::server
