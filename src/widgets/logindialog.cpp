#include "logindialog.h"

#include "ui_logindialog.h"

#include <QPushButton>

namespace sd::widgets {

LoginDialog::LoginDialog(QWidget *parent) : QDialog(parent), m_ui(new Ui::LoginDialog)
{
    m_ui->setupUi(this);
    QFont headline = m_ui->headlineLabel->font();
    headline.setPointSizeF(headline.pointSizeF() * 1.4);
    m_ui->headlineLabel->setFont(headline);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_ui->hintLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_ui->hintLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setServer(const QUrl &server)
{
    m_ui->serverEdit->setText(server.toString());
}

void LoginDialog::setLogin(const QString &login)
{
    m_ui->loginEdit->setText(login);
    (login.isEmpty() ? m_ui->loginEdit : m_ui->passwordEdit)->setFocus();
}

void LoginDialog::setHint(const QString &hint)
{
    m_ui->hintLabel->setText(hint);
    m_ui->hintLabel->setVisible(!hint.isEmpty());
}

void LoginDialog::showProblem(const QString &message)
{
    setBusy(false);
    m_ui->messageLabel->setText(message);
    m_ui->passwordEdit->setFocus();
}

void LoginDialog::setBusy(bool busy)
{
    for (QWidget *field :
         {static_cast<QWidget *>(m_ui->serverEdit), static_cast<QWidget *>(m_ui->loginEdit),
          static_cast<QWidget *>(m_ui->passwordEdit)})
        field->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        m_ui->messageLabel->setText(tr("Signing in…"));
}

QUrl LoginDialog::server() const
{
    return QUrl::fromUserInput(m_ui->serverEdit->text().trimmed());
}

QString LoginDialog::login() const
{
    return m_ui->loginEdit->text().trimmed();
}

void LoginDialog::submit()
{
    const QUrl url = server();
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")) {
        showProblem(tr("Enter the server's address, for example https://support.example.com."));
        m_ui->serverEdit->setFocus();
        return;
    }
    if (login().isEmpty()) {
        showProblem(tr("Enter your login."));
        m_ui->loginEdit->setFocus();
        return;
    }
    const QString password = m_ui->passwordEdit->text();
    if (password.isEmpty()) {
        showProblem(tr("Enter your password."));
        return;
    }
    m_ui->passwordEdit->clear();
    setBusy(true);
    emit signInRequested(url, login(), password);
}

} // namespace sd::widgets
