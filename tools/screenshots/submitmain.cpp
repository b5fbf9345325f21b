// submit-screenshots OUTPUT_DIR LANGUAGE: see SubmitScreenshotter.
#include "client/embeddedserver.h"
#include "core/localization.h"
#include "submitscreenshotter.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SupportDeskSubmitScreenshots"));
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: submit-screenshots OUTPUT_DIR en|ru" << Qt::endl;
        return 2;
    }
    sd::core::Localization::install(app, args.at(2));
    QTemporaryDir scratch;
    QDir().mkpath(args.at(1));
    SubmitScreenshotter screenshotter(sd::client::EmbeddedServer::defaultServerProgram(),
                                      scratch.path(), args.at(1), args.at(2));
    screenshotter.start();
    // A hung start must not hang the script.
    QTimer::singleShot(120'000, &app, [] {
        QTextStream(stderr) << "submit-screenshots: timed out" << Qt::endl;
        QCoreApplication::exit(1);
    });
    return app.exec();
}
