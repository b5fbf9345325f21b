#include "widgets/attachmentchip.h"
#include "widgets/attachmentlist.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

using namespace Qt::StringLiterals;
using sd::core::AttachmentPolicy;
using sd::widgets::AttachmentChip;
using sd::widgets::AttachmentList;

namespace {

constexpr qint64 SeedLimit = 300 * 1024; // seed 004: 300 KB

void appendLe32(QByteArray &out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((value >> (8 * i)) & 0xFF));
}

// A Windows program as the policy sees one: "MZ", the PE offset at 0x3C, "PE\0\0" there.
QByteArray peExecutable()
{
    QByteArray out("MZ");
    out.append(0x3C - out.size(), '\0');
    appendLe32(out, 0x80);
    out.append("This program cannot be run in DOS mode.\r\r\n$");
    out.append(0x80 - out.size(), '\0');
    out.append(QByteArray("PE\0\0", 4));
    out.append(QByteArray("\x64\x86\x06\x00", 4));
    return out + QByteArray(256, '\0');
}

QImage screenshot(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(230, 232, 236));
    QPainter painter(&image);
    painter.fillRect(QRect(20, 20, size.width() / 2, size.height() / 3), QColor(50, 90, 160));
    return image;
}

// Random pixels, so that the PNG is far above 300 KB.
QImage noisyScreenshot()
{
    QImage image(1920, 1080, QImage::Format_RGB32);
    QRandomGenerator random(7);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = random.generate() | 0xFF000000u;
    }
    return image;
}

QString labelText(const AttachmentChip *chip, const char *name)
{
    const auto *label = chip->findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QString();
}

} // namespace

class TestAttachmentList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void generatedPngIsAccepted();
    void programIsRefusedWithThePolicysReason_data();
    void programIsRefusedWithThePolicysReason();
    void oversizedScreenshotOffersShrinkAndIsAcceptedAfterwards();
    void oversizedProgramIsRefusedAsAProgram();
    void dropOfFileUrlsAddsChips();
    void pasteOfAnImageAddsAChip();
    void removingAChip();
    void sameFileTwiceIsListedOnce();
    void newPolicyChecksAgain();
    void fileUnderAGivenName_data();
    void fileUnderAGivenName();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    QString writePng(const QString &name, const QImage &image);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AttachmentList> m_list;
};

void TestAttachmentList::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_list = std::make_unique<AttachmentList>();
    m_list->setStagingDirectory(m_dir->filePath(u"staging"_s));
    m_list->resize(700, 300);
}

void TestAttachmentList::cleanup()
{
    m_list.reset();
    m_dir.reset();
}

QString TestAttachmentList::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QString TestAttachmentList::writePng(const QString &name, const QImage &image)
{
    const QString path = m_dir->filePath(name);
    return image.save(path, "png") ? path : QString();
}

void TestAttachmentList::generatedPngIsAccepted()
{
    QSignalSpy changed(m_list.get(), &AttachmentList::changed);
    const QString path = writePng(u"error dialog.png"_s, screenshot(QSize(320, 200)));
    QVERIFY(!path.isEmpty());
    const qint64 size = QFileInfo(path).size();

    QVERIFY(m_list->addFile(path));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_list->count(), 1);
    const AttachmentChip *chip = m_list->chipAt(0);
    QVERIFY(!chip->isRefused());
    QCOMPARE(chip->mimeType(), u"image/png"_s);
    QCOMPARE(chip->name(), u"error dialog.png"_s);
    QVERIFY(labelText(chip, "detailsLabel").contains(QLocale().formattedDataSize(size, 1)));
    QVERIFY(!chip->findChild<QLabel *>(u"reasonLabel"_s)->isVisibleTo(m_list.get()));
    QVERIFY(!chip->isShrinkable());
    QVERIFY(!m_list->hasRefused());

    const auto files = m_list->acceptedFiles();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.first().path, path);
    QCOMPARE(files.first().name, u"error dialog.png"_s);
    QCOMPARE(files.first().mimeType, u"image/png"_s);
    QCOMPARE(files.first().size, size);
}

void TestAttachmentList::programIsRefusedWithThePolicysReason_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("setup.exe") << u"setup.exe"_s;
    // The bytes decide, not the name.
    QTest::addRow("renamed to notes.txt") << u"notes.txt"_s;
}

