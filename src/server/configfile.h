#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sd::server {

// Reads supportdesk-server's INI config file: [section] headers, "key = value" lines, and
// comment lines starting with '#' or ';'. A value may be wrapped in double quotes to keep
// leading or trailing spaces. There are no inline comments, because '#' and ';' are legal in
// passwords and paths.
//
// Our own reader rather than QSettings::IniFormat: QSettings cannot say on which line a key
// stands, silently drops malformed lines, keeps only the last of two equal keys, turns
// "a, b" into a list and "@Variant(...)" into binary data, and treats [General] specially.
// An admin's typo must instead end in a message naming the file, the line and the key.
class ConfigFile final
{
    Q_DECLARE_TR_FUNCTIONS(sd::server::ConfigFile)

public:
    struct Entry
    {
        QString section;
        QString key;
        QString value;
        int line = 0;
    };

    // The entries in file order; nullopt with *error naming the file (and line) when the
    // file cannot be read, is not UTF-8 text, or has a line that is neither a comment, a
    // section header nor a key, a key outside any section, or the same key twice.
    static std::optional<QList<Entry>> read(const QString &path, QString *error);
    static std::optional<QList<Entry>> parse(const QByteArray &content, const QString &fileName,
                                             QString *error);
};

} // namespace sd::server
