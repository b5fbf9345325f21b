#pragma once

#include "core/attachmentpolicy.h"
#include "core/intakevalidator.h"
#include "requestdraft.h"

#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QVBoxLayout;

namespace sd::widgets {

class AttachmentList;
class RequestField;
class RequestKbHints;
class RequestTextEdit;

// The inputs of the request form, in the order a customer fills them in, and the attachments
// with their Attach file / Screenshot / Paste buttons. It knows how to show and read a
// RequestDraft; judging it is the form's business.
class RequestFields final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestFields)

public:
    explicit RequestFields(QWidget *parent = nullptr);

    RequestDraft content() const;
    // `onlyEmpty`: a value goes only into an input the customer has left empty.
    void fill(const RequestDraft &draft, bool onlyEmpty);
    void clearInputs();

    // Marks the fields `required` names (the subject and the category always are).
    void setRequired(const QList<core::IntakeValidator::Field> &required);
    RequestField *field(const QString &wireName) const;
    QList<RequestField *> fields() const { return m_fields; }
    // The input that takes the focus for a field: for attachments, the Attach file button.
    QWidget *focusTarget(const RequestField *field) const;

    void setAttachmentPolicy(const core::AttachmentPolicy &policy);
    void setStagingDirectory(const QString &path);
    // A new, empty list; the old one's staged pictures stay on disk (see the .cpp).
    void replaceAttachmentList();
    AttachmentList *attachmentList() const { return m_attachments; }

    QLineEdit *subjectEdit() const { return m_subject; }
    QLineEdit *versionEdit() const { return m_version; }
    RequestTextEdit *descriptionEdit() const { return m_description; }
    RequestKbHints *kbHints() const { return m_kbHints; }

Q_SIGNALS:
    // Any input changed, in code or by the customer; `input` is the field's editor.
    void edited(QWidget *input);
    void categoryChanged();
    void attachmentsChanged();
    // Something the customer should read: a failed screenshot, an empty clipboard.
    void problem(const QString &message);

private:
    QWidget *buildSubjectFields(QWidget *parent);
    QWidget *buildProductFields(QWidget *parent);
    QWidget *buildTextFields(QWidget *parent);
    QWidget *buildAttachmentField(QWidget *parent);
    RequestField *addField(const QString &wireName, const QString &title, QWidget *editor,
                           QWidget *parent);
    void connectInputs();
    void attachFiles();
    void attachScreenshot(const QImage &image);
    void pasteAttachment();

    core::AttachmentPolicy m_policy;
    QString m_stagingDirectory;
    QLineEdit *m_subject = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_product = nullptr;
    QLineEdit *m_version = nullptr;
    QLineEdit *m_os = nullptr;
    RequestTextEdit *m_description = nullptr;
    RequestTextEdit *m_steps = nullptr;
    QSpinBox *m_affectedUsers = nullptr;
    QLineEdit *m_projectCode = nullptr;
    AttachmentList *m_attachments = nullptr;
    QWidget *m_attachmentBox = nullptr;
    QVBoxLayout *m_attachmentSlot = nullptr;
    RequestKbHints *m_kbHints = nullptr;
    QList<RequestField *> m_fields; // in the order they are shown
};

} // namespace sd::widgets
