#pragma once

#include <QMainWindow>
#include <QUrl>

class QLabel;

namespace sd::protocol {
struct HealthInfo;
}

namespace sd::widgets {

// The window the workstation shows while it starts: which server it talks to, whether that
// server and its database are healthy, and what went wrong if they are not.
class StartupWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupWindow)

public:
    explicit StartupWindow(QWidget *parent = nullptr);

    void showConnecting(const QString &what);
    void showServer(const QUrl &url, const sd::protocol::HealthInfo &health);
    void showFailure(const QString &message);

private:
    QLabel *m_headline;
    QLabel *m_details;
};

} // namespace sd::widgets
