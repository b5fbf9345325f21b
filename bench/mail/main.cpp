#include "mailbench.h"
#include "throwawaypostgres.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Mail intake benchmark: 1,000 messages (a third with a 100 KB attachment, a third "
        "replies that thread) through `supportdesk-server mailgate`, one process per message, "
        "and through the mail intake in-process, on SQLite and PostgreSQL. IMAP polling is not "
        "measured: it does not exist yet."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("100 messages; finishes within 20 s."));
    const QCommandLineOption messagesOption(
        QStringLiteral("messages"), QStringLiteral("Messages per run."), QStringLiteral("n"));
    parser.addOptions({quick, messagesOption});
    parser.process(app);

    int messages = parser.isSet(quick) ? 100 : 1000;
    if (parser.isSet(messagesOption))
        messages = qMax(3, parser.value(messagesOption).toInt());

    QTemporaryDir dir;
    bool ok =
        sd::bench::MailBench(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("mail.db")),
                             QStringLiteral("sqlite"), messages)
            .run();
    sd::bench::ThrowawayPostgres postgres;
    QString error;
    if (!postgres.start(&error)) {
        QTextStream(stderr) << "bench-mail: " << error << Qt::endl;
        return 1;
    }
    ok = sd::bench::MailBench(postgres.url(), QStringLiteral("postgresql"), messages).run() && ok;
    return ok ? 0 : 1;
}
