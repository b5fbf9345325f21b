#include "client/attachmentcache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using sd::client::AttachmentCache;

// The on-disk attachment cache: keyed by id and SHA-256, bounded in size, least recently used
// out first. A stepping clock makes "recently" exact.
class TestAttachmentCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void missThenHit();
    void evictsLeastRecentlyUsed_data();
    void evictsLeastRecentlyUsed();
    void shrinkingTheBoundEvicts();
    void leavesOtherFilesAlone();
    void refusesBadKeys();

private:
    // Attachment `name` ("a", "b", ...) as a download of `size` bytes, adopted into the cache.
    QString put(const QString &name, qint64 size);
    QString get(const QString &name);
    static qint64 idOf(const QString &name) { return name.at(0).unicode() - u'a' + 1; }
    static QString shaOf(const QString &name);
    QStringList cachedNames() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AttachmentCache> m_cache;
    QDateTime m_now;
};

QString TestAttachmentCache::shaOf(const QString &name)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void TestAttachmentCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cache = std::make_unique<AttachmentCache>(m_dir->filePath(u"cache"_qs), 3000);
    m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    m_cache->setClock([this] {
        m_now = m_now.addSecs(10);
        return m_now;
    });
    QString error;
    QVERIFY2(m_cache->ensureDirectory(&error), qPrintable(error));
}

QString TestAttachmentCache::put(const QString &name, qint64 size)
{
    const QString download = m_dir->filePath(u"cache/download-"_qs + name + u".part"_qs);
    QFile file(download);
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray(size, 'x')) != size)
        return {};
    file.close();
    QString error;
    const QString path = m_cache->adopt(download, idOf(name), shaOf(name), &error);
    if (path.isEmpty())
        qWarning("adopt failed: %s", qPrintable(error));
    return path;
}

QString TestAttachmentCache::get(const QString &name)
{
    return m_cache->lookup(idOf(name), shaOf(name));
}

QStringList TestAttachmentCache::cachedNames() const
{
    QStringList names;
    for (const QString &name : {u"a"_qs, u"b"_qs, u"c"_qs, u"d"_qs, u"e"_qs}) {
        if (QFile::exists(QDir(m_cache->directory())
                              .filePath(AttachmentCache::keyFor(idOf(name), shaOf(name)))))
            names.append(name);
    }
    return names;
}

void TestAttachmentCache::missThenHit()
{
    QVERIFY(get(u"a"_qs).isEmpty());
    const QString path = put(u"a"_qs, 100);
    QVERIFY(!path.isEmpty());
    QCOMPARE(QFileInfo(path).fileName(), AttachmentCache::keyFor(1, shaOf(u"a"_qs)));
    QCOMPARE(get(u"a"_qs), path);
    QCOMPARE(m_cache->totalBytes(), 100);
    // Same id, other content: another key, not a hit.
    QVERIFY(m_cache->lookup(1, shaOf(u"z"_qs)).isEmpty());
}

void TestAttachmentCache::evictsLeastRecentlyUsed_data()
{
    // Each step: "+x" stores x (1000 bytes), "?x" reads x; the bound is 3000 bytes.
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("remaining");
    QTest::addRow("within the bound")
        << QStringList{u"+a"_qs, u"+b"_qs, u"+c"_qs} << QStringList{u"a"_qs, u"b"_qs, u"c"_qs};
    QTest::addRow("oldest goes") << QStringList{u"+a"_qs, u"+b"_qs, u"+c"_qs, u"+d"_qs}
                                 << QStringList{u"b"_qs, u"c"_qs, u"d"_qs};
    QTest::addRow("a read keeps a") << QStringList{u"+a"_qs, u"+b"_qs, u"+c"_qs, u"?a"_qs, u"+d"_qs}
                                    << QStringList{u"a"_qs, u"c"_qs, u"d"_qs};
    QTest::addRow("two over") << QStringList{u"+a"_qs, u"+b"_qs, u"+c"_qs, u"?b"_qs,
                                             u"?a"_qs, u"+d"_qs, u"+e"_qs}
                              << QStringList{u"a"_qs, u"d"_qs, u"e"_qs};
    QTest::addRow("stored again counts as used")
        << QStringList{u"+a"_qs, u"+b"_qs, u"+c"_qs, u"+a"_qs, u"+d"_qs}
        << QStringList{u"a"_qs, u"c"_qs, u"d"_qs};
}

void TestAttachmentCache::evictsLeastRecentlyUsed()
{
    QFETCH(QStringList, steps);
    QFETCH(QStringList, remaining);
    for (const QString &step : std::as_const(steps)) {
        const QString name = step.mid(1);
        if (step.startsWith(u'+'))
            QVERIFY(!put(name, 1000).isEmpty());
        else
            QVERIFY(!get(name).isEmpty());
    }
    QCOMPARE(cachedNames(), remaining);
    QVERIFY(m_cache->totalBytes() <= m_cache->maxBytes());
}

void TestAttachmentCache::shrinkingTheBoundEvicts()
{
    put(u"a"_qs, 1000);
    put(u"b"_qs, 1000);
    put(u"c"_qs, 1000);
    get(u"a"_qs);
    m_cache->setMaxBytes(1500);
    QCOMPARE(cachedNames(), QStringList{u"a"_qs});
    // One file larger than the whole bound is still kept: the user asked for it.
    const QString big = put(u"d"_qs, 5000);
    QVERIFY(QFile::exists(big));
    QCOMPARE(cachedNames(), QStringList{u"d"_qs});
}

void TestAttachmentCache::leavesOtherFilesAlone()
{
    QFile other(QDir(m_cache->directory()).filePath(u"download-abc123.part"_qs));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write(QByteArray(10000, 'y'));
    other.close();
    put(u"a"_qs, 1000);
    QVERIFY(other.exists());
    QCOMPARE(cachedNames(), QStringList{u"a"_qs});
    QCOMPARE(m_cache->totalBytes(), 1000);
}

void TestAttachmentCache::refusesBadKeys()
{
    QString error;
    QVERIFY(m_cache->lookup(0, shaOf(u"a"_qs)).isEmpty());
    QVERIFY(m_cache->lookup(1, u"not-a-hash"_qs).isEmpty());
    QVERIFY(m_cache->adopt(m_dir->filePath(u"nothing"_qs), 1, u"../../etc"_qs, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestAttachmentCache)
#include "testattachmentcache.moc"
