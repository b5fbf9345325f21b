// The first sync asks for several pages at once from the cursors the first page names, and
// when a page ends above the next page's cursor (tickets came into view below it meanwhile)
// it asks for what lies between, so no ticket is missed. Against a server that answers each
// page as scripted below.
#include "client/replica.h"
#include "client/serverapi.h"
#include "client/syncengine.h"
#include "clienttestsupport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace sd;
using namespace Qt::StringLiterals;
using client::SyncEngine;

namespace {

QByteArray ticket(qint64 id)
{
    return "{\"id\":" + QByteArray::number(id) + ",\"messages\":[],\"number\":\"SD-" +
           QByteArray::number(id) + "\",\"status\":\"open\",\"subject\":\"Ticket " +
           QByteArray::number(id) + "\",\"version\":1}";
}

QByteArray page(const QList<qint64> &ids, qint64 next, qint64 seq = 7)
{
    QList<QByteArray> items;
    for (const qint64 id : ids)
        items << ticket(id);
    return "{\"items\":[" + items.join(',') + "],\"next\":" +
           (next > 0 ? QByteArray('"' + QByteArray::number(next) + '"') : QByteArray("null")) +
           ",\"seq\":" + QByteArray::number(seq) + '}';
}

// Answers GET requests by path and `after` from a table, keeps the event socket waiting, and
// records every `after` it was asked for.
class PageServer final : public QObject
{
public:
    explicit PageServer(QHash<QString, QByteArray> pages) : m_pages(std::move(pages))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    const QStringList &asked() const { return m_asked; }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (qsizetype end = buffer.indexOf("\r\n\r\n"); end >= 0;
             end = buffer.indexOf("\r\n\r\n")) {
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + 4);
            const QUrl url(QString::fromLatin1(head.split(' ').value(1)));
            if (url.path() == u"/api/v1/events")
                continue; // never answered: the engine just waits for pushes
            if (url.path() == u"/api/v1/changes")
                m_asked << u"changes since "_s + QUrlQuery(url).queryItemValue(u"since"_s);
            QString key = url.path();
            if (url.path() == u"/api/v1/sync/tickets") {
                const QString after = QUrlQuery(url).queryItemValue(u"after"_s);
                m_asked << (after.isEmpty() ? u"first"_s : after);
                key += u'?' + after;
            }
            const QByteArray body = m_pages.value(key, "{\"items\":[],\"last_seq\":7}");
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
    }

    QHash<QString, QByteArray> m_pages;
    QStringList m_asked;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QTcpServer m_server;
};

} // namespace

class TestSyncPipeline : public QObject
{
    Q_OBJECT

private slots:
    void shiftedPagesLeaveNoGap_data();
    void shiftedPagesLeaveNoGap();
};

void TestSyncPipeline::shiftedPagesLeaveNoGap_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QStringList>("asked");
    QTest::addColumn<QList<qint64>>("stored");
    const QByteArray planned = "{\"cursors\":[\"90\",\"70\",\"50\"]," + page({100, 90}, 90).mid(1);
    // Ticket 85 came into view after the cursors were read: the page after 90 ends at 80, and
    // 70 would be missed without the page after 80.
    QTest::addRow("with cursors")
        << planned
        << QStringList{u"50"_s, u"70"_s, u"80"_s, u"90"_s, u"changes since 6"_s, u"first"_s}
        << QList<qint64>{50, 60, 70, 80, 85, 90, 100};
    // An older server names no cursors: the pages follow each other by `next`.
    QTest::addRow("without cursors")
        << page({100, 90}, 90) << QStringList{u"80"_s, u"90"_s, u"changes since 6"_s, u"first"_s}
        << QList<qint64>{60, 70, 80, 85, 90, 100};
}

void TestSyncPipeline::shiftedPagesLeaveNoGap()
{
    QFETCH(QByteArray, first);
    QFETCH(QStringList, asked);
    QFETCH(QList<qint64>, stored);
    PageServer server({{u"/api/v1/sync/tickets?"_s, first},
                       {u"/api/v1/sync/tickets?90"_s, page({85, 80}, 80, 6)},
                       {u"/api/v1/sync/tickets?80"_s, page({70, 60}, 0)},
                       {u"/api/v1/sync/tickets?70"_s, page({60, 50}, 50)},
                       {u"/api/v1/sync/tickets?50"_s, page({}, 0)}});
    QVERIFY(server.listen());
    QTemporaryDir dir;
    QNetworkAccessManager network;
    auto api = testing::ClientTestSupport::api(&network, server.url());
    api->setToken(u"token"_s);
    auto replica = client::Replica::open(dir.filePath(u"replica.db"_s));
    QVERIFY(replica);
    SyncEngine engine(api.get(), replica.value().get());
    engine.setSnapshotPageSize(2);
    QSignalSpy finished(&engine, &SyncEngine::firstSyncFinished);
    engine.start();
    QVERIFY2(finished.wait(10000), qPrintable(engine.lastError()));
    // The feed continues from the smallest `seq` of the pages (6, of the page after 90).
    QTRY_COMPARE(engine.state(), SyncEngine::State::Online);
    QStringList requested = server.asked();
    requested.sort();
    QCOMPARE(requested, asked);
    QList<qint64> ids;
    for (const qint64 id : {50, 60, 70, 80, 85, 90, 100})
        if (replica.value()->ticket(id).value().has_value())
            ids << id;
    QCOMPARE(ids, stored);
    QCOMPARE(replica.value()->ticketCount().value(), stored.size());
    QCOMPARE(replica.value()->cursor().value(), 7);
}

QTEST_MAIN(TestSyncPipeline)
#include "testsyncpipeline.moc"
