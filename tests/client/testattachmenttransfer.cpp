#include "apifixture.h"
#include "clienttestsupport.h"

#include "client/attachmentcache.h"
#include "client/attachmenttransfer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace sd::testing;
using sd::client::ApiResult;
using sd::client::AttachmentCache;
using sd::client::AttachmentTransfer;
using sd::client::ServerApi;
using sd::core::AttachmentInfo;

namespace {

// Everything one transfer reported.
struct Outcome
{
    std::optional<AttachmentInfo> uploaded;
    QString downloaded;
    std::optional<ApiResult> failed;
    bool canceled = false;
    QList<QPair<qint64, qint64>> progress;
    qint64 peakResidentBytes = 0;

    bool done() const { return uploaded || !downloaded.isEmpty() || failed || canceled; }
};

qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_qs);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

// Waits for the transfer's one final signal; `onProgress` may act on the way (cancel).
std::shared_ptr<Outcome> follow(AttachmentTransfer *transfer, int timeoutMs = 60000,
                                std::function<void(AttachmentTransfer *)> onProgress = {})
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(transfer, &AttachmentTransfer::progress, transfer,
                     [outcome, transfer, onProgress](qint64 done, qint64 total) {
                         outcome->progress.append({done, total});
                         outcome->peakResidentBytes =
                             qMax(outcome->peakResidentBytes, residentBytes());
                         if (onProgress)
                             onProgress(transfer);
                     });
    QObject::connect(transfer, &AttachmentTransfer::uploaded, transfer,
                     [outcome](const AttachmentInfo &info) { outcome->uploaded = info; });
    QObject::connect(transfer, &AttachmentTransfer::downloaded, transfer,
                     [outcome](const QString &path) { outcome->downloaded = path; });
    QObject::connect(transfer, &AttachmentTransfer::failed, transfer,
                     [outcome](const ApiResult &result) { outcome->failed = result; });
    QObject::connect(transfer, &AttachmentTransfer::canceled, transfer,
                     [outcome] { outcome->canceled = true; });
    if (!QTest::qWaitFor([outcome] { return outcome->done(); }, timeoutMs))
        transfer->cancel();
    return outcome;
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

// Attachments through the real server: a 20 MB log streamed up with progress (and the
// server's hash of it), a canceled upload that leaves nothing, and downloads into a bounded
// cache that reuses and evicts.
class TestAttachmentTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void uploadStreamsALargeFile();
    void cancelLeavesNoAttachment();
    void refusedUploadCarriesTheServersReason();
    void downloadReusesTheCacheAndEvictsLeastRecentlyUsed();
    void downloadWithAWrongHashIsDiscarded();

private:
    // A text log of `bytes` bytes in the temporary folder, written in small pieces.
    QString writeLog(const QString &name, qint64 bytes, char fill = 0);
    qint64 attachmentRows();
    std::unique_ptr<ServerApi> api(const QUrl &base);

    ApiFixture f;
    ServerProcess m_server{QStringLiteral(SD_SERVER_BIN)};
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    QString m_token;
};

void TestAttachmentTransfer::initTestCase()
{
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(f.testDb.url(), {u"--attachment-limit"_qs, u"32MiB"_qs}),
             qPrintable(m_server.error()));
    ApiClient client(m_server.baseUrl());
    QCOMPARE(client.signIn(u"agent"_qs, ApiFixture::Password).status, 200);
    m_token = client.token();
}

std::unique_ptr<ServerApi> TestAttachmentTransfer::api(const QUrl &base)
{
    auto api = ClientTestSupport::api(&m_network, base, 1);
    api->setToken(m_token);
    return api;
}

QString TestAttachmentTransfer::writeLog(const QString &name, qint64 bytes, char fill)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    qint64 written = 0;
    for (int line = 0; written < bytes; ++line) {
        QByteArray text = fill ? QByteArray(QByteArray(99, fill) + '\n')
                               : QByteArray("2026-03-02 09:00:00 INFO import line " +
                                            QByteArray::number(line) + " of the price list\n");
        text.truncate(bytes - written);
        written += file.write(text);
    }
    return file.fileName();
}

