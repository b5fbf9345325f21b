#pragma once

#include <QDialog>
#include <QUrl>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace sd::widgets {

// Asks for the server, login and password. It does not sign in itself: it checks what was
// typed, emits signInRequested() and waits (busy) until the owner reports a problem or
// accepts it. The password field is emptied after each attempt, so it never lingers.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    explicit LoginDialog(QWidget *parent = nullptr);
    ~LoginDialog() override;

    void setServer(const QUrl &server);
    void setLogin(const QString &login);
    // A line under the fields, e.g. the demo accounts of the private local server.
    void setHint(const QString &hint);
    void showProblem(const QString &message);
    void setBusy(bool busy);

    QUrl server() const;
    QString login() const;

signals:
    void signInRequested(const QUrl &server, const QString &login, const QString &password);

private:
    void submit();

    std::unique_ptr<Ui::LoginDialog> m_ui;
};

} // namespace sd::widgets
