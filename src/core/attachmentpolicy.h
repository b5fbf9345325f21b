#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sd::core {

// Decides what an uploaded blob is from its bytes, never from its name, and whether support
// accepts it (seeds 001, 002, 004): screenshots, logs and other text, PDF, common archives and
// database files pass; programs, installers, packages and scripts are refused, and so is any
// type not on that list. The name can only add a refusal ("report.bat"), never allow a file.
//
// The server can refuse early: checkSize() from the declared Content-Length, classify() from
// the first HeadBytes, then check() once the upload is complete (it also needs the tail:
// DMG images are recognised by their last 512 bytes, ZIP packages by the central directory).
class AttachmentPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentPolicy)

public:
    // 10 MiB: a screenshot today is 1-3 MB and a zipped log a few MB, while seed 004's 300 KB
    // dates from the web forms of the 2000s. Each installation sets its own limit.
    static constexpr qint64 DefaultMaxBytes = 10 * 1024 * 1024;

    // Give classify() and check() at least this many leading bytes (or the whole blob when it
    // is smaller): enough to find a PE header, judge text and read the first ZIP entry names.
    static constexpr qsizetype HeadBytes = 64 * 1024;
    // And this many trailing bytes to check(): the DMG trailer and a ZIP central directory.
    static constexpr qsizetype TailBytes = 64 * 1024;

    struct Limits
    {
        qint64 maxBytes = DefaultMaxBytes;
    };

    // On refusal: `code` is stable for programs ("too_large", "executable", ...), `reason` is
    // translated. `mimeType` is what the bytes are, also for refused files when known.
    struct Verdict
    {
        bool allowed = false;
        QString mimeType;
        QString code;
        QString reason;
    };

    AttachmentPolicy();
    explicit AttachmentPolicy(const Limits &limits);

    Limits limits() const { return m_limits; }

    // Refuses an empty or too large blob. A negative size means "not known yet" and passes,
    // so the server must call it again with the bytes actually received.
    Verdict checkSize(qint64 size) const;

    // Type and decision from the leading bytes alone (see HeadBytes); size is not checked.
    static Verdict classify(const QByteArray &head);

    // The full decision. `head` and `tail` are the first and last bytes of a blob of `size`
    // bytes; when `head` holds the whole blob the tail may be empty.
    Verdict check(const QString &name, const QByteArray &head, const QByteArray &tail,
                  qint64 size) const;
    Verdict check(const QString &name, const QByteArray &content) const;

private:
    Limits m_limits;
};

} // namespace sd::core