void TestAttachmentList::programIsRefusedWithThePolicysReason()
{
    QFETCH(QString, name);
    const QByteArray bytes = peExecutable();
    const QString path = writeFile(name, bytes);
    const AttachmentPolicy::Verdict expected = AttachmentPolicy().check(name, bytes);
    QVERIFY(!expected.allowed);

    QVERIFY(!m_list->addFile(path));
    QCOMPARE(m_list->count(), 1);
    const AttachmentChip *chip = m_list->chipAt(0);
    QVERIFY(chip->isRefused());
    QCOMPARE(chip->reason(), expected.reason);
    QCOMPARE(labelText(chip, "reasonLabel"), expected.reason);
    QVERIFY(chip->findChild<QLabel *>(u"reasonLabel"_s)->isVisibleTo(m_list.get()));
    QVERIFY(!chip->isShrinkable());
    QVERIFY(m_list->hasRefused());
    QVERIFY(m_list->acceptedFiles().isEmpty());
}

void TestAttachmentList::oversizedScreenshotOffersShrinkAndIsAcceptedAfterwards()
{
    m_list->setPolicy(AttachmentPolicy({SeedLimit}));
    QVERIFY(!m_list->addImage(noisyScreenshot(), u"screenshot.png"_s));
    AttachmentChip *chip = m_list->chipAt(0);
    QVERIFY(chip->isRefused());
    QCOMPARE(chip->mimeType(), u"image/png"_s);
    QVERIFY(!chip->reason().isEmpty());
    QVERIFY(chip->isShrinkable());
    const QString stagedPng = QDir(m_dir->filePath(u"staging"_s)).entryList(QDir::Files).value(0);
    QVERIFY(stagedPng.endsWith(u".png"_s));

    QSignalSpy changed(m_list.get(), &AttachmentList::changed);
    auto *shrink = chip->findChild<QPushButton *>(u"shrinkButton"_s);
    QVERIFY(shrink && shrink->isVisibleTo(m_list.get()));
    QTest::mouseClick(shrink, Qt::LeftButton);

    QCOMPARE(changed.count(), 1);
    QVERIFY(!chip->isRefused());
    QVERIFY(!chip->isShrinkable());
    QVERIFY(!m_list->hasRefused());
    QVERIFY(labelText(chip, "noteLabel").contains(u"JPEG"_s));
    const auto files = m_list->acceptedFiles();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.first().name, u"screenshot.jpg"_s);
    QCOMPARE(files.first().mimeType, u"image/jpeg"_s);
    QVERIFY(files.first().size <= SeedLimit);
    QCOMPARE(QFileInfo(files.first().path).size(), files.first().size);
    QVERIFY(!QImage(files.first().path).isNull());
    // The oversized PNG is gone from the staging folder; only the JPEG is left.
    const QStringList staged = QDir(m_dir->filePath(u"staging"_s)).entryList(QDir::Files);
    QCOMPARE(staged, QStringList{QFileInfo(files.first().path).fileName()});
}

void TestAttachmentList::oversizedProgramIsRefusedAsAProgram()
{
    m_list->setPolicy(AttachmentPolicy({1024}));
    const QString path = writeFile(u"tool.bin"_s, peExecutable() + QByteArray(4096, '\x90'));
    QVERIFY(!m_list->addFile(path));
    const AttachmentChip *chip = m_list->chipAt(0);
    QCOMPARE(chip->reason(), AttachmentPolicy::classify(peExecutable()).reason);
    QVERIFY(!chip->isShrinkable());
}

