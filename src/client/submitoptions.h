#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace sd::client {

// The command line of supportdesk-submit. The customer's own software opens the dialog with
// what it already knows (`--subject`, `--product`, `--version`, `--attach FILE` as often as
// needed), so those go into the new request. Relative paths are taken against the caller's
// working directory, and a file that does not exist is reported, never silently dropped.
//
// Which server, when --server is not given (first match wins):
//   1. the installer's preset: key `server/url` in `supportdesk-submit.conf` (INI) next to
//      the executable, else in the system configuration folders (Linux: /etc/xdg/, Windows:
//      C:\ProgramData\); see presetFiles();
//   2. the last server this user connected to (the user's settings, key `submit/server`);
//   3. the first-run screen, which asks the customer.
struct SubmitOptions
{
    Q_DECLARE_TR_FUNCTIONS(SubmitOptions)

public:
    static inline const QString PresetFileName = QStringLiteral("supportdesk-submit.conf");
    static inline const QString PresetKey = QStringLiteral("server/url");

    QUrl serverUrl;
    QString subject;
    QString product;
    QString version;
    QStringList attachments; // absolute paths of files that exist
    QString profileDir;      // replicas and outbox; empty: the user's data folder
    QString language;        // "ru", "en" or empty (the system's)
    bool offscreen = false;
    bool helpRequested = false;
    bool versionRequested = false;
    // Translated, one a line: unknown options, a bad URL, a missing file.
    QStringList problems;

    // `arguments` includes the program name first, as QCoreApplication::arguments().
    static SubmitOptions parse(const QStringList &arguments, const QString &workingDirectory);
    static QString helpText();

    // Where an installer may put the preset, in the order they are read.
    static QStringList presetFiles();
    // The first valid server URL among `files`; empty when none names one.
    static QUrl presetServer(const QStringList &files);
    // A URL a customer typed: "desk.example.com:8080" means http://desk.example.com:8080.
    static QUrl serverFromText(const QString &text);
};

} // namespace sd::client
