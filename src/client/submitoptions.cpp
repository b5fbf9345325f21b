#include "submitoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace sd::client {

namespace {

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption server{QStringLiteral("server"),
                              SubmitOptions::tr("The SupportDesk server's address."),
                              QStringLiteral("url")};
    QCommandLineOption subject{QStringLiteral("subject"),
                               SubmitOptions::tr("Subject of the new request."),
                               QStringLiteral("text")};
    QCommandLineOption product{QStringLiteral("product"),
                               SubmitOptions::tr("Product the request is about."),
                               QStringLiteral("name")};
    QCommandLineOption version{QStringLiteral("version"),
                               SubmitOptions::tr("Exact version of the product."),
                               QStringLiteral("version")};
    QCommandLineOption attach{QStringLiteral("attach"),
                              SubmitOptions::tr("Attach a file (may be given several times)."),
                              QStringLiteral("file")};
    QCommandLineOption profile{QStringLiteral("profile-dir"),
                               SubmitOptions::tr("Folder for the local copy of your requests "
                                                 "and for those waiting to be sent."),
                               QStringLiteral("dir")};
    QCommandLineOption lang{QStringLiteral("lang"), SubmitOptions::tr("Language: ru or en."),
                            QStringLiteral("code")};
    QCommandLineOption offscreen{QStringLiteral("offscreen"),
                                 SubmitOptions::tr("Run without a display.")};

    Parser()
    {
        parser.setApplicationDescription(SubmitOptions::tr("SupportDesk: send a request to "
                                                           "technical support"));
        parser.addHelpOption();
        // --version names the product version to pre-fill, so the program's own version
        // has only the long spelling.
        parser.addOption(QCommandLineOption(QStringLiteral("program-version"),
                                            SubmitOptions::tr("Show the program's version.")));
        parser.addOptions({server, subject, product, version, attach, profile, lang, offscreen});
    }
};

QString absolute(const QString &path, const QString &workingDirectory)
{
    return QDir::cleanPath(QDir(workingDirectory).absoluteFilePath(path));
}

void readAttachments(const QStringList &paths, const QString &workingDirectory,
                     SubmitOptions *options)
{
    for (const QString &path : paths) {
        const QFileInfo file(absolute(path, workingDirectory));
        if (!file.exists())
            options->problems.append(SubmitOptions::tr("The file %1 to attach does not exist.")
                                         .arg(QDir::toNativeSeparators(file.filePath())));
        else if (!file.isFile() || !file.isReadable())
            options->problems.append(SubmitOptions::tr("The file %1 to attach cannot be read.")
                                         .arg(QDir::toNativeSeparators(file.filePath())));
        else
            options->attachments.append(file.filePath());
    }
}

} // namespace

SubmitOptions SubmitOptions::parse(const QStringList &arguments, const QString &workingDirectory)
{
    Parser p;
    SubmitOptions options;
    if (!p.parser.parse(arguments)) {
        options.problems.append(p.parser.errorText());
        return options;
    }
    options.helpRequested = p.parser.isSet(QStringLiteral("help"));
    options.versionRequested = p.parser.isSet(QStringLiteral("program-version"));
    if (p.parser.isSet(p.server)) {
        options.serverUrl = serverFromText(p.parser.value(p.server));
        if (!options.serverUrl.isValid())
            options.problems.append(tr("%1 is not a server address. It looks like "
                                       "https://support.example.com.")
                                        .arg(p.parser.value(p.server)));
    }
    options.subject = p.parser.value(p.subject).trimmed();
    options.product = p.parser.value(p.product).trimmed();
    options.version = p.parser.value(p.version).trimmed();
    readAttachments(p.parser.values(p.attach), workingDirectory, &options);
    if (p.parser.isSet(p.profile))
        options.profileDir = absolute(p.parser.value(p.profile), workingDirectory);
    options.language = p.parser.value(p.lang).trimmed().toLower();
    if (!options.language.isEmpty() && options.language != u"ru" && options.language != u"en")
        options.problems.append(
            tr("The language %1 is not available; use ru or en.").arg(options.language));
    options.offscreen = p.parser.isSet(p.offscreen);
    for (const QString &extra : p.parser.positionalArguments())
        options.problems.append(tr("Unexpected argument: %1").arg(extra));
    return options;
}

QString SubmitOptions::helpText()
{
    return Parser().parser.helpText();
}

QStringList SubmitOptions::presetFiles()
{
    QStringList files{QDir(QCoreApplication::applicationDirPath()).filePath(PresetFileName)};
    // The first location is the user's own; an installer writes only the system ones.
    const QStringList config =
        QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation);
    for (qsizetype i = 1; i < config.size(); ++i)
        files.append(QDir(config.at(i)).filePath(PresetFileName));
    return files;
}

QUrl SubmitOptions::presetServer(const QStringList &files)
{
    for (const QString &file : files) {
        if (!QFileInfo::exists(file))
            continue;
        const QSettings preset(file, QSettings::IniFormat);
        const QUrl url = serverFromText(preset.value(PresetKey).toString());
        if (url.isValid())
            return url;
    }
    return {};
}

QUrl SubmitOptions::serverFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // Customers type the host name the way they read it ("desk.example.com:8080"); a scheme
    // is a word and a colon not followed by a port. HTTPS unless they say otherwise.
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:(?!\\d)"));
    QUrl url = QUrl::fromUserInput(
        scheme.match(trimmed).hasMatch() ? trimmed : QStringLiteral("https://") + trimmed);
    const bool web = url.scheme() == u"http" || url.scheme() == u"https";
    if (!url.isValid() || !web || url.host().isEmpty())
        return {};
    if (url.path() == u"/")
        url.setPath(QString());
    return url.adjusted(QUrl::StripTrailingSlash);
}

} // namespace sd::client