qint64 TestAttachmentTransfer::attachmentRows()
{
    QSqlQuery query(f.db->connection());
    if (!query.exec(u"SELECT COUNT(*) FROM attachments"_qs) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestAttachmentTransfer::uploadStreamsALargeFile()
{
    const qint64 size = 20 * 1024 * 1024;
    const QString path = writeLog(u"import.log"_qs, size);
    QCOMPARE(QFileInfo(path).size(), size);
    auto server = api(m_server.baseUrl());
    const qint64 residentBefore = residentBytes();
    const auto outcome = follow(AttachmentTransfer::upload(server.get(), path));
    QVERIFY2(outcome->uploaded, outcome->failed ? qPrintable(outcome->failed->userMessage) : "");
    QCOMPARE(outcome->uploaded->name, u"import.log"_qs);
    QCOMPARE(outcome->uploaded->size, size);
    QCOMPARE(outcome->uploaded->sha256, sha256Of(path));
    QCOMPARE(outcome->uploaded->mimeType, u"text/plain"_qs);

    QVERIFY2(outcome->progress.size() > 3, qPrintable(QString::number(outcome->progress.size())));
    for (qsizetype i = 1; i < outcome->progress.size(); ++i)
        QVERIFY(outcome->progress.at(i).first >= outcome->progress.at(i - 1).first);
    QCOMPARE(outcome->progress.last(), qMakePair(size, size));
    // Streamed: the file never sat in this process's memory as a whole.
    QVERIFY2(outcome->peakResidentBytes - residentBefore < size / 2,
             qPrintable(QStringLiteral("resident grew by %1 bytes")
                            .arg(outcome->peakResidentBytes - residentBefore)));
}

void TestAttachmentTransfer::cancelLeavesNoAttachment()
{
    const qint64 size = 20 * 1024 * 1024;
    const QString path = writeLog(u"cancel.log"_qs, size, 'c');
    auto server = api(m_server.baseUrl());
    const qint64 rowsBefore = attachmentRows();
    QVERIFY(rowsBefore >= 0);
    qint64 sentAtCancel = -1;
    const auto outcome = follow(AttachmentTransfer::upload(server.get(), path), 60000,
                                [&sentAtCancel](AttachmentTransfer *transfer) {
                                    if (sentAtCancel < 0) {
                                        sentAtCancel = 0;
                                        transfer->cancel();
                                    }
                                });
    QVERIFY(outcome->canceled);
    QVERIFY(!outcome->uploaded);
    QVERIFY(!outcome->failed);
    QVERIFY(!outcome->progress.isEmpty());
    QVERIFY2(outcome->progress.first().first < size, "the upload was complete before the cancel");

    // A later upload goes through; the canceled one never becomes a row.
    const auto next =
        follow(AttachmentTransfer::upload(server.get(), writeLog(u"after.log"_qs, 5000, 'n')));
    QVERIFY(next->uploaded);
    QCOMPARE(attachmentRows(), rowsBefore + 1);
}

void TestAttachmentTransfer::refusedUploadCarriesTheServersReason()
{
    auto server = api(m_server.baseUrl());
    const auto empty =
        follow(AttachmentTransfer::upload(server.get(), writeLog(u"empty.txt"_qs, 0)));
    QVERIFY(empty->failed);
    QCOMPARE(empty->failed->httpStatus, 422);
    QCOMPARE(empty->failed->error.code, u"empty"_qs);
    QVERIFY(!empty->failed->userMessage.isEmpty());

    const auto missing =
        follow(AttachmentTransfer::upload(server.get(), m_dir.filePath(u"no-such-file.log"_qs)));
    QVERIFY(missing->failed);
    QCOMPARE(missing->failed->failure, ApiResult::Failure::LocalFile);
    QVERIFY(missing->failed->userMessage.contains(u"no-such-file.log"_qs));
}

void TestAttachmentTransfer::downloadReusesTheCacheAndEvictsLeastRecentlyUsed()
{
    auto server = api(m_server.baseUrl());
    QHash<QChar, AttachmentInfo> stored;
    for (const char name : {'a', 'b', 'c'}) {
        const QString file = writeLog(QString(QChar(u'0' + (name - 'a'))) + u".log"_qs, 1000, name);
        const auto up = follow(AttachmentTransfer::upload(server.get(), file));
        QVERIFY(up->uploaded);
        stored.insert(QChar::fromLatin1(name), *up->uploaded);
    }
    AttachmentCache cache(m_dir.filePath(u"cache"_qs), 2500);
    QDateTime now = QDateTime::currentDateTimeUtc();
    cache.setClock([&now] { return now = now.addSecs(10); });
    const auto download = [&cache](ServerApi *via, const AttachmentInfo &info) {
        return follow(AttachmentTransfer::download(via, &cache, info))->downloaded;
    };

    const QString a = download(server.get(), stored.value(u'a'));
    QVERIFY(!a.isEmpty());
    QCOMPARE(sha256Of(a), stored.value(u'a').sha256);
    const QString b = download(server.get(), stored.value(u'b'));
    QVERIFY(QFile::exists(b));

    // Cached: served without the network (this client's server does not exist).
    QUrl nowhere(u"http://127.0.0.1"_qs);
    nowhere.setPort(ClientTestSupport::closedPort());
    auto offline = api(nowhere);
    QCOMPARE(download(offline.get(), stored.value(u'a')), a);

    const QString c = download(server.get(), stored.value(u'c'));
    QVERIFY(QFile::exists(c));
    QVERIFY2(!QFile::exists(b), "b was the least recently used");
    QVERIFY(QFile::exists(a));
    QVERIFY(cache.totalBytes() <= 2500);
    QVERIFY(download(offline.get(), stored.value(u'b')).isEmpty());

    // b comes back from the server, and now a is the oldest.
    QCOMPARE(download(server.get(), stored.value(u'b')), b);
    QVERIFY(!QFile::exists(a));
    QVERIFY(QFile::exists(c));
    // Nothing half-downloaded is left behind.
    QCOMPARE(QDir(cache.directory()).entryList(QDir::Files).size(), 2);
}

void TestAttachmentTransfer::downloadWithAWrongHashIsDiscarded()
{
    auto server = api(m_server.baseUrl());
    const auto up =
        follow(AttachmentTransfer::upload(server.get(), writeLog(u"hash.log"_qs, 2000, 'h')));
    QVERIFY(up->uploaded);
    AttachmentCache cache(m_dir.filePath(u"cache-hash"_qs), 100000);
    AttachmentInfo forged = *up->uploaded;
    forged.sha256 = QString(64, u'0');
    const auto outcome = follow(AttachmentTransfer::download(server.get(), &cache, forged));
    QVERIFY(outcome->failed);
    QCOMPARE(outcome->failed->failure, ApiResult::Failure::LocalFile);
    QVERIFY(outcome->downloaded.isEmpty());
    QVERIFY(QDir(cache.directory()).entryList(QDir::Files).isEmpty());

    AttachmentInfo unknown = *up->uploaded;
    unknown.id = 987654;
    const auto notFound = follow(AttachmentTransfer::download(server.get(), &cache, unknown));
    QVERIFY(notFound->failed);
    QCOMPARE(notFound->failed->httpStatus, 404);
    QVERIFY(QDir(cache.directory()).entryList(QDir::Files).isEmpty());
}

QTEST_GUILESS_MAIN(TestAttachmentTransfer)
#include "testattachmenttransfer.moc"
