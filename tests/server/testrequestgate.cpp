#include "server/gatedsocket.h"
#include "server/gatedtcpserver.h"
#include "server/requestgate.h"
#include "sourcetree.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QWebSocket>
#include <QtTest>

#include <memory>

using sd::server::GatedTcpServer;
using sd::server::RequestGate;

namespace {

constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;
constexpr qint64 UploadLimit = 1 * MiB; // POST /upload
constexpr qint64 OtherLimit = 64 * KiB; // everything else
constexpr qint64 TwoGigabytes = 2LL * 1024 * MiB;

qint64 limitFor(const QByteArray &method, const QByteArray &path)
{
    return method == "POST" && path == "/upload" ? UploadLimit : OtherLimit;
}

// The resident set of this process, where the server runs too.
qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * KiB;
    }
    return -1;
}

QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &extra = {})
{
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray postHead(const QByteArray &path, qint64 length, const QByteArray &extra = {})
{
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra +
           "Content-Length: " + QByteArray::number(length) + "\r\n\r\n";
}

QByteArray chunked(const QByteArray &path, const QList<QByteArray> &chunks)
{
    QByteArray request =
        "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (const QByteArray &chunk : chunks)
        request += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    return request + "0\r\n\r\n";
}

struct Response
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const
    {
        return json()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    QString errorMessage() const
    {
        return json()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("message"))
            .toString();
    }
};

// One connection whose every byte the test writes itself; plain or TLS.
class RawClient final
{
public:
    explicit RawClient(quint16 port, bool tls = false)
    {
        if (tls) {
            auto *socket = new QSslSocket;
            socket->setPeerVerifyMode(QSslSocket::VerifyNone);
            socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
            m_socket.reset(socket);
        } else {
            m_socket = std::make_unique<QTcpSocket>();
            m_socket->connectToHost(QHostAddress::LocalHost, port);
        }
        QObject::connect(m_socket.get(), &QIODevice::readyRead, m_socket.get(),
                         [this] { m_received += m_socket->readAll(); });
    }

    bool waitConnected()
    {
        auto *tls = qobject_cast<QSslSocket *>(m_socket.get());
        return QTest::qWaitFor([&] {
            return m_socket->state() == QAbstractSocket::ConnectedState &&
                   (!tls || tls->isEncrypted());
        });
    }

    void send(const QByteArray &bytes) { m_socket->write(bytes); }

    // Writes `total` bytes as fast as the server takes them, at most about two chunks ahead,
    // so the client adds little to the resident set. Stops early if the connection ends.
    qint64 stream(qint64 total)
    {
        const QByteArray chunk(int(MiB), 'x');
        qint64 sent = 0;
        while (sent < total && m_socket->state() == QAbstractSocket::ConnectedState) {
            if (m_socket->bytesToWrite() < chunk.size()) {
                const qint64 size = std::min<qint64>(chunk.size(), total - sent);
                m_socket->write(chunk.constData(), size);
                sent += size;
                continue;
            }
            QSignalSpy written(m_socket.get(), &QIODevice::bytesWritten);
            if (!written.wait(10000))
                break;
        }
        return sent;
    }

    bool waitForResponses(int count, int timeoutMs = 5000)
    {
        return QTest::qWaitFor([&] { return responses().size() >= count; }, timeoutMs);
    }

    bool waitForClosed(int timeoutMs)
    {
        return QTest::qWaitFor(
            [&] { return m_socket->state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    }

    QList<Response> responses() const
    {
        QList<Response> parsed;
        qsizetype pos = 0;
        while (true) {
            const qsizetype headEnd = m_received.indexOf("\r\n\r\n", pos);
            if (headEnd < 0)
                break;
            const QList<QByteArray> lines = m_received.mid(pos, headEnd - pos).split('\n');
            Response response;
            response.status = lines.value(0).split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                response.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                        lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = response.headers.value("content-length").toLongLong();
            if (m_received.size() < headEnd + 4 + length)
                break;
            response.body = m_received.mid(headEnd + 4, length);
            parsed.append(response);
            pos = headEnd + 4 + length;
        }
        return parsed;
    }

private:
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_received;
};

} // namespace

class TestRequestGate : public QObject
{
    Q_OBJECT

private:
    void verifyRefusal(const Response &response, int status, const QString &code);

