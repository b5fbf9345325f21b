#include "configfile.h"

#include <QFile>
#include <QSet>
#include <QStringDecoder>

namespace sd::server {

namespace {

QString unquoted(const QString &value)
{
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
        return value.mid(1, value.size() - 2);
    return value;
}

bool isComment(const QString &line)
{
    return line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';');
}

} // namespace

std::optional<QList<ConfigFile::Entry>> ConfigFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the config file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), path, error);
}

std::optional<QList<ConfigFile::Entry>> ConfigFile::parse(const QByteArray &content,
                                                          const QString &fileName, QString *error)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(content);
    if (decoder.hasError()) {
        *error = tr("The config file %1 is not UTF-8 text.").arg(fileName);
        return std::nullopt;
    }
    QList<Entry> entries;
    QSet<QString> seen;
    QString section;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        const int number = i + 1;
        if (isComment(line))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section = line.mid(1, line.size() - 2).trimmed();
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0) {
            *error = tr("%1, line %2: expected \"[section]\" or \"key = value\", got \"%3\"")
                         .arg(fileName)
                         .arg(number)
                         .arg(line);
            return std::nullopt;
        }
        Entry entry{section, line.left(equals).trimmed(), unquoted(line.mid(equals + 1).trimmed()),
                    number};
        if (section.isEmpty()) {
            *error = tr("%1, line %2: the key \"%3\" stands before any [section]")
                         .arg(fileName)
                         .arg(number)
                         .arg(entry.key);
            return std::nullopt;
        }
        const QString fullKey = section + u'/' + entry.key;
        if (seen.contains(fullKey)) {
            *error = tr("%1, line %2: [%3] %4 is set a second time")
                         .arg(fileName)
                         .arg(number)
                         .arg(section, entry.key);
            return std::nullopt;
        }
        seen.insert(fullKey);
        entries.append(entry);
    }
    return entries;
}

} // namespace sd::server
