#include "attachmentpolicy.h"

#include <QLocale>
#include <QStringList>
#include <QtEndian>

#include <algorithm>
#include <optional>
#include <string_view>

namespace sd::core {

namespace {

using namespace std::string_view_literals;

enum class Kind {
    Empty,
    Image,
    Document,
    Text,
    Archive,
    Database,
    Program,
    Script,
    CompoundFile,
    ArchiveWithProgram,
    Unknown,
};

struct Sniffed
{
    Kind kind = Kind::Unknown;
    QString mimeType;
    QString detail; // the offending entry of an archive
};

struct Magic
{
    std::string_view bytes;
    const char *mimeType;
    Kind kind;
};

// Fixed signatures at offset 0, longest first where one is a prefix of another. string_view
// keeps the embedded NUL bytes that a plain char array would cut off.
constexpr Magic Magics[] = {
    {"\x89PNG\r\n\x1a\n"sv, "image/png", Kind::Image},
    {"\xFF\xD8\xFF"sv, "image/jpeg", Kind::Image},
    {"GIF87a"sv, "image/gif", Kind::Image},
    {"GIF89a"sv, "image/gif", Kind::Image},
    {"%PDF-"sv, "application/pdf", Kind::Document},
    {"7z\xBC\xAF\x27\x1C"sv, "application/x-7z-compressed", Kind::Archive},
    {"\x1F\x8B\x08"sv, "application/gzip", Kind::Archive},
    {"Rar!\x1A\x07"sv, "application/vnd.rar", Kind::Archive},
    {"\xFD\x37zXZ\0"sv, "application/x-xz", Kind::Archive},
    // Seed 002 asks for the database of the mobile device.
    {"SQLite format 3\0"sv, "application/vnd.sqlite3", Kind::Database},
    {"\177ELF"sv, "application/x-elf", Kind::Program},
    {"\xFE\xED\xFA\xCE"sv, "application/x-mach-binary", Kind::Program},
    {"\xFE\xED\xFA\xCF"sv, "application/x-mach-binary", Kind::Program},
    {"\xCE\xFA\xED\xFE"sv, "application/x-mach-binary", Kind::Program},
    {"\xCF\xFA\xED\xFE"sv, "application/x-mach-binary", Kind::Program},
    {"\xBE\xBA\xFE\xCA"sv, "application/x-mach-binary", Kind::Program}, // fat, little-endian
    {"\xCA\xFE\xBA\xBF"sv, "application/x-mach-binary", Kind::Program}, // fat64
    {"\xBF\xBA\xFE\xCA"sv, "application/x-mach-binary", Kind::Program},
    // MSI and MSP are Compound File Binary, and so are .doc/.xls/.ppt/.msg: the container
    // does not say which from its first bytes (the root entry's CLSID may sit anywhere in
    // the file), so every CFB is refused rather than letting installers through.
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv, "application/x-ole-storage", Kind::CompoundFile},
    {"!<arch>\ndebian-binary"sv, "application/vnd.debian.binary-package", Kind::Program},
    {"!<arch>\n"sv, "application/x-archive", Kind::Program}, // static libraries
    {"\xED\xAB\xEE\xDB"sv, "application/x-rpm", Kind::Program},
    {"MSCF\0\0\0\0"sv, "application/vnd.ms-cab-compressed", Kind::Program},
    {"L\0\0\0\x01\x14\x02\0"sv, "application/x-ms-shortcut", Kind::Program},
    {"\0asm"sv, "application/wasm", Kind::Program},
    {"#!"sv, "text/x-script", Kind::Script},
    {"\xEF\xBB\xBF"sv, "text/plain", Kind::Text},
    {"\xFF\xFE"sv, "text/plain", Kind::Text},
    {"\xFE\xFF"sv, "text/plain", Kind::Text},
};

// Extensions Windows, macOS and Linux desktops run or install on a double click. Used for
// names inside archives and for the attachment's own name (which may only refuse).
constexpr std::u16string_view ProgramExtensions[] = {
    u"exe", u"msi", u"msp", u"msix", u"msixbundle", u"appx", u"appxbundle", u"dll", u"sys", u"scr",
    u"com", u"pif", u"cpl", u"bat",  u"cmd",        u"ps1",  u"vbs",        u"vbe", u"wsf", u"hta",
    u"reg", u"lnk", u"jar", u"apk",  u"dmg",        u"pkg",  u"deb",        u"rpm"};

QByteArrayView view(std::string_view bytes)
{
    return QByteArrayView(bytes.data(), qsizetype(bytes.size()));
}

bool hasAt(QByteArrayView data, qsizetype offset, std::string_view bytes)
{
    return offset >= 0 && data.size() >= offset + qsizetype(bytes.size()) &&
           data.sliced(offset, qsizetype(bytes.size())) == view(bytes);
}

quint16 le16(QByteArrayView data, qsizetype offset)
{
    return qFromLittleEndian<quint16>(data.data() + offset);
}

quint32 le32(QByteArrayView data, qsizetype offset)
{
    return qFromLittleEndian<quint32>(data.data() + offset);
}

bool hasProgramExtension(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot < 0)
        return false;
    const QStringView extension = QStringView(name).sliced(dot + 1);
    for (std::u16string_view candidate : ProgramExtensions)
        if (extension.compare(QStringView(candidate.data(), qsizetype(candidate.size())),
                              Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// C0 control characters other than blanks and ESC (coloured log output) mark binary data;
// a stray one in a long log does not.
bool isSuspiciousControl(uint c)
{
    return c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1B;
}

// Text in UTF-8, ASCII or a legacy 8-bit code page (Windows-1251 logs are common): no NUL
// byte and at most 1% control characters.
bool looksLikeText(QByteArrayView data)
{
    qsizetype controls = 0;
    for (char byte : data) {
        const auto c = uchar(byte);
        if (c == 0)
            return false;
        if (isSuspiciousControl(c))
            ++controls;
    }
    return controls * 100 <= data.size();
}

// UTF-16 without a byte order mark, as some Windows tools write logs. Zero bytes must all sit
// in the high-byte position: in random binary data they fall on both.
bool looksLikeUtf16(QByteArrayView data, bool littleEndian)
{
    const qsizetype units = data.size() / 2;
    qsizetype controls = 0;
    qsizetype zeroHighBytes = 0;
    for (qsizetype i = 0; i < units; ++i) {
        const auto first = uchar(data[2 * i]);
        const auto second = uchar(data[2 * i + 1]);
        const uint low = littleEndian ? first : second;
        const uint high = littleEndian ? second : first;
        if (low == 0)
            return false;
        if (high == 0) {
            ++zeroHighBytes;
            if (isSuspiciousControl(low))
                ++controls;
        }
    }
    return zeroHighBytes > 0 && controls * 100 <= units;
}

QStringList zipEntryNames(QByteArrayView data)
{
    // Local headers keep the name at 30 (length at 26), central directory headers at 46
    // (length at 28). Signatures inside compressed data are possible but harmless: a false
    // name only matters if it looks like a program.
    struct Header
    {
        std::string_view signature;
        qsizetype lengthOffset;
        qsizetype nameOffset;
    };
    static constexpr Header Headers[] = {{"PK\x03\x04"sv, 26, 30}, {"PK\x01\x02"sv, 28, 46}};
    QStringList names;
    for (const Header &header : Headers) {
        for (qsizetype at = data.indexOf(view(header.signature)); at >= 0;
             at = data.indexOf(view(header.signature), at + 4)) {
            if (at + header.nameOffset > data.size())
                break;
            const qsizetype length = le16(data, at + header.lengthOffset);
            if (at + header.nameOffset + length <= data.size())
                names.append(QString::fromUtf8(data.sliced(at + header.nameOffset, length)));
        }
    }
    return names;
}

// What kind of package the entry names make a ZIP: Android, Java, iOS and Windows app packages
// are installers; Office Open XML documents are named for what they are.
Sniffed inspectZip(const QStringList &names)
{
    QString program;
    for (const QString &name : names) {
        if (name == u"AndroidManifest.xml" || name == u"classes.dex")
            return {Kind::Program, QStringLiteral("application/vnd.android.package-archive"), {}};
        if (name == u"META-INF/MANIFEST.MF" || name.endsWith(u".class"))
            return {Kind::Program, QStringLiteral("application/java-archive"), {}};
        if (name.startsWith(u"Payload/") && name.contains(u".app/"))
            return {Kind::Program, QStringLiteral("application/x-ios-app"), {}};
        if (name == u"AppxManifest.xml" || name == u"AppxMetadata/AppxBundleManifest.xml")
            return {Kind::Program, QStringLiteral("application/vnd.ms-appx"), {}};
        if (program.isEmpty() && hasProgramExtension(name))
            program = name;
    }
    if (!program.isEmpty())
        return {Kind::ArchiveWithProgram, QStringLiteral("application/zip"), program};
    if (names.contains(u"[Content_Types].xml")) {
        const auto hasPart = [&](QStringView folder) {
            return std::any_of(names.begin(), names.end(),
                               [&](const QString &name) { return name.startsWith(folder); });
        };
        if (hasPart(u"word/"))
            return {Kind::Document,
                    QStringLiteral("application/"
                                   "vnd.openxmlformats-officedocument.wordprocessingml.document"),
                    {}};
        if (hasPart(u"xl/"))
            return {Kind::Document,
                    QStringLiteral("application/"
                                   "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                    {}};
    }
    return {Kind::Archive, QStringLiteral("application/zip"), {}};
}

// Signatures that need more than a fixed prefix; nullopt when none matches. `tail` is empty
// when unknown or when `head` is the whole blob (then `end` is `head`).
std::optional<Sniffed> sniffStructured(QByteArrayView head, QByteArrayView tail, QByteArrayView end)
{
    if (end.size() >= 512 && hasAt(end, end.size() - 512, "koly"sv))
        return Sniffed{Kind::Program, QStringLiteral("application/x-apple-diskimage"), {}};
    // Java class files and fat Mach-O share CAFEBABE. Mach-O then counts its architectures
    // (a handful), a class file its version (major 45 and up), so the next word tells them
    // apart; both are programs.
    if (hasAt(head, 0, "\xCA\xFE\xBA\xBE"sv)) {
        const bool isClass = head.size() >= 8 && qFromBigEndian<quint32>(head.data() + 4) >= 45;
        return Sniffed{Kind::Program,
                       isClass ? QStringLiteral("application/java-vm")
                               : QStringLiteral("application/x-mach-binary"),
                       {}};
    }
    if (hasAt(head, 0, "MZ"sv)) {
        const qsizetype peOffset = head.size() >= 0x40 ? qsizetype(le32(head, 0x3C)) : -1;
        if (hasAt(head, peOffset, "PE\0\0"sv))
            return Sniffed{
                Kind::Program, QStringLiteral("application/vnd.microsoft.portable-executable"), {}};
        // Without a PE header in sight it is a DOS program, unless it is plain text that
        // happens to start with "MZ".
        if (!looksLikeText(head))
            return Sniffed{Kind::Program, QStringLiteral("application/x-dosexec"), {}};
    }
    if (hasAt(head, 0, "PK\x03\x04"sv) || hasAt(head, 0, "PK\x05\x06"sv) ||
        hasAt(head, 0, "PK\x07\x08"sv))
        return inspectZip(zipEntryNames(head) + zipEntryNames(tail));
    if (hasAt(head, 0, "RIFF"sv) && hasAt(head, 8, "WEBP"sv))
        return Sniffed{Kind::Image, QStringLiteral("image/webp"), {}};
    // "BM" alone is too weak (a log line may start with it): the DIB header size and the
    // reserved zero words must fit too.
    if (hasAt(head, 0, "BM"sv) && head.size() >= 18 && le16(head, 6) == 0 && le16(head, 8) == 0) {
        constexpr quint32 DibSizes[] = {12, 40, 52, 56, 64, 108, 124};
        const quint32 dib = le32(head, 14);
        if (std::find(std::begin(DibSizes), std::end(DibSizes), dib) != std::end(DibSizes))
            return Sniffed{Kind::Image, QStringLiteral("image/bmp"), {}};
    }
    return std::nullopt;
}

Sniffed sniff(QByteArrayView head, QByteArrayView tail, bool headIsWhole)
{
    if (head.isEmpty())
        return {Kind::Empty, {}, {}};
    const QByteArrayView end = headIsWhole ? head : tail;
    if (std::optional<Sniffed> structured = sniffStructured(head, tail, end))
        return *structured;
    for (const Magic &magic : Magics)
        if (hasAt(head, 0, magic.bytes))
            return {magic.kind, QString::fromLatin1(magic.mimeType), {}};
    if (looksLikeText(head) || looksLikeUtf16(head, true) || looksLikeUtf16(head, false))
        return {Kind::Text, QStringLiteral("text/plain"), {}};
    return {Kind::Unknown, QStringLiteral("application/octet-stream"), {}};
}

AttachmentPolicy::Verdict refuse(const QString &mimeType, const char16_t *code,
                                 const QString &reason)
{
    return {false, mimeType, QString::fromUtf16(code), reason};
}

AttachmentPolicy::Verdict verdictFor(const Sniffed &sniffed)
{
    switch (sniffed.kind) {
    case Kind::Image:
    case Kind::Document:
    case Kind::Text:
    case Kind::Archive:
    case Kind::Database:
        return {true, sniffed.mimeType, {}, {}};
    case Kind::Empty:
        return refuse(sniffed.mimeType, u"empty", AttachmentPolicy::tr("The file is empty"));
    case Kind::Program:
        return refuse(
            sniffed.mimeType, u"executable",
            AttachmentPolicy::tr("Programs and installers cannot be attached; attach screenshots, "
                                 "logs or the data file instead"));
    case Kind::Script:
        return refuse(
            sniffed.mimeType, u"script",
            AttachmentPolicy::tr("Scripts cannot be attached; paste the script into the message "
                                 "text instead"));
    case Kind::CompoundFile:
        return refuse(sniffed.mimeType, u"compound_document",
                      AttachmentPolicy::tr(
                          "Old Office files (.doc, .xls, .ppt) share their format with Windows "
                          "Installer packages and cannot be told apart safely; save the "
                          "document as PDF, DOCX or XLSX"));
    case Kind::ArchiveWithProgram:
        return refuse(
            sniffed.mimeType, u"archive_contains_program",
            AttachmentPolicy::tr("The archive contains a program (%1); programs and installers "
                                 "cannot be attached")
                .arg(sniffed.detail));
    case Kind::Unknown:
        break;
    }
    return refuse(sniffed.mimeType, u"unsupported_type",
                  AttachmentPolicy::tr(
                      "This type of file is not accepted; attach screenshots (PNG, JPEG, "
                      "GIF), logs or other text, PDF documents, ZIP, 7z or gzip archives, or "
                      "database files"));
}

} // namespace

AttachmentPolicy::AttachmentPolicy() = default;

AttachmentPolicy::AttachmentPolicy(const Limits &limits) : m_limits(limits) {}

AttachmentPolicy::Verdict AttachmentPolicy::checkSize(qint64 size) const
{
    if (size == 0)
        return verdictFor({Kind::Empty, {}, {}});
    if (size > m_limits.maxBytes) {
        const QLocale locale;
        return refuse({}, u"too_large",
                      tr("The file is %1; attachments may be at most %2.")
                          .arg(locale.formattedDataSize(size, 1),
                               locale.formattedDataSize(m_limits.maxBytes, 1)));
    }
    return {true, {}, {}, {}};
}

AttachmentPolicy::Verdict AttachmentPolicy::classify(const QByteArray &head)
{
    return verdictFor(sniff(head, {}, false));
}

AttachmentPolicy::Verdict AttachmentPolicy::check(const QString &name, const QByteArray &head,
                                                  const QByteArray &tail, qint64 size) const
{
    if (Verdict bySize = checkSize(size); !bySize.allowed)
        return bySize;
    const bool headIsWhole = tail.isEmpty() && size <= head.size();
    Verdict verdict = verdictFor(sniff(head, tail, headIsWhole));
    if (verdict.allowed && hasProgramExtension(name))
        return refuse(verdict.mimeType, u"program_name",
                      tr("A file named \"%1\" would be opened as a program; programs and scripts "
                         "cannot be attached")
                          .arg(name));
    return verdict;
}

AttachmentPolicy::Verdict AttachmentPolicy::check(const QString &name,
                                                  const QByteArray &content) const
{
    return check(name, content, {}, content.size());
}

} // namespace sd::core