    QHttpServer m_http;
    QPointer<GatedTcpServer> m_tcp;
    quint16 m_port = 0;
    quint16 m_tlsPort = 0;
    int m_handled = 0; // requests that reached a route

private slots:
    void initTestCase();

    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void closesAfterRefusal();
    void expectContinue_data();
    void expectContinue();
    void keepAlive_data();
    void keepAlive();
    void refusedStreamLeavesMemoryFlat();
    void webSocketPassesThrough();
    void tls();
    void releasesClosedConnections();
};

void TestRequestGate::initTestCase()
{
    const auto echoSize = [this](const QHttpServerRequest &request) {
        ++m_handled;
        return QHttpServerResponse(QJsonObject{{QStringLiteral("size"), request.body().size()}});
    };
    m_http.route(QStringLiteral("/echo"), QHttpServerRequest::Method::Post, echoSize);
    m_http.route(QStringLiteral("/upload"), QHttpServerRequest::Method::Post, echoSize);
    m_http.route(QStringLiteral("/ws"), QHttpServerRequest::Method::Get,
                 [](QHttpServerResponder &&) {});
    connect(&m_http, &QHttpServer::newWebSocketConnection, this, [this] {
        QWebSocket *socket = m_http.nextPendingWebSocketConnection().release();
        socket->setParent(this);
        connect(socket, &QWebSocket::textMessageReceived, socket,
                [socket](const QString &text) { socket->sendTextMessage(text.toUpper()); });
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    });

    m_tcp = new GatedTcpServer(limitFor);
    QVERIFY(m_tcp->listen(QHostAddress::LocalHost, 0));
    m_http.bind(m_tcp);
    m_port = m_tcp->serverPort();

    QFile certificate(
        sd::testing::sourcePath(QStringLiteral("tests/server/data/requestgate-tls.crt")));
    QFile key(sd::testing::sourcePath(QStringLiteral("tests/server/data/requestgate-tls.key")));
    QVERIFY(certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(&certificate));
    tls.setPrivateKey(QSslKey(&key, QSsl::Ec));
    QVERIFY(!tls.privateKey().isNull());
    auto *tlsTcp = new GatedTcpServer(limitFor, tls);
    QVERIFY(tlsTcp->listen(QHostAddress::LocalHost, 0));
    m_http.bind(tlsTcp);
    m_tlsPort = tlsTcp->serverPort();
}

void TestRequestGate::verifyRefusal(const Response &response, int status, const QString &code)
{
    QCOMPARE(response.status, status);
    QCOMPARE(response.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(response.headers.value("connection"), QByteArray("close"));
    QCOMPARE(response.errorCode(), code);
    QVERIFY(!response.errorMessage().isEmpty());
}

void TestRequestGate::accepted_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<qint64>("size");

    QTest::addRow("small") << post("/echo", "hello") << qint64(5);
    QTest::addRow("empty") << post("/echo", {}) << qint64(0);
    QTest::addRow("chunked") << chunked("/echo", {"hello", " world"}) << qint64(11);
    QTest::addRow("chunk extension")
        << QByteArray("POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "3;name=value\r\nabc\r\n0\r\n\r\n")
        << qint64(3);
    // Larger than the transport's read buffer and the admitted backlog together: the gate must
    // keep feeding a server that holds the whole request until it is complete.
    QTest::addRow("900 KiB upload") << post("/upload", QByteArray(900 * KiB, 'u')) << 900 * KiB;
    QTest::addRow("exactly the limit")
        << post("/upload", QByteArray(UploadLimit, 'u')) << UploadLimit;
    QTest::addRow("chunked at the limit")
        << chunked("/upload", {QByteArray(UploadLimit / 2, 'a'), QByteArray(UploadLimit / 2, 'b')})
        << UploadLimit;
    // The same 100 KiB that the refused() case sends to /echo.
    QTest::addRow("100 KiB where allowed")
        << post("/upload", QByteArray(100 * KiB, 'p')) << 100 * KiB;
    QTest::addRow("blank lines before") << "\r\n\r\n" + post("/echo", "abc") << qint64(3);
}

void TestRequestGate::accepted()
{
    QFETCH(QByteArray, request);
    QFETCH(qint64, size);

    RawClient client(m_port);
    QVERIFY(client.waitConnected());
    client.send(request);
    QVERIFY(client.waitForResponses(1));
    const Response response = client.responses().constFirst();
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json().value(QStringLiteral("size")).toInteger(), size);
}

void TestRequestGate::refused_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("limitText"); // how the message names the limit

