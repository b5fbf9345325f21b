#include "core/attachmentpolicy.h"

#include <QRandomGenerator>
#include <QtEndian>
#include <QtTest>

using namespace sd::core;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int value : values)
        out.append(char(value));
    return out;
}

void appendLe16(QByteArray &out, quint16 value)
{
    out.append(char(value & 0xFF)).append(char(value >> 8));
}

void appendLe32(QByteArray &out, quint32 value)
{
    appendLe16(out, quint16(value & 0xFFFF));
    appendLe16(out, quint16(value >> 16));
}

// Deterministic bytes that look like compressed data: NULs and controls at every parity.
QByteArray noise(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (char &byte : out)
        byte = char(generator.bounded(256));
    return out;
}

QByteArray png()
{
    // Signature, then the IHDR chunk of a 1x1 RGBA image.
    return bytes({0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0,    0,    0,
                  13,   'I', 'H', 'D', 'R',  0,    0,    0,    1,    0,    0,
                  0,    1,   8,   6,   0,    0,    0,    0x1F, 0x15, 0xC4, 0x89}) +
           noise(64, 1);
}

QByteArray jpeg()
{
    return bytes({0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F',
                  0,    1,    1,    0,    0, 1,    0,   1,   0,   0}) +
           noise(64, 2);
}

QByteArray gif(char variant)
{
    return QByteArray("GIF8") + variant + "a" + bytes({1, 0, 1, 0, 0x80, 0, 0}) + noise(16, 3);
}

QByteArray bmp()
{
    QByteArray out("BM");
    appendLe32(out, 70); // file size
    appendLe32(out, 0);  // reserved
    appendLe32(out, 54); // pixel data offset
    appendLe32(out, 40); // BITMAPINFOHEADER
    appendLe32(out, 1);
    appendLe32(out, 1);
    return out + noise(32, 4);
}

QByteArray webp()
{
    QByteArray out("RIFF");
    appendLe32(out, 30);
    return out + "WEBPVP8 " + noise(22, 5);
}

QByteArray peExecutable()
{
    QByteArray out("MZ");
    out.append(0x3C - out.size(), '\0');
    appendLe32(out, 0x80); // e_lfanew
    out.append("This program cannot be run in DOS mode.\r\r\n$");
    out.append(0x80 - out.size(), '\0');
    out.append(QByteArray("PE\0\0", 4));
    out.append(bytes({0x64, 0x86, 6, 0})); // x86-64, six sections
    return out + QByteArray(256, '\0');
}

QByteArray macho64()
{
    return bytes({0xCF, 0xFA, 0xED, 0xFE, 0x07, 0, 0, 0x01, 3, 0, 0, 0, 2, 0, 0, 0}) +
           QByteArray(64, '\0');
}

QByteArray cafebabe(int secondWord)
{
    QByteArray out = bytes({0xCA, 0xFE, 0xBA, 0xBE});
    out.append(char((secondWord >> 24) & 0xFF)).append(char((secondWord >> 16) & 0xFF));
    out.append(char((secondWord >> 8) & 0xFF)).append(char(secondWord & 0xFF));
    return out + QByteArray(32, '\0');
}

QByteArray zipArchive(const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    QByteArray out;
    QByteArray central;
    for (const auto &[name, data] : entries) {
        const auto offset = quint32(out.size());
        out.append("PK\x03\x04");
        appendLe16(out, 20); // version needed
        appendLe16(out, 0);  // flags
        appendLe16(out, 0);  // stored
        appendLe32(out, 0);  // time, date
        appendLe32(out, 0);  // CRC-32, not checked by a sniffer
        appendLe32(out, quint32(data.size()));
        appendLe32(out, quint32(data.size()));
        appendLe16(out, quint16(name.size()));
        appendLe16(out, 0);
        out.append(name).append(data);

        central.append("PK\x01\x02");
        appendLe16(central, 20);
        appendLe16(central, 20);
        appendLe16(central, 0);
        appendLe16(central, 0);
        appendLe32(central, 0);
        appendLe32(central, 0);
        appendLe32(central, quint32(data.size()));
        appendLe32(central, quint32(data.size()));
        appendLe16(central, quint16(name.size()));
        appendLe16(central, 0); // extra
        appendLe16(central, 0); // comment
        appendLe16(central, 0); // disk
        appendLe16(central, 0); // internal attributes
        appendLe32(central, 0); // external attributes
        appendLe32(central, offset);
        central.append(name);
    }
    const auto centralOffset = quint32(out.size());
    out.append(central);
    out.append("PK\x05\x06");
    appendLe16(out, 0);
    appendLe16(out, 0);
    appendLe16(out, quint16(entries.size()));
    appendLe16(out, quint16(entries.size()));
    appendLe32(out, quint32(central.size()));
    appendLe32(out, centralOffset);
    appendLe16(out, 0);
    return out;
}

