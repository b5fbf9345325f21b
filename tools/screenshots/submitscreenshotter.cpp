#include "submitscreenshotter.h"

#include "client/embeddedserver.h"
#include "widgets/logindialog.h"
#include "widgets/myrequestsmodel.h"
#include "widgets/myrequestspane.h"
#include "widgets/requestform.h"
#include "widgets/submitlauncher.h"
#include "widgets/submitwindow.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>
#include <QTextStream>
#include <QTimer>

SubmitScreenshotter::SubmitScreenshotter(QString serverProgram, QString scratch, QString directory,
                                         QString language)
    : m_scratch(std::move(scratch)), m_directory(std::move(directory)),
      m_language(std::move(language)),
      m_server(new sd::client::EmbeddedServer(std::move(serverProgram),
                                              m_scratch + QStringLiteral("/server"), this))
{
    connect(m_server, &sd::client::EmbeddedServer::ready, this, &SubmitScreenshotter::serverReady);
    connect(m_server, &sd::client::EmbeddedServer::failed, this, [](const QString &message) {
        QTextStream(stderr) << "submit-screenshots: " << message << Qt::endl;
        QCoreApplication::exit(1);
    });
}

SubmitScreenshotter::~SubmitScreenshotter()
{
    delete m_launcher;
    m_server->stop();
}

void SubmitScreenshotter::start()
{
    m_server->start();
}

void SubmitScreenshotter::serverReady()
{
    sd::widgets::SubmitLauncher::Options options;
    options.submit.serverUrl = m_server->url();
    options.submit.profileDir = m_scratch + QStringLiteral("/profiles");
    options.submit.language = m_language;
    options.presetFiles = {};
    m_launcher = new sd::widgets::SubmitLauncher(options);
    connect(m_launcher, &sd::widgets::SubmitLauncher::windowOpened, this,
            &SubmitScreenshotter::opened);
    m_launcher->start();
    // The login dialog comes once the server answered its health check.
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, poll] {
        if (m_launcher->loginDialog() == nullptr || !m_launcher->loginDialog()->isVisible())
            return;
        poll->stop();
        signIn();
    });
    poll->start(100);
}

void SubmitScreenshotter::signIn()
{
    // Demo customers' passwords are public: "demo-" and the login (see the demo data).
    const QString login =
        m_language == u"ru" ? QStringLiteral("romashka.buh") : QStringLiteral("northwind.it");
    sd::widgets::LoginDialog *dialog = m_launcher->loginDialog();
    dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit"))->setText(login);
    dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
        ->setText(QStringLiteral("demo-") + login);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

void SubmitScreenshotter::opened()
{
    // The first sync fills "My requests"; the form needs nothing.
    QTimer::singleShot(3000, this, &SubmitScreenshotter::shootForm);
}

void SubmitScreenshotter::shootForm()
{
    sd::widgets::SubmitWindow *window = m_launcher->window();
    window->resize(560, 760);
    sd::widgets::RequestForm *form = window->requestForm();
    const bool ru = m_language == u"ru";
    // What a hurried customer types first: the subject is refused with an example.
    if (auto *subject = form->findChild<QLineEdit *>(QStringLiteral("subjectEdit")))
        subject->setText(ru ? QStringLiteral("Помогите!!!") : QStringLiteral("Help please"));
    if (auto *product = form->findChild<QLineEdit *>(QStringLiteral("productEdit")))
        product->setText(ru ? QStringLiteral("Бухгалтерия") : QStringLiteral("Logistics Suite"));
    if (auto *version = form->findChild<QLineEdit *>(QStringLiteral("versionEdit")))
        version->setText(QStringLiteral("5.2.1 build 1234"));
    if (auto *category = form->findChild<QComboBox *>(QStringLiteral("categoryCombo")))
        category->setCurrentIndex(1);
    QTimer::singleShot(sd::widgets::RequestForm::SubjectCheckDelayMs + 800, this, [this, window] {
        // Send as the customer would: every refusal shows under its field.
        window->requestForm()->validate();
        bool ok = save(window, QStringLiteral("submit-new-request"));
        if (!ok) {
            QCoreApplication::exit(1);
            return;
        }
        window->tabs()->setCurrentWidget(window->myRequests());
        if (window->myRequests()->model()->rowCount() > 0)
            window->myRequests()->view()->selectRow(0);
        QTimer::singleShot(1500, this, &SubmitScreenshotter::shootRequests);
    });
}

void SubmitScreenshotter::shootRequests()
{
    sd::widgets::SubmitWindow *window = m_launcher->window();
    QCoreApplication::exit(save(window, QStringLiteral("submit-my-requests")) ? 0 : 1);
}

bool SubmitScreenshotter::save(QWidget *widget, const QString &name)
{
    const QString path = QStringLiteral("%1/%2-%3.png").arg(m_directory, name, m_language);
    if (!widget->grab().save(path)) {
        QTextStream(stderr) << "cannot write " << path << Qt::endl;
        return false;
    }
    QTextStream(stdout) << path << Qt::endl;
    return true;
}