void TestAttachmentList::dropOfFileUrlsAddsChips()
{
    const QString png = writePng(u"one.png"_s, screenshot(QSize(100, 80)));
    const QString log = writeFile(u"client.log"_s, "2026-05-01 10:00:00 ERROR timeout\n");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(png), QUrl::fromLocalFile(log)});

    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_list.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_list.get(), &drop);
    QVERIFY(drop.isAccepted());

    QCOMPARE(m_list->count(), 2);
    QCOMPARE(m_list->chipAt(0)->mimeType(), u"image/png"_s);
    QCOMPARE(m_list->chipAt(1)->mimeType(), u"text/plain"_s);
    QCOMPARE(m_list->acceptedFiles().size(), 2);

    QMimeData remote;
    remote.setUrls({QUrl(u"https://example.com/file.png"_s)});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &remote, Qt::LeftButton,
                            Qt::NoModifier);
    refused.ignore();
    QApplication::sendEvent(m_list.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestAttachmentList::pasteOfAnImageAddsAChip()
{
    QMimeData mime;
    mime.setImageData(screenshot(QSize(200, 120)));
    QVERIFY(m_list->canPaste(&mime));
    QCOMPARE(m_list->paste(&mime), 1);
    const AttachmentChip *chip = m_list->chipAt(0);
    QVERIFY(!chip->isRefused());
    QCOMPARE(chip->mimeType(), u"image/png"_s);
    QVERIFY(chip->name().endsWith(u".png"_s));
    const auto files = m_list->acceptedFiles();
    QCOMPARE(files.size(), 1);
    QVERIFY(files.first().path.startsWith(m_dir->filePath(u"staging"_s)));
    QCOMPARE(QImage(files.first().path).size(), QSize(200, 120));

    QMimeData text;
    text.setText(u"just words"_s);
    QVERIFY(!m_list->canPaste(&text));
    QCOMPARE(m_list->paste(&text), 0);
}

void TestAttachmentList::removingAChip()
{
    QVERIFY(m_list->addImage(screenshot(QSize(120, 90)), u"first"_s));
    QVERIFY(m_list->addFile(writeFile(u"second.txt"_s, "hello\n")));
    const QString staged = m_list->acceptedFiles().first().path;
    QVERIFY(QFile::exists(staged));
    QCOMPARE(m_list->chipAt(0)->name(), u"first.png"_s);

    QSignalSpy changed(m_list.get(), &AttachmentList::changed);
    m_list->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_list.get()));
    auto *remove = m_list->chipAt(0)->findChild<QToolButton *>(u"removeButton"_s);
    QTest::mouseClick(remove, Qt::LeftButton);

    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_list->count(), 1);
    QCOMPARE(m_list->chipAt(0)->name(), u"second.txt"_s);
    // The screenshot was ours; the customer's own file is never deleted.
    QVERIFY(!QFile::exists(staged));
    QVERIFY(QFile::exists(m_dir->filePath(u"second.txt"_s)));

    m_list->removeAt(0);
    QCOMPARE(m_list->count(), 0);
    QVERIFY(m_list->findChild<QLabel *>(u"emptyAttachmentsLabel"_s)->isVisible());
}

void TestAttachmentList::sameFileTwiceIsListedOnce()
{
    const QString path = writeFile(u"a.txt"_s, "text\n");
    QVERIFY(m_list->addFile(path));
    QVERIFY(!m_list->addFile(path));
    QCOMPARE(m_list->count(), 1);
}

void TestAttachmentList::newPolicyChecksAgain()
{
    QVERIFY(m_list->addFile(writeFile(u"big.txt"_s, QByteArray(5000, 'x'))));
    m_list->setPolicy(AttachmentPolicy({4000}));
    QVERIFY(m_list->hasRefused());
    QCOMPARE(m_list->chipAt(0)->reason(), AttachmentPolicy({4000}).checkSize(5000).reason);
    QVERIFY(!m_list->chipAt(0)->isShrinkable());
}

void TestAttachmentList::fileUnderAGivenName_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("allowed");
    QTest::addRow("picture") << u"screenshot-annotated.png"_s << u"screenshot-annotated.png"_s
                             << true;
    QTest::addRow("cyrillic") << u"Скриншот «импорт».png"_s << u"Скриншот «импорт».png"_s << true;
    QTest::addRow("trimmed") << u"  log.txt "_s << u"log.txt"_s << true;
    QTest::addRow("none: the file's own") << QString() << u"attachment-Ab12cD.png"_s << true;
    // The policy judges the name the file is sent under, not the one on disk.
    QTest::addRow("program name") << u"run.bat"_s << u"run.bat"_s << false;
}

void TestAttachmentList::fileUnderAGivenName()
{
    QFETCH(QString, given);
    QFETCH(QString, shown);
    QFETCH(bool, allowed);
    const QString path = writePng(u"attachment-Ab12cD.png"_s, screenshot(QSize(120, 80)));
    QVERIFY(!path.isEmpty());
    QCOMPARE(m_list->addFile(path, given), allowed);
    QCOMPARE(m_list->chipAt(0)->name(), shown);
    if (allowed) {
        QCOMPARE(m_list->acceptedFiles().value(0).name, shown);
        QCOMPARE(m_list->acceptedFiles().value(0).path, path);
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const AttachmentPolicy::Verdict expected = AttachmentPolicy().check(shown, file.readAll());
        QCOMPARE(expected.code, u"program_name"_s);
        QCOMPARE(m_list->chipAt(0)->reason(), expected.reason);
    }
}

QTEST_MAIN(TestAttachmentList)
#include "testattachmentlist.moc"