QByteArray dmg()
{
    QByteArray out = QByteArray("x\xDA", 2) + noise(4096, 6);
    QByteArray trailer("koly");
    appendLe32(trailer, 0x04000000); // version 4, big-endian on disk; any value will do
    trailer.append(512 - trailer.size(), '\0');
    return out + trailer;
}

QByteArray russianLog()
{
    QByteArray log;
    for (int i = 0; i < 50; ++i)
        log.append(u"2026-03-01 10:00:%1 ОШИБКА: не удалось открыть базу «Склад»\r\n"_s
                       .arg(i, 2, 10, QLatin1Char('0'))
                       .toUtf8());
    return log;
}

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray out;
    for (QChar c : text) {
        const ushort unit = c.unicode();
        if (littleEndian)
            out.append(char(unit & 0xFF)).append(char(unit >> 8));
        else
            out.append(char(unit >> 8)).append(char(unit & 0xFF));
    }
    return out;
}

} // namespace

class TestAttachmentPolicy : public QObject
{
    Q_OBJECT

    // Checks the current row of accepted/refused, whole and as streamed head + tail.
    void verifyContent();

private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void earlyRefusalFromHead_data();
    void earlyRefusalFromHead();
    void size_data();
    void size();
    void archiveNeedsItsTail();
    void dmgNeedsItsTail();
    void oversizeRefusedBeforeContent();
};

void TestAttachmentPolicy::accepted_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<QString>("code");

    const QString ok;
    QTest::newRow("png") << png() << u"screen.png"_s << true << u"image/png"_s << ok;
    QTest::newRow("png without extension") << png() << u"screen"_s << true << u"image/png"_s << ok;
    QTest::newRow("png named jpg") << png() << u"photo.JPG"_s << true << u"image/png"_s << ok;
    QTest::newRow("jpeg") << jpeg() << u"photo.jpg"_s << true << u"image/jpeg"_s << ok;
    QTest::newRow("gif89a") << gif('9') << u"anim.gif"_s << true << u"image/gif"_s << ok;
    QTest::newRow("gif87a") << gif('7') << u"old.gif"_s << true << u"image/gif"_s << ok;
    QTest::newRow("bmp") << bmp() << u"screen.bmp"_s << true << u"image/bmp"_s << ok;
    QTest::newRow("webp") << webp() << u"screen.webp"_s << true << u"image/webp"_s << ok;
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n") + noise(64, 7)
                         << u"manual.pdf"_s << true << u"application/pdf"_s << ok;
    QTest::newRow("sqlite database")
        << QByteArray("SQLite format 3\0", 16) + bytes({0x10, 0, 1, 1}) + QByteArray(100, '\0')
        << u"napoleon.db"_s << true << u"application/vnd.sqlite3"_s << ok;
    QTest::newRow("7z") << bytes({'7', 'z', 0xBC, 0xAF, 0x27, 0x1C, 0, 4}) + noise(64, 8)
                        << u"logs.7z"_s << true << u"application/x-7z-compressed"_s << ok;
    QTest::newRow("gzip") << bytes({0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 3}) + noise(64, 9)
                          << u"logs.tar.gz"_s << true << u"application/gzip"_s << ok;
    QTest::newRow("zip of logs") << zipArchive({{"logs/app.log", "started\n"},
                                                {"logs/app.1.log", "stopped\n"}})
                                 << u"logs.zip"_s << true << u"application/zip"_s << ok;
    QTest::newRow("docx")
        << zipArchive({{"[Content_Types].xml", "<Types/>"},
                       {"_rels/.rels", "<Relationships/>"},
                       {"word/document.xml", "<w:document/>"}})
        << u"spec.docx"_s << true
        << u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s << ok;
    QTest::newRow("russian utf-8 log")
        << russianLog() << u"app.log"_s << true << u"text/plain"_s << ok;
    QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBF") + russianLog() << u"app.txt"_s
                                    << true << u"text/plain"_s << ok;
    QTest::newRow("utf-16le with bom")
        << bytes({0xFF, 0xFE}) + utf16(u"Ошибка синхронизации\r\n"_s, true) << u"sync.log"_s << true
        << u"text/plain"_s << ok;
    QTest::newRow("utf-16le without bom")
        << utf16(u"[10:00:01] Sync failed: код 5\r\n"_s.repeated(20), true) << u"sync.log"_s << true
        << u"text/plain"_s << ok;
    QTest::newRow("utf-16be without bom")
        << utf16(u"Import stopped at row 17\n"_s.repeated(20), false) << u"import.log"_s << true
        << u"text/plain"_s << ok;
    QTest::newRow("windows-1251 log")
        << QByteArray("\xCE\xF8\xE8\xE1\xEA\xE0 \xE8\xEC\xEF\xEE\xF0\xF2\xE0\r\n").repeated(10)
        << u"import.log"_s << true << u"text/plain"_s << ok;
    QTest::newRow("ansi colours in log")
        << QByteArray("\x1B[31mERROR\x1B[0m connection refused\n").repeated(10) << u"run.log"_s
        << true << u"text/plain"_s << ok;
    QTest::newRow("text starting with MZ")
        << QByteArray("MZ-2026 quarterly import report\nrows: 1200\n") << u"report.txt"_s << true
        << u"text/plain"_s << ok;
    QTest::newRow("text starting with BM") << QByteArray("BMW dealer sync log\nstarted 10:00\n")
                                           << u"bmw.log"_s << true << u"text/plain"_s << ok;
}

