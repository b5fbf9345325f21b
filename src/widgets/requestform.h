#pragma once

#include "attachmentfile.h"
#include "core/attachmentpolicy.h"
#include "core/intakevalidator.h"
#include "kbsearchbar.h"
#include "requestdraft.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QPushButton;
class QScrollArea;

namespace sd::widgets {

class AttachmentList;
class RequestField;
class RequestFields;
class RequestKbHints;
class RequestStatus;

// The customer's new request: exactly what the regulations ask for (core::IntakeValidator),
// each refusal explained in plain words under its field. The form does no network work: the
// owner answers submitRequested and kbSearchRequested and reports back with show*().
// Required fields follow the chosen category and are marked; the subject is judged while it
// is typed, everything else when the customer sends. Whatever is typed is kept in the draft
// file (DraftSaveDelayMs after a change, and when the form is hidden or destroyed).
class RequestForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestForm)

public:
    // The longest a change waits before it is in the draft file.
    static constexpr int DraftSaveDelayMs = 400;
    // The pause in typing after which knowledge-base articles are looked up.
    static constexpr int KbSearchDelayMs = 400;
    // Shorter text finds nothing useful.
    static constexpr int KbSearchMinLength = 5;
    // The pause in typing after which the subject is judged.
    static constexpr int SubjectCheckDelayMs = 700;

    explicit RequestForm(QWidget *parent = nullptr);
    ~RequestForm() override;

    // Command-line pre-fill; files are added as attachments (checked by the policy).
    void setPrefill(const QString &subject, const QString &product, const QString &version,
                    const QStringList &files);
    void setAttachmentPolicy(const core::AttachmentPolicy &policy);
    // The customer's organisation has no account/contract number on file: the project code
    // (or account/contract number) field becomes required.
    void setProjectCodeRequired(bool required);
    void setStagingDirectory(const QString &path); // screenshots, pasted pictures
    void setDraftFile(const QString &path);        // what is typed survives a crash
    void showKbSuggestions(const QList<KbLink> &articles);
    // The ticket-create body (DESIGN.md wire names) and the accepted files.
    QJsonObject request() const;
    QList<AttachmentFile> files() const;
    // After submitRequested: the request was queued (offline), accepted (number, copyable),
    // or refused by the server (field may be empty).
    // Queued and accepted both remove the draft file and lock the form until clear(): the
    // request is the sender's now, and a draft left behind would offer to send it twice.
    void showQueued();
    void showSubmitted(const QString &number);
    void showRefused(const QString &field, const QString &message);
    void setBusy(bool busy);
    void clear(); // a new request (also clears the draft file)
    // A request the server refused after it left the form (queued, or sent in an earlier run)
    // comes back to be corrected: the form shows it with the refusal, as if just refused.
    void restoreRequest(const QJsonObject &request, const QString &field, const QString &message);
    // Sent or queued: the form shows the outcome until the customer starts a new request.
    bool isLocked() const { return m_locked; }

    // An installation's own table of required fields; the default is the regulations'.
    void setIntakeValidator(const core::IntakeValidator &validator);
    // What the form holds now, as the validator and the draft see it.
    RequestDraft content() const;
    // Checks everything as Send does, marks what is wrong and focuses the first such field.
    bool validate();
    RequestField *field(const QString &wireName) const;
    AttachmentList *attachmentList() const;
    RequestStatus *status() const { return m_status; }
    RequestKbHints *kbHints() const;

Q_SIGNALS:
    void kbSearchRequested(const QString &text);
    void submitRequested(); // emitted only when every field passed validation

protected:
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildFooter();
    void connectFields();
    void updateRequiredFields();
    void checkSubjectNow();
    void checkVersionNow();
    bool checkAttachments();
    void focusField(RequestField *field);
    void requestKbSearch();
    void submit();
    void contentChanged(QWidget *input);
    void fill(const RequestDraft &draft, bool onlyEmpty);
    void saveDraft();
    void removeDraft();
    void setLocked(bool locked);

    core::IntakeValidator m_validator;
    core::AttachmentPolicy m_policy;
    bool m_projectCodeRequired = false;
    bool m_loading = false; // filling the form in code: not a change by the customer
    bool m_dirty = false;
    bool m_locked = false; // sent or queued: nothing more to change until clear()
    QString m_draftFile;
    QString m_kbAsked;

    QScrollArea *m_scroll = nullptr;
    RequestFields *m_body = nullptr;
    RequestStatus *m_status = nullptr;
    QPushButton *m_submitButton = nullptr;
    QTimer m_subjectTimer;
    QTimer m_kbTimer;
    QTimer m_draftTimer;
};

} // namespace sd::widgets
