#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace sd::client {
class EmbeddedServer;
}

namespace sd::widgets {
class SubmitLauncher;
}

// Draws the customer's submission dialog for docs/screenshots/: a private server with demo
// data, a demo customer signed in (Russian or English by the language asked for), then the new
// request form with a refused generic subject, and "My requests" with a conversation open.
class SubmitScreenshotter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmitScreenshotter)

public:
    SubmitScreenshotter(QString serverProgram, QString scratch, QString directory,
                        QString language);
    ~SubmitScreenshotter() override;
    void start();

private:
    void serverReady();
    void signIn();
    void opened();
    void shootForm();
    void shootRequests();
    bool save(QWidget *widget, const QString &name);

    QString m_scratch;
    QString m_directory;
    QString m_language;
    sd::client::EmbeddedServer *m_server;
    sd::widgets::SubmitLauncher *m_launcher = nullptr;
};