void TestAttachmentPolicy::refused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<QString>("code");

    const QString executable = u"executable"_s;
    QTest::newRow("pe executable")
        << peExecutable() << u"setup.exe"_s << false
        << u"application/vnd.microsoft.portable-executable"_s << executable;
    QTest::newRow("exe renamed to png")
        << peExecutable() << u"screenshot.png"_s << false
        << u"application/vnd.microsoft.portable-executable"_s << executable;
    QTest::newRow("dos executable")
        << QByteArray("MZ", 2) + bytes({0x90, 0, 3, 0, 0, 0, 4, 0}) + noise(32, 10)
        << u"tool.com.txt"_s << false << u"application/x-dosexec"_s << executable;
    QTest::newRow("elf") << bytes({0x7F, 'E', 'L', 'F', 2, 1, 1, 0}) + QByteArray(56, '\0')
                         << u"agent"_s << false << u"application/x-elf"_s << executable;
    QTest::newRow("mach-o 64") << macho64() << u"agent.png"_s << false
                               << u"application/x-mach-binary"_s << executable;
    QTest::newRow("mach-o 32 big-endian")
        << bytes({0xFE, 0xED, 0xFA, 0xCE}) + QByteArray(28, '\0') << u"agent"_s << false
        << u"application/x-mach-binary"_s << executable;
    QTest::newRow("mach-o fat, 2 archs")
        << cafebabe(2) << u"Agent"_s << false << u"application/x-mach-binary"_s << executable;
    QTest::newRow("mach-o fat64") << bytes({0xCA, 0xFE, 0xBA, 0xBF, 0, 0, 0, 2}) << u"Agent"_s
                                  << false << u"application/x-mach-binary"_s << executable;
    QTest::newRow("java class") << cafebabe(52) << u"Main.class"_s << false
                                << u"application/java-vm"_s << executable;
    QTest::newRow("java class with preview minor")
        << cafebabe(int(0xFFFF0041)) << u"Main"_s << false << u"application/java-vm"_s
        << executable;
    QTest::newRow("msi / cfb") << bytes({0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}) +
                                      QByteArray(504, '\0')
                               << u"installer.msi"_s << false << u"application/x-ole-storage"_s
                               << u"compound_document"_s;
    QTest::newRow("old word document")
        << bytes({0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}) + QByteArray(504, '\0')
        << u"letter.doc"_s << false << u"application/x-ole-storage"_s << u"compound_document"_s;
    QTest::newRow("deb") << QByteArray(
                                "!<arch>\ndebian-binary   1700000000  0     0     100644  4  "
                                "     `\n2.0\n")
                         << u"agent.deb"_s << false << u"application/vnd.debian.binary-package"_s
                         << executable;
    QTest::newRow("rpm") << bytes({0xED, 0xAB, 0xEE, 0xDB, 3, 0, 0, 0}) + QByteArray(88, '\0')
                         << u"agent.rpm"_s << false << u"application/x-rpm"_s << executable;
    QTest::newRow("cab") << QByteArray("MSCF\0\0\0\0", 8) + noise(32, 11) << u"update.cab"_s
                         << false << u"application/vnd.ms-cab-compressed"_s << executable;
    QTest::newRow("windows shortcut")
        << bytes({0x4C, 0, 0, 0, 0x01, 0x14, 0x02, 0, 0, 0, 0, 0, 0xC0, 0, 0, 0, 0, 0, 0, 0x46}) +
               QByteArray(56, '\0')
        << u"readme.txt"_s << false << u"application/x-ms-shortcut"_s << executable;
    QTest::newRow("apk") << zipArchive({{"res/layout/main.xml", "<LinearLayout/>"},
                                        {"AndroidManifest.xml", "<manifest/>"},
                                        {"classes.dex", "dex\n035"}})
                         << u"app.zip"_s << false << u"application/vnd.android.package-archive"_s
                         << executable;
    QTest::newRow("jar") << zipArchive({{"META-INF/MANIFEST.MF", "Main-Class: x.Main\n"},
                                        {"x/Main.class", "\xCA\xFE\xBA\xBE"}})
                         << u"tool.zip"_s << false << u"application/java-archive"_s << executable;
    QTest::newRow("zip with an installer")
        << zipArchive({{"readme.txt", "run me"}, {"Setup.EXE", "MZ"}}) << u"logs.zip"_s << false
        << u"application/zip"_s << u"archive_contains_program"_s;
    QTest::newRow("dmg") << dmg() << u"logs.zip"_s << false << u"application/x-apple-diskimage"_s
                         << executable;
    QTest::newRow("shell script") << QByteArray("#!/bin/sh\nrm -rf /tmp/cache\n") << u"fix.txt"_s
                                  << false << u"text/x-script"_s << u"script"_s;
    QTest::newRow("python script") << QByteArray("#!/usr/bin/env python3\nprint('hi')\n")
                                   << u"fix.log"_s << false << u"text/x-script"_s << u"script"_s;
    QTest::newRow("text named bat")
        << QByteArray("@echo off\r\ndel /q C:\\temp\\*\r\n") << u"cleanup.bat"_s << false
        << u"text/plain"_s << u"program_name"_s;
    QTest::newRow("png named exe")
        << png() << u"screen.png.exe"_s << false << u"image/png"_s << u"program_name"_s;
    QTest::newRow("random binary") << noise(4096, 12) << u"dump.bin"_s << false
                                   << u"application/octet-stream"_s << u"unsupported_type"_s;
    QTest::newRow("mp4 video") << bytes({0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0,
                                         0, 2, 0}) +
                                      noise(64, 13)
                               << u"recording.mp4"_s << false << u"application/octet-stream"_s
                               << u"unsupported_type"_s;
    QTest::newRow("binary without NUL")
        << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08").repeated(8) << u"data.txt"_s << false
        << u"application/octet-stream"_s << u"unsupported_type"_s;
}

