#pragma once

#include <QMainWindow>
#include <QUrl>

class QLabel;

namespace sd::protocol {
struct HealthInfo;
}

namespace sd::widgets {

// The workstation's main window. Until the ticket tables land it shows which server the
// workstation talks to and whether that server and its database are healthy.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

    void showConnecting(const QString &what);
    void showServer(const QUrl &url, const sd::protocol::HealthInfo &health);
    void showFailure(const QString &message);

private:
    QLabel *m_headline;
    QLabel *m_details;
};

} // namespace sd::widgets