    const QString tooLarge = QStringLiteral("payload_too_large");
    const QString malformed = QStringLiteral("bad_request");
    QTest::addRow("declares 2 GB")
        << postHead("/upload", TwoGigabytes) << 413 << tooLarge << QStringLiteral("1 MiB");
    QTest::addRow("declares more than 64 bits")
        << postHead("/upload", 0).replace("Length: 0", "Length: 99999999999999999999999") << 413
        << tooLarge << QStringLiteral("1 MiB");
    QTest::addRow("100 KiB where 64 KiB is allowed")
        << post("/echo", QByteArray(100 * KiB, 'p')) << 413 << tooLarge << QStringLiteral("64 KiB");
    QTest::addRow("chunked over the limit")
        << chunked("/echo", {QByteArray(40 * KiB, 'a'), QByteArray(40 * KiB, 'b')}) << 413
        << tooLarge << QStringLiteral("64 KiB");
    QTest::addRow("header over 64 KiB")
        << "GET /echo HTTP/1.1\r\nX-Filler: " + QByteArray(70 * KiB, 'f') + "\r\n\r\n"
        << 431 << QStringLiteral("headers_too_large") << QStringLiteral("64 KiB");
    QTest::addRow("length and chunked") << QByteArray("POST /echo HTTP/1.1\r\nContent-Length: 5\r\n"
                                                      "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                        << 400 << malformed << QString();
    QTest::addRow("two lengths")
        << QByteArray("POST /echo HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello")
        << 400 << malformed << QString();
    QTest::addRow("space before colon")
        << QByteArray("POST /echo HTTP/1.1\r\nContent-Length : 5\r\n\r\nhello") << 400 << malformed
        << QString();
    QTest::addRow("chunk trailer")
        << QByteArray("POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "1\r\na\r\n0\r\nX-Trailer: 1\r\n\r\n")
        << 400 << malformed << QString();
    QTest::addRow("not HTTP") << QByteArray("HELLO\r\n\r\n") << 400 << malformed << QString();
}

void TestRequestGate::refused()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, limitText);

    const int handledBefore = m_handled;
    RawClient client(m_port);
    QVERIFY(client.waitConnected());
    client.send(request);
    QVERIFY(client.waitForResponses(1));
    const Response response = client.responses().constFirst();
    verifyRefusal(response, status, code);
    QVERIFY2(response.errorMessage().contains(limitText), qPrintable(response.errorMessage()));
    QCOMPARE(
        response.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")),
        QJsonValue(QJsonValue::Undefined));
    QCOMPARE(m_handled, handledBefore); // the HTTP server never saw it
}

void TestRequestGate::closesAfterRefusal()
{
    RawClient client(m_port);
    QVERIFY(client.waitConnected());
    client.send(postHead("/upload", TwoGigabytes));
    QVERIFY(client.waitForResponses(1));
    QVERIFY(client.waitForClosed(int(RequestGate::LingerIdle.count()) + 3000));
}

void TestRequestGate::expectContinue_data()
{
    QTest::addColumn<qint64>("length");
    QTest::addColumn<QList<int>>("statuses");

    QTest::addRow("accepted") << qint64(1000) << QList<int>{100, 200};
    QTest::addRow("too large") << TwoGigabytes << QList<int>{413};
}

void TestRequestGate::expectContinue()
{
    QFETCH(qint64, length);
    QFETCH(QList<int>, statuses);

    RawClient client(m_port);
    QVERIFY(client.waitConnected());
    client.send(postHead("/upload", length, "Expect: 100-continue\r\n"));
    // Like a client, send the body only after the interim answer.
    QVERIFY(client.waitForResponses(1));
    if (client.responses().constFirst().status == 100)
        client.send(QByteArray(length, 'e'));
    QVERIFY(client.waitForResponses(int(statuses.size())));
    QList<int> seen;
    for (const Response &response : client.responses())
        seen.append(response.status);
    QCOMPARE(seen, statuses);
}

