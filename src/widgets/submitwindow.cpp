#include "submitwindow.h"

#include "attachmentfile.h"
#include "client/attachmentlimit.h"
#include "client/clientsession.h"
#include "client/kbsearch.h"
#include "client/outbox.h"
#include "client/outboxsender.h"
#include "client/replica.h"
#include "client/requestsubmitter.h"
#include "client/serverapi.h"
#include "client/syncengine.h"
#include "myrequestspane.h"
#include "requestform.h"
#include "requeststatus.h"

#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sd::widgets {

namespace {

const QString GeometryKey = QStringLiteral("submit/geometry");

} // namespace

SubmitWindow::SubmitWindow(client::ClientSession &session, const client::SubmitOptions &prefill,
                           QWidget *parent)
    : QMainWindow(parent), m_session(session), m_kb(new client::KbSearch(session.api(), this)),
      m_limit(new client::AttachmentLimit(session.api(), session.replica().database(), this)),
      m_submitter(new client::RequestSubmitter(session, this)), m_tabs(new QTabWidget(this)),
      m_form(new RequestForm), m_requests(new MyRequestsPane(session)), m_notice(new QLabel),
      m_status(new QLabel)
{
    setWindowTitle(tr("SupportDesk: technical support"));
    m_tabs->setObjectName(QStringLiteral("submitTabs"));
    m_tabs->addTab(m_form, tr("New request"));
    m_tabs->addTab(m_requests, tr("My requests"));
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->hide();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs);
    setCentralWidget(central);
    m_status->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addWidget(m_status, 1);

    wireForm();
    const QDir profile(session.directory());
    m_form->setStagingDirectory(profile.filePath(QStringLiteral("staging")));
    m_form->setDraftFile(profile.filePath(QStringLiteral("request-draft.json")));
    // The caller's facts win over an older draft.
    if (!prefill.subject.isEmpty() || !prefill.product.isEmpty() || !prefill.version.isEmpty() ||
        !prefill.attachments.isEmpty())
        m_form->setPrefill(prefill.subject, prefill.product, prefill.version, prefill.attachments);
    // Started from another program, nobody may read its stderr: the customer must see these.
    if (!prefill.problems.isEmpty())
        showNotice(prefill.problems.join(u'\n'));

    connect(&session.sync(), &client::SyncEngine::stateChanged, this, &SubmitWindow::updateStatus);
    connect(&session.sender(), &client::OutboxSender::stateChanged, this,
            &SubmitWindow::updateStatus);
    connect(&session.sender(), &client::OutboxSender::acknowledged, this,
            &SubmitWindow::updateStatus);
    connect(m_submitter, &client::RequestSubmitter::queued, this, &SubmitWindow::queued);
    connect(m_submitter, &client::RequestSubmitter::submitted, this, &SubmitWindow::submitted);
    connect(m_submitter, &client::RequestSubmitter::refused, this, &SubmitWindow::refused);
    m_submitter->resume();
    restoreReturned();
    updateStatus();
    restoreWindowGeometry();
}

SubmitWindow::~SubmitWindow()
{
    saveWindowGeometry();
}

void SubmitWindow::wireForm()
{
    // The server's limit, or the last one it told while it cannot be asked.
    m_form->setAttachmentPolicy(m_limit->policy());
    connect(m_limit, &client::AttachmentLimit::changed, this,
            [this] { m_form->setAttachmentPolicy(m_limit->policy()); });
    m_limit->refresh();
    // Without an organisation on file the server treats the customer as a first contact and
    // wants the project code or the account/contract number (core::IntakeValidator).
    m_form->setProjectCodeRequired(m_session.user().organisationId == 0);
    connect(m_form, &RequestForm::kbSearchRequested, m_kb, &client::KbSearch::search);
    connect(m_kb, &client::KbSearch::found, m_form,
            [this](const QString &, const QList<client::KbArticleLink> &articles) {
                QList<KbLink> links;
                for (const client::KbArticleLink &article : articles)
                    links.append({article.title, article.url});
                m_form->showKbSuggestions(links);
            });
    connect(m_form, &RequestForm::submitRequested, this, &SubmitWindow::submit);
    // A new request on the form: the outcome of the one before goes to the notice line, so
    // it never locks what the customer types now.
    connect(m_form->status(), &RequestStatus::newRequestRequested, this, [this] {
        m_current = 0;
        restoreReturned();
    });
}

