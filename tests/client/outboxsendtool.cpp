// A client process for testoutbox: opens a replica, sends its outbox to the server with an
// OutboxSender and exits 0 once the outbox is empty (2 on a storage error, 3 on time-out).
// testoutbox SIGKILLs it mid-request and runs it again.
//   outboxsendtool REPLICA_FILE BASE_URL TOKEN
#include "client/outbox.h"
#include "client/outboxsender.h"
#include "client/replica.h"
#include "client/serverapi.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrl>

#include <cstdio>

using namespace sd::client;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: outboxsendtool REPLICA_FILE BASE_URL TOKEN\n");
        return 64;
    }
    auto replica = Replica::open(args.at(1));
    if (!replica) {
        std::fprintf(stderr, "replica: %s\n", qPrintable(replica.error().message));
        return 2;
    }
    QNetworkAccessManager network;
    ServerApi api(&network, QUrl(args.at(2)));
    api.setToken(args.at(3));
    Outbox outbox(*replica.value(), {}, args.at(1) + QStringLiteral(".files"));
    OutboxSender sender(&api, &outbox);
    const auto finishWhenEmpty = [&] {
        auto next = outbox.next();
        if (!next)
            app.exit(2);
        else if (!next.value())
            app.exit(0);
    };
    QObject::connect(&sender, &OutboxSender::stateChanged, &app, [&](OutboxSender::State state) {
        if (state == OutboxSender::State::Idle)
            finishWhenEmpty();
        else if (state == OutboxSender::State::Sending)
            std::fprintf(stdout, "sending\n");
        std::fflush(stdout);
    });
    QTimer::singleShot(60000, &app, [&] { app.exit(3); });
    QTimer::singleShot(0, &sender, &OutboxSender::start);
    return app.exec();
}