void TestRequestGate::keepAlive_data()
{
    QTest::addColumn<bool>("pipelined");
    QTest::addRow("one after the other") << false;
    QTest::addRow("in one write") << true;
}

void TestRequestGate::keepAlive()
{
    QFETCH(bool, pipelined);

    RawClient client(m_port);
    QVERIFY(client.waitConnected());
    const QByteArray first = post("/echo", "first");
    const QByteArray second = post("/echo", QByteArray(OtherLimit + 1, 's'));
    if (pipelined) {
        client.send(first + second);
    } else {
        client.send(first);
        QVERIFY(client.waitForResponses(1));
        QCOMPARE(client.responses().constFirst().status, 200);
        client.send(second);
    }
    QVERIFY(client.waitForResponses(2));
    const QList<Response> responses = client.responses();
    QCOMPARE(responses[0].status, 200);
    QCOMPARE(responses[0].json().value(QStringLiteral("size")).toInt(), 5);
    verifyRefusal(responses[1], 413, QStringLiteral("payload_too_large"));
}

// A client that sends the 2 GB it declared anyway: the server answers 413 at once, reads and
// discards while the client goes on, and holds no more than its small buffers meanwhile.
void TestRequestGate::refusedStreamLeavesMemoryFlat()
{
    constexpr qint64 Streamed = 300 * MiB;
    RawClient client(m_port);
    QVERIFY(client.waitConnected());
    const qint64 before = residentBytes();
    QVERIFY(before > 0);
    client.send(postHead("/upload", TwoGigabytes));
    const qint64 sent = client.stream(Streamed);
    const qint64 growth = residentBytes() - before;
    qInfo("streamed %lld MiB of a refused 2 GB body; resident set grew by %.1f MiB", sent / MiB,
          double(growth) / double(MiB));
    QCOMPARE(sent, Streamed); // the server kept reading to the end
    QVERIFY2(growth < 50 * MiB, qPrintable(QString::number(growth)));
    QVERIFY(client.waitForResponses(1));
    verifyRefusal(client.responses().constFirst(), 413, QStringLiteral("payload_too_large"));
}

void TestRequestGate::webSocketPassesThrough()
{
    QWebSocket socket;
    QSignalSpy received(&socket, &QWebSocket::textMessageReceived);
    connect(&socket, &QWebSocket::connected, &socket,
            [&socket] { socket.sendTextMessage(QStringLiteral("through the gate")); });
    socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_port)));
    QVERIFY(received.wait());
    QCOMPARE(received.constFirst().constFirst().toString(), QStringLiteral("THROUGH THE GATE"));
    socket.close();
}

void TestRequestGate::tls()
{
    RawClient small(m_tlsPort, true);
    QVERIFY(small.waitConnected());
    small.send(post("/upload", QByteArray(300 * KiB, 't')));
    QVERIFY(small.waitForResponses(1));
    QCOMPARE(small.responses().constFirst().status, 200);
    QCOMPARE(small.responses().constFirst().json().value(QStringLiteral("size")).toInteger(),
             300 * KiB);

    RawClient large(m_tlsPort, true);
    QVERIFY(large.waitConnected());
    large.send(postHead("/upload", TwoGigabytes));
    QCOMPARE(large.stream(8 * MiB), 8 * MiB); // drained over TLS too
    QVERIFY(large.waitForResponses(1));
    verifyRefusal(large.responses().constFirst(), 413, QStringLiteral("payload_too_large"));
}

// Every gate and every socket handed to the HTTP server goes away with its connection, whether
// the client or the server ended it, after an answer or after a refusal.
void TestRequestGate::releasesClosedConnections()
{
    {
        RawClient answered(m_port);
        RawClient refused(m_port);
        QVERIFY(answered.waitConnected() && refused.waitConnected());
        answered.send(post("/echo", "bye"));
        refused.send(postHead("/echo", TwoGigabytes));
        QVERIFY(answered.waitForResponses(1) && refused.waitForResponses(1));
    }
    QVERIFY(QTest::qWaitFor([this] {
        return m_tcp->findChildren<RequestGate *>().isEmpty() &&
               m_tcp->findChildren<sd::server::GatedSocket *>().isEmpty();
    }));
}

QTEST_GUILESS_MAIN(TestRequestGate)
#include "testrequestgate.moc"