void SubmitWindow::submit()
{
    QStringList paths;
    for (const AttachmentFile &file : m_form->files())
        paths.append(file.path);
    m_form->setBusy(true);
    auto queued = m_submitter->submit(m_form->request(), paths);
    if (!queued) {
        m_form->showRefused(QString(), queued.error().message);
        return;
    }
    m_current = queued.value();
    updateStatus();
}

void SubmitWindow::queued(qint64 entryId)
{
    if (entryId == m_current)
        m_form->showQueued();
    else
        showNotice(tr("A request you sent earlier has not reached support yet. It is kept on "
                      "this computer and will be sent when the connection is back."));
    updateStatus();
}

void SubmitWindow::submitted(qint64 entryId, const QString &number, qint64 ticketId)
{
    m_lastNumber = number;
    if (entryId == m_current) {
        m_current = 0;
        m_form->showSubmitted(number);
    } else {
        showNotice(
            tr("Your request sent earlier has reached support. Its number is %1.").arg(number));
    }
    m_requests->showTicket(ticketId);
    updateStatus();
    emit requestSubmitted(number, ticketId);
}

void SubmitWindow::refused(qint64 entryId, const QString &field, const QString &message)
{
    if (entryId == m_current) {
        // Still on the form: the returned copy is not needed.
        m_current = 0;
        m_submitter->takeReturned(entryId);
        m_form->showRefused(field, message);
    } else if (!restoreReturned()) {
        showNotice(tr("Support could not accept a request you sent earlier: %1 It comes back "
                      "to the form to be corrected as soon as you start a new request.")
                       .arg(message));
    }
    updateStatus();
}

bool SubmitWindow::restoreReturned()
{
    // Never over what the customer is typing now.
    if (!m_form->isLocked() && !m_form->content().isEmpty())
        return false;
    const auto returned = m_submitter->takeReturned();
    if (!returned)
        return false;
    m_current = 0;
    m_form->restoreRequest(returned->request, returned->field, returned->message);
    m_tabs->setCurrentWidget(m_form);
    showNotice(tr("Support could not accept a request you sent earlier: %1 It is back on the "
                  "form: please correct it and send it again.")
                   .arg(returned->message));
    return true;
}

void SubmitWindow::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->show();
}

QString SubmitWindow::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void SubmitWindow::updateStatus()
{
    int waiting = 0;
    if (auto entries = m_session.outbox().entries()) {
        for (const client::OutboxEntry &entry : entries.value())
            if (entry.state == client::OutboxEntry::State::Pending)
                ++waiting;
    }
    const bool online = m_session.sync().state() == client::SyncEngine::State::Online ||
                        m_session.sync().state() == client::SyncEngine::State::Syncing;
    QString text =
        online ? tr("Connected to %1.")
                     .arg(m_session.api()->baseUrl().toDisplayString(QUrl::RemoveUserInfo))
               : tr("Offline: what you send is kept on this computer until the connection is "
                    "back.");
    if (waiting > 0)
        text += u' ' + tr("%n request(s) waiting to be sent.", nullptr, waiting);
    m_status->setText(text);
}

QString SubmitWindow::statusText() const
{
    return m_status->text();
}

void SubmitWindow::restoreWindowGeometry()
{
    if (!restoreGeometry(QSettings().value(GeometryKey).toByteArray()))
        resize(560, 640);
}

void SubmitWindow::saveWindowGeometry() const
{
    QSettings().setValue(GeometryKey, saveGeometry());
}

void SubmitWindow::closeEvent(QCloseEvent *event)
{
    saveWindowGeometry();
    QMainWindow::closeEvent(event);
}

} // namespace sd::widgets
