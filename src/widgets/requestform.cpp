#include "requestform.h"

#include "attachmentchip.h"
#include "attachmentlist.h"
#include "requestfield.h"
#include "requestfields.h"
#include "requestkbhints.h"
#include "requeststatus.h"
#include "requesttextedit.h"

#include <QBoxLayout>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>

namespace sd::widgets {

namespace {

using Field = core::IntakeValidator::Field;

QString wire(Field field)
{
    return core::toString(field);
}

} // namespace

RequestForm::RequestForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("requestForm"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("requestScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_body = new RequestFields(m_scroll);
    m_scroll->setWidget(m_body);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(buildFooter());

    m_subjectTimer.setSingleShot(true);
    m_subjectTimer.setInterval(SubjectCheckDelayMs);
    connect(&m_subjectTimer, &QTimer::timeout, this, &RequestForm::checkSubjectNow);
    m_kbTimer.setSingleShot(true);
    m_kbTimer.setInterval(KbSearchDelayMs);
    connect(&m_kbTimer, &QTimer::timeout, this, &RequestForm::requestKbSearch);
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(DraftSaveDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &RequestForm::saveDraft);
    connectFields();
    updateRequiredFields();
}

RequestForm::~RequestForm()
{
    saveDraft();
}

QWidget *RequestForm::buildFooter()
{
    auto *footer = new QWidget(this);
    auto *layout = new QVBoxLayout(footer);
    layout->setContentsMargins(10, 6, 10, 8);
    m_status = new RequestStatus(footer);
    connect(m_status, &RequestStatus::newRequestRequested, this, &RequestForm::clear);
    m_submitButton = new QPushButton(tr("Send request"), footer);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_submitButton->setDefault(true);
    connect(m_submitButton, &QPushButton::clicked, this, &RequestForm::submit);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_submitButton);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    return footer;
}

void RequestForm::connectFields()
{
    connect(m_body, &RequestFields::edited, this, &RequestForm::contentChanged);
    connect(m_body, &RequestFields::categoryChanged, this, &RequestForm::updateRequiredFields);
    connect(m_body, &RequestFields::problem, m_status, &RequestStatus::showProblem);
    // A file added or removed answers what the field said; only refusals still stand.
    connect(m_body, &RequestFields::attachmentsChanged, this, [this] {
        if (RequestField *attachments = field(wire(Field::Attachments)); attachments->hasError()) {
            attachments->setError({});
            checkAttachments();
        }
    });
    QLineEdit *subject = m_body->subjectEdit();
    connect(subject, &QLineEdit::textEdited, this, [this] { m_subjectTimer.start(); });
    connect(subject, &QLineEdit::editingFinished, this, [this, subject] {
        if (!subject->text().trimmed().isEmpty())
            checkSubjectNow();
    });
    connect(m_body->versionEdit(), &QLineEdit::editingFinished, this,
            &RequestForm::checkVersionNow);
    connect(subject, &QLineEdit::textChanged, this, [this] { m_kbTimer.start(); });
    connect(m_body->descriptionEdit(), &QPlainTextEdit::textChanged, this,
            [this] { m_kbTimer.start(); });
}

void RequestForm::setPrefill(const QString &subject, const QString &product, const QString &version,
                             const QStringList &files)
{
    RequestDraft prefill;
    prefill.subject = subject.trimmed();
    prefill.product = product.trimmed();
    prefill.productVersion = version.trimmed();
    for (const QString &file : files)
        prefill.files.append({file, {}});
    fill(prefill, false);
}

void RequestForm::setAttachmentPolicy(const core::AttachmentPolicy &policy)
{
    m_policy = policy;
    m_body->setAttachmentPolicy(policy);
}

void RequestForm::setProjectCodeRequired(bool required)
{
    m_projectCodeRequired = required;
    updateRequiredFields();
}

void RequestForm::setStagingDirectory(const QString &path)
{
    m_body->setStagingDirectory(path);
}

// What the customer typed before wins over the draft; a pre-fill from the command line is
// newer than both. Either order of setDraftFile() and setPrefill() ends the same.
void RequestForm::setDraftFile(const QString &path)
{
    m_draftFile = path;
    if (const std::optional<RequestDraft> draft = RequestDraft::load(path))
        fill(*draft, true);
}

void RequestForm::setIntakeValidator(const core::IntakeValidator &validator)
{
    m_validator = validator;
    updateRequiredFields();
}

void RequestForm::fill(const RequestDraft &draft, bool onlyEmpty)
{
    m_loading = true;
    m_body->fill(draft, onlyEmpty);
    m_loading = false;
    if (!draft.subject.isEmpty() && !onlyEmpty)
        checkSubjectNow();
    m_dirty = true;
    m_draftTimer.start();
}

RequestDraft RequestForm::content() const
{
    return m_body->content();
}

QJsonObject RequestForm::request() const
{
    return content().toRequest();
}

QList<AttachmentFile> RequestForm::files() const
{
    return m_body->attachmentList()->acceptedFiles();
}

AttachmentList *RequestForm::attachmentList() const
{
    return m_body->attachmentList();
}

RequestKbHints *RequestForm::kbHints() const
{
    return m_body->kbHints();
}

RequestField *RequestForm::field(const QString &wireName) const
{
    return m_body->field(wireName);
}

void RequestForm::updateRequiredFields()
{
    QList<Field> required = m_validator.requiredFields(content().category);
    if (m_projectCodeRequired)
        required.append(Field::ProjectCode);
    m_body->setRequired(required);
    // "Required" no longer applies once a field is optional; a wrong value still is.
    for (RequestField *candidate : m_body->fields())
        if (!candidate->isRequired() && candidate->hasError() &&
            candidate->wireName() != wire(Field::ProductVersion) &&
            candidate->wireName() != wire(Field::Attachments))
            candidate->setError({});
}

void RequestForm::checkSubjectNow()
{
    m_subjectTimer.stop();
    const std::optional<core::IntakeIssue> issue =
        core::IntakeValidator::checkSubject(m_body->subjectEdit()->text());
    field(QStringLiteral("subject"))->setError(issue ? issue->message : QString());
}

void RequestForm::checkVersionNow()
{
    core::Ticket ticket;
    ticket.productVersion = m_body->versionEdit()->text().trimmed();
    // Only the version's own rule: whether it is required is Send's question.
    const QList<core::IntakeIssue> issues = core::IntakeValidator().validate(ticket, {});
    QString message;
    for (const core::IntakeIssue &issue : issues)
        if (issue.field == wire(Field::ProductVersion) && issue.code != u"required")
            message = issue.message;
    field(wire(Field::ProductVersion))->setError(message);
}

// Refused files block sending: each chip says why, the field says what to do about it.
bool RequestForm::checkAttachments()
{
    const AttachmentList *attachments = m_body->attachmentList();
    QStringList reasons;
    for (int i = 0; i < attachments->count(); ++i)
        if (const AttachmentChip *chip = attachments->chipAt(i); chip && chip->isRefused())
            reasons.append(tr("\"%1\" cannot be sent: %2").arg(chip->name(), chip->reason()));
    QString message;
    if (!reasons.isEmpty())
        message = reasons.join(u'\n') + u'\n' +
                  tr("Remove it with its × button (a picture that is only too large can be "
                     "shrunk instead). Screenshots, logs, PDF and zipped folders up to %1 are "
                     "accepted; programs and installers never are.")
                      .arg(QLocale().formattedDataSize(m_policy.limits().maxBytes, 0));
    if (!message.isEmpty())
        field(wire(Field::Attachments))->setError(message);
    return reasons.isEmpty();
}

bool RequestForm::validate()
{
    const QList<RequestField *> fields = m_body->fields();
    for (RequestField *candidate : fields)
        candidate->setError({});
    const RequestDraft draft = content();
    core::IntakeValidator::Context context;
    context.firstContact = m_projectCodeRequired;
    context.attachmentCount = int(draft.files.size());
    const QList<core::IntakeIssue> issues = m_validator.validate(draft.toTicket(), context);
    for (const core::IntakeIssue &issue : issues)
        if (RequestField *target = field(issue.field); target && !target->hasError())
            target->setError(issue.message);
    const bool attachmentsOk = checkAttachments();
    int failed = 0;
    RequestField *first = nullptr;
    for (RequestField *candidate : fields) {
        if (!candidate->hasError())
            continue;
        ++failed;
        if (!first)
            first = candidate;
    }
    if (!first)
        return true;
    focusField(first);
    m_status->showProblem(
        attachmentsOk
            ? tr("The request is not sent yet: please complete the %n marked field(s). "
                 "Nothing you typed is lost.",
                 nullptr, failed)
            : tr("The request is not sent yet: some attachments cannot be sent (see below). "
                 "Nothing you typed is lost."));
    return false;
}

void RequestForm::focusField(RequestField *target)
{
    m_scroll->ensureWidgetVisible(target, 0, 10);
    m_body->focusTarget(target)->setFocus(Qt::OtherFocusReason);
}

void RequestForm::submit()
{
    if (m_locked || !m_submitButton->isEnabled())
        return;
    if (!validate())
        return;
    // As sent, so a crash before the owner has it loses nothing.
    m_dirty = true;
    saveDraft();
    m_status->clear();
    Q_EMIT submitRequested();
}

void RequestForm::requestKbSearch()
{
    const QString text = QString(m_body->subjectEdit()->text().trimmed() + u' ' +
                                 m_body->descriptionEdit()->toPlainText().simplified().left(300))
                             .trimmed();
    if (text.size() < KbSearchMinLength || text == m_kbAsked)
        return;
    m_kbAsked = text;
    Q_EMIT kbSearchRequested(text);
}

void RequestForm::showKbSuggestions(const QList<KbLink> &articles)
{
    m_body->kbHints()->setArticles(articles);
}

void RequestForm::contentChanged(QWidget *input)
{
    if (m_loading)
        return;
    // The customer is fixing a field Send complained about: the complaint has done its job.
    // The subject, version and attachments have live checks of their own.
    const QList<RequestField *> fields = m_body->fields();
    for (RequestField *candidate : fields)
        if (candidate->editor() == input && input != m_body->subjectEdit() &&
            input != m_body->versionEdit() && candidate->wireName() != wire(Field::Attachments))
            candidate->setError({});
    if (m_locked)
        return;
    m_dirty = true;
    if (!m_draftTimer.isActive())
        m_draftTimer.start();
}

void RequestForm::saveDraft()
{
    m_draftTimer.stop();
    if (!m_dirty || m_locked || m_draftFile.isEmpty())
        return;
    m_dirty = false;
    const RequestDraft draft = content();
    if (draft.isEmpty())
        return removeDraft();
    if (const QString error = draft.save(m_draftFile); !error.isEmpty())
        m_status->showProblem(error);
}

void RequestForm::removeDraft()
{
    m_draftTimer.stop();
    m_dirty = false;
    if (!m_draftFile.isEmpty())
        QFile::remove(m_draftFile);
}

void RequestForm::hideEvent(QHideEvent *event)
{
    saveDraft();
    QWidget::hideEvent(event);
}

void RequestForm::setLocked(bool locked)
{
    m_locked = locked;
    m_body->setEnabled(!locked);
    m_submitButton->setVisible(!locked);
}

// The request belongs to the sender now (sent, or kept in its outbox): a draft left behind
// would offer to send it a second time after a restart.
void RequestForm::showQueued()
{
    setBusy(false);
    removeDraft();
    setLocked(true);
    m_status->showQueued();
}

void RequestForm::showSubmitted(const QString &number)
{
    setBusy(false);
    removeDraft();
    setLocked(true);
    m_status->showSubmitted(number);
}

void RequestForm::showRefused(const QString &fieldName, const QString &message)
{
    setBusy(false);
    // Queued, then refused: the request is the customer's again, and so is its draft.
    setLocked(false);
    m_dirty = true;
    m_draftTimer.start();
    RequestField *target = field(fieldName);
    if (!target) {
        m_status->showProblem(tr("Support could not accept the request: %1").arg(message));
        return;
    }
    target->setError(message);
    focusField(target);
    m_status->showProblem(tr("Support could not accept the request yet: please correct the "
                             "marked field and send it again. Nothing you typed is lost."));
}

void RequestForm::setBusy(bool busy)
{
    m_submitButton->setEnabled(!busy);
    m_submitButton->setText(busy ? tr("Sending…") : tr("Send request"));
    if (busy)
        m_status->showBusy();
    else if (m_status->state() == RequestStatus::State::Busy)
        m_status->clear();
}

void RequestForm::clear()
{
    m_loading = true;
    m_body->clearInputs();
    m_loading = false;
    m_body->kbHints()->setArticles({});
    m_kbAsked.clear();
    m_subjectTimer.stop();
    m_kbTimer.stop();
    m_status->clear();
    setBusy(false);
    setLocked(false);
    removeDraft();
    m_body->subjectEdit()->setFocus(Qt::OtherFocusReason);
}

void RequestForm::restoreRequest(const QJsonObject &request, const QString &field,
                                 const QString &message)
{
    clear();
    fill(RequestDraft::fromJson(request), false);
    showRefused(field, message);
}

} // namespace sd::widgets
