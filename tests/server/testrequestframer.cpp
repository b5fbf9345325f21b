#include "server/requestframer.h"

#include <QtTest>

using sd::server::RequestFramer;
using Refusal = RequestFramer::Refusal;

namespace {

constexpr qint64 Limit = 64 * 1024;

QByteArray post(const QByteArray &body)
{
    return "POST /x HTTP/1.1\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
           body;
}

QByteArray chunkedHead()
{
    return "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
}

QByteArray chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

const QByteArray Upgrade = "GET /ws HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                           "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n";

struct Run
{
    QByteArray admitted;
    Refusal refusal = Refusal::None;
    qint64 refusedLimit = 0;
};

// Feeds `input` in pieces of `piece` bytes, as a connection would deliver it, answering a
// protocol switch with `switched`.
Run feed(const QByteArray &input, qsizetype piece, bool switched)
{
    RequestFramer framer([](const QByteArray &, const QByteArray &) { return Limit; });
    Run run;
    for (qsizetype at = 0; at < input.size() && framer.refusal() == Refusal::None;) {
        QByteArrayView rest = QByteArrayView(input).sliced(at, std::min(piece, input.size() - at));
        at += rest.size();
        while (!rest.isEmpty() && framer.refusal() == Refusal::None) {
            const RequestFramer::Step step = framer.feed(rest, &run.admitted);
            rest = rest.sliced(step.used);
            if (framer.awaitingSwitch())
                framer.switchAnswered(switched);
        }
    }
    run.refusal = framer.refusal();
    run.refusedLimit = framer.refusedLimit();
    return run;
}

} // namespace

class TestRequestFramer : public QObject
{
    Q_OBJECT

private slots:
    void frames_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("switched");
        QTest::addColumn<QByteArray>("admitted");
        QTest::addColumn<Refusal>("refusal");

        const QByteArray small = post("hello");
        const QByteArray chunked = chunkedHead() + chunk("abc") + chunk("defg") + "0\r\n\r\n";
        const QByteArray tooLarge = post(QByteArray(Limit + 1, 'x'));
        const QByteArray firstChunk = chunkedHead() + chunk(QByteArray(40 * 1024, 'a'));

        QTest::addRow("requests in a row")
            << small + chunked + small << false << small + chunked + small << Refusal::None;
        QTest::addRow("blank lines before a request are dropped")
            << "\r\n\n" + small << false << small << Refusal::None;
        QTest::addRow("body at the limit") << post(QByteArray(Limit, 'x')) << false
                                           << post(QByteArray(Limit, 'x')) << Refusal::None;
        QTest::addRow("body over the limit")
            << tooLarge << false << QByteArray() << Refusal::BodyTooLarge;
        QTest::addRow("second request over the limit")
            << small + tooLarge << false << small << Refusal::BodyTooLarge;
        QTest::addRow("chunks over the limit")
            << firstChunk + chunk(QByteArray(40 * 1024, 'b')) + "0\r\n\r\n"
            << false << firstChunk << Refusal::BodyTooLarge;
        QTest::addRow("head over the limit")
            << "GET / HTTP/1.1\r\nX: " + QByteArray(RequestFramer::HeadLimit, 'h') + "\r\n\r\n"
            << false << QByteArray() << Refusal::HeadTooLarge;
        QTest::addRow("bare LF in chunk framing") << chunkedHead() + "3\nabc\r\n0\r\n\r\n"
                                                  << false << chunkedHead() << Refusal::Malformed;
        QTest::addRow("folded header") << QByteArray("GET / HTTP/1.1\r\nX-A: 1\r\n  2\r\n\r\n")
                                       << false << QByteArray() << Refusal::Malformed;
        QTest::addRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << false
                                        << QByteArray() << Refusal::Malformed;
        QTest::addRow("switch confirmed") << Upgrade + "\x81\x05hello" + tooLarge << true
                                          << Upgrade + "\x81\x05hello" + tooLarge << Refusal::None;
        QTest::addRow("switch declined")
            << Upgrade + tooLarge << false << Upgrade << Refusal::BodyTooLarge;
    }

    // Whatever pieces the bytes arrive in, the same bytes pass and the same refusal follows.
    void frames()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, switched);
        QFETCH(QByteArray, admitted);
        QFETCH(Refusal, refusal);

        for (const qsizetype piece : {input.size(), qsizetype(1), qsizetype(7), qsizetype(4096)}) {
            const Run run = feed(input, piece, switched);
            QVERIFY2(run.admitted == admitted, qPrintable(QString::number(piece)));
            QCOMPARE(run.refusal, refusal);
            if (refusal == Refusal::BodyTooLarge)
                QCOMPARE(run.refusedLimit, Limit);
        }
    }

    void limitPerMethodAndPath()
    {
        QList<QByteArray> asked;
        RequestFramer framer([&asked](const QByteArray &method, const QByteArray &path) {
            asked.append(method + ' ' + path);
            return qint64(10);
        });
        QByteArray admitted;
        const QByteArray request = "PUT /api/v1/%61ttachments?name=a.png HTTP/1.1\r\n"
                                   "Content-Length: 10\r\n\r\n0123456789";
        framer.feed(request, &admitted);
        framer.feed(QByteArrayView(request).sliced(admitted.size()), &admitted);
        // The path as the router matches it: decoded, without the query.
        QCOMPARE(asked, QList<QByteArray>{"PUT /api/v1/attachments"});
        QCOMPARE(admitted, request);
        QCOMPARE(framer.refusal(), Refusal::None);
    }
};

QTEST_GUILESS_MAIN(TestRequestFramer)
#include "testrequestframer.moc"