void TestAttachmentPolicy::accepted()
{
    verifyContent();
}

void TestAttachmentPolicy::refused()
{
    verifyContent();
}

void TestAttachmentPolicy::verifyContent()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, name);
    QFETCH(bool, allowed);
    QFETCH(QString, mimeType);
    QFETCH(QString, code);

    const AttachmentPolicy policy;
    const AttachmentPolicy::Verdict verdict = policy.check(name, content);
    QCOMPARE(verdict.allowed, allowed);
    QCOMPARE(verdict.mimeType, mimeType);
    QCOMPARE(verdict.code, code);
    QCOMPARE(verdict.reason.isEmpty(), allowed);

    // The same decision from separate head and tail buffers, as the server streams them.
    const AttachmentPolicy::Verdict streamed =
        policy.check(name, content.left(AttachmentPolicy::HeadBytes),
                     content.right(AttachmentPolicy::TailBytes), content.size());
    QCOMPARE(streamed.allowed, allowed);
    QCOMPARE(streamed.mimeType, mimeType);
    QCOMPARE(streamed.code, code);
}

// Refusals the server can make from the first bytes, before buffering the rest.
void TestAttachmentPolicy::earlyRefusalFromHead_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("code");

    QTest::newRow("pe") << peExecutable() << false << u"executable"_s;
    QTest::newRow("elf") << bytes({0x7F, 'E', 'L', 'F', 2, 1, 1, 0}) << false << u"executable"_s;
    QTest::newRow("cfb") << bytes({0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}) << false
                         << u"compound_document"_s;
    QTest::newRow("shebang") << QByteArray("#!/bin/bash\n") << false << u"script"_s;
    QTest::newRow("png") << png() << true << QString();
    QTest::newRow("log") << russianLog() << true << QString();
    QTest::newRow("empty") << QByteArray() << false << u"empty"_s;
}

void TestAttachmentPolicy::earlyRefusalFromHead()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, allowed);
    QFETCH(QString, code);

    const AttachmentPolicy::Verdict verdict = AttachmentPolicy::classify(head);
    QCOMPARE(verdict.allowed, allowed);
    QCOMPARE(verdict.code, code);
}

void TestAttachmentPolicy::size_data()
{
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("code");

    const qint64 standard = AttachmentPolicy::DefaultMaxBytes;
    QTest::newRow("default limit exactly") << standard << standard << QString();
    QTest::newRow("default limit plus one") << standard << standard + 1 << u"too_large"_s;
    QTest::newRow("a screenshot") << standard << qint64(2'500'000) << QString();
    QTest::newRow("seed 004 limit") << qint64(300 * 1024) << qint64(300 * 1024) << QString();
    QTest::newRow("over seed 004 limit")
        << qint64(300 * 1024) << qint64(300 * 1024 + 1) << u"too_large"_s;
    QTest::newRow("empty") << standard << qint64(0) << u"empty"_s;
    QTest::newRow("size not known yet") << standard << qint64(-1) << QString();
}

void TestAttachmentPolicy::size()
{
    QFETCH(qint64, limit);
    QFETCH(qint64, size);
    QFETCH(QString, code);

    const AttachmentPolicy policy({limit});
    QCOMPARE(policy.limits().maxBytes, limit);
    const AttachmentPolicy::Verdict verdict = policy.checkSize(size);
    QCOMPARE(verdict.code, code);
    QCOMPARE(verdict.allowed, code.isEmpty());
    QCOMPARE(verdict.reason.isEmpty(), code.isEmpty());
}

// An APK whose local headers for AndroidManifest.xml lie beyond the head: only the central
// directory at the end names it.
void TestAttachmentPolicy::archiveNeedsItsTail()
{
    const QByteArray filler(100 * 1024, 'x');
    const QByteArray apk = zipArchive(
        {{"assets/big.bin", filler}, {"AndroidManifest.xml", filler}, {"resources.arsc", filler}});
    const QByteArray head = apk.left(AttachmentPolicy::HeadBytes);
    const QByteArray tail = apk.right(AttachmentPolicy::TailBytes);
    QVERIFY(!head.contains("AndroidManifest.xml"));
    QCOMPARE(tail.count("AndroidManifest.xml"), 1); // the central directory entry only

    QCOMPARE(AttachmentPolicy::classify(head).mimeType, u"application/zip"_s);
    const AttachmentPolicy::Verdict verdict =
        AttachmentPolicy({400 * 1024}).check(u"photos.zip"_s, head, tail, apk.size());
    QVERIFY(!verdict.allowed);
    QCOMPARE(verdict.mimeType, u"application/vnd.android.package-archive"_s);
    QCOMPARE(verdict.code, u"executable"_s);
}

void TestAttachmentPolicy::dmgNeedsItsTail()
{
    const QByteArray image = QByteArray("x\xDA", 2) + noise(200 * 1024, 14) + dmg().right(512);
    const QByteArray head = image.left(AttachmentPolicy::HeadBytes);
    const AttachmentPolicy::Verdict verdict = AttachmentPolicy().check(
        u"archive.zip"_s, head, image.right(AttachmentPolicy::TailBytes), image.size());
    QVERIFY(!verdict.allowed);
    QCOMPARE(verdict.mimeType, u"application/x-apple-diskimage"_s);
    // The head alone cannot see the trailer; it is refused only as an unknown type.
    QCOMPARE(AttachmentPolicy::classify(head).code, u"unsupported_type"_s);
}

void TestAttachmentPolicy::oversizeRefusedBeforeContent()
{
    const AttachmentPolicy policy({1024});
    const AttachmentPolicy::Verdict verdict = policy.check(u"screen.png"_s, png(), {}, 1024 * 1024);
    QVERIFY(!verdict.allowed);
    QCOMPARE(verdict.code, u"too_large"_s);
    QVERIFY(policy.check(u"screen.png"_s, png()).allowed);
}

QTEST_GUILESS_MAIN(TestAttachmentPolicy)
#include "testattachmentpolicy.moc"
