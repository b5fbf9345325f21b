#include "requestfields.h"

#include "attachmentlist.h"
#include "requestfield.h"
#include "requestkbhints.h"
#include "requesttextedit.h"
#include "screenshotbutton.h"

#include "protocol/fieldlimits.h"

#include <QBoxLayout>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace sd::widgets {

namespace {

using Field = core::IntakeValidator::Field;

QString wire(Field field)
{
    return core::toString(field);
}

QLineEdit *lineEdit(const QString &objectName, qsizetype maxLength, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(int(maxLength));
    edit->setClearButtonEnabled(true);
    return edit;
}

QWidget *row(QWidget *parent, const QList<QWidget *> &widgets)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget, 1, Qt::AlignTop);
    return box;
}

} // namespace

RequestFields::RequestFields(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("requestBody"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(8);
    layout->addWidget(buildSubjectFields(this));
    layout->addWidget(buildTextFields(this));
    layout->addWidget(buildProductFields(this));
    layout->addWidget(buildAttachmentField(this));
    auto *legend = new QLabel(tr("Fields marked * are required for this kind of request."), this);
    legend->setObjectName(QStringLiteral("requiredLegend"));
    legend->setWordWrap(true);
    layout->addWidget(legend);
    layout->addStretch(1);
    connectInputs();
    replaceAttachmentList();
}

QWidget *RequestFields::buildSubjectFields(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    auto *oneProblemHint = new QLabel(
        tr("One problem per request: if you have several, send each on its own; each is then "
           "answered sooner."),
        box);
    oneProblemHint->setObjectName(QStringLiteral("oneProblemHint"));
    oneProblemHint->setWordWrap(true);
    oneProblemHint->setFrameShape(QFrame::StyledPanel);
    oneProblemHint->setMargin(4);
    layout->addWidget(oneProblemHint);

    m_subject = lineEdit(QStringLiteral("subjectEdit"), protocol::FieldLimits::SubjectLength, box);
    m_subject->setPlaceholderText(tr("e.g. Price list import stops with error 0x80070005"));
    RequestField *subject =
        addField(QStringLiteral("subject"), tr("Subject: what fails and where"), m_subject, box);
    m_category = new QComboBox(box);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->addItem(tr("Question about using the product"),
                        core::toString(core::Category::Question));
    m_category->addItem(tr("Incident: something does not work"),
                        core::toString(core::Category::Incident));
    m_category->addItem(tr("Feature suggestion"), core::toString(core::Category::FeatureRequest));
    m_category->addItem(tr("Consultation"), core::toString(core::Category::Consultation));
    RequestField *category =
        addField(QStringLiteral("category"), tr("Kind of request"), m_category, box);
    layout->addWidget(subject);
    layout->addWidget(category);
    return box;
}

QWidget *RequestFields::buildProductFields(QWidget *parent)
{
    using L = protocol::FieldLimits;
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_product = lineEdit(QStringLiteral("productEdit"), L::ShortTextLength, box);
    m_version = lineEdit(QStringLiteral("versionEdit"), L::ShortTextLength, box);
    m_version->setPlaceholderText(tr("e.g. 5.2.1"));
    m_version->setToolTip(tr("The number shown in the product's Help > About window"));
    m_os = lineEdit(QStringLiteral("osEdit"), L::ShortTextLength, box);
    m_os->setPlaceholderText(tr("e.g. Windows 11 23H2"));
    m_affectedUsers = new QSpinBox(box);
    m_affectedUsers->setObjectName(QStringLiteral("affectedUsersSpin"));
    m_affectedUsers->setRange(0, L::AffectedUsers);
    //~ The number of affected employees has not been given yet.
    m_affectedUsers->setSpecialValueText(tr("not given"));
    m_projectCode = lineEdit(QStringLiteral("projectCodeEdit"), L::ShortTextLength, box);
    m_projectCode->setPlaceholderText(tr("From your contract or your personal account page"));

    layout->addWidget(
        row(box, {addField(wire(Field::Product), tr("Product"), m_product, box),
                  addField(wire(Field::ProductVersion), tr("Exact version"), m_version, box)}));
    layout->addWidget(row(
        box,
        {addField(wire(Field::Os), tr("Operating system and version"), m_os, box),
         addField(wire(Field::AffectedUsers), tr("Employees affected"), m_affectedUsers, box)}));
    layout->addWidget(addField(wire(Field::ProjectCode),
                               tr("Project code or account/contract number"), m_projectCode, box));
    return box;
}

QWidget *RequestFields::buildTextFields(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_description = new RequestTextEdit(box);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setPlaceholderText(
        tr("What you did, what you expected and what happened instead; the exact text of any "
           "error message"));
    m_description->setVisibleLines(4);
    m_steps = new RequestTextEdit(box);
    m_steps->setObjectName(QStringLiteral("stepsEdit"));
    m_steps->setPlaceholderText(tr("1. Open …\n2. Click …\n3. The error appears"));
    m_steps->setVisibleLines(3);
    m_kbHints = new RequestKbHints(box);
    layout->addWidget(addField(wire(Field::Description), tr("Description"), m_description, box));
    layout->addWidget(m_kbHints);
    layout->addWidget(addField(wire(Field::Steps), tr("Steps to reproduce"), m_steps, box));
    return box;
}

QWidget *RequestFields::buildAttachmentField(QWidget *parent)
{
    auto *box = new QWidget(parent);
    m_attachmentBox = box;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_attachmentSlot = new QVBoxLayout;
    m_attachmentSlot->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_attachmentSlot);
    auto *buttons = new QHBoxLayout;
    auto *attach = new QPushButton(tr("Attach file…"), box);
    attach->setObjectName(QStringLiteral("attachFileButton"));
    attach->setAutoDefault(false);
    connect(attach, &QPushButton::clicked, this, &RequestFields::attachFiles);
    auto *screenshot = new ScreenshotButton(box);
    screenshot->setObjectName(QStringLiteral("attachScreenshotButton"));
    connect(screenshot, &ScreenshotButton::captured, this, &RequestFields::attachScreenshot);
    connect(screenshot, &ScreenshotButton::failed, this, &RequestFields::problem);
    auto *paste = new QPushButton(tr("Paste"), box);
    paste->setObjectName(QStringLiteral("pasteAttachmentButton"));
    paste->setToolTip(tr("Attach a picture or files copied to the clipboard"));
    paste->setAutoDefault(false);
    connect(paste, &QPushButton::clicked, this, &RequestFields::pasteAttachment);
    buttons->addWidget(attach);
    buttons->addWidget(screenshot);
    buttons->addWidget(paste);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    RequestField *field =
        addField(wire(Field::Attachments), tr("Screenshots, logs and files"), box, parent);
    return field;
}

RequestField *RequestFields::addField(const QString &wireName, const QString &title,
                                      QWidget *editor, QWidget *parent)
{
    auto *field = new RequestField(wireName, title, editor, parent);
    m_fields.append(field);
    return field;
}

void RequestFields::connectInputs()
{
    const QList<QLineEdit *> lines{m_subject, m_product, m_version, m_os, m_projectCode};
    for (QLineEdit *edit : lines)
        connect(edit, &QLineEdit::textChanged, this, [this, edit] { Q_EMIT edited(edit); });
    for (RequestTextEdit *edit : {m_description, m_steps})
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] { Q_EMIT edited(edit); });
    connect(m_affectedUsers, &QSpinBox::valueChanged, this,
            [this] { Q_EMIT edited(m_affectedUsers); });
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        Q_EMIT categoryChanged();
        Q_EMIT edited(m_category);
    });
}

void RequestFields::clearInputs()
{
    for (QLineEdit *edit : {m_subject, m_product, m_version, m_os, m_projectCode})
        edit->clear();
    m_description->clear();
    m_steps->clear();
    m_affectedUsers->setValue(0);
    m_category->setCurrentIndex(0);
    for (RequestField *candidate : std::as_const(m_fields))
        candidate->setError({});
    replaceAttachmentList();
}

void RequestFields::setRequired(const QList<Field> &required)
{
    for (RequestField *candidate : std::as_const(m_fields)) {
        const std::optional<Field> known = core::fromString<Field>(candidate->wireName());
        candidate->setRequired(!known || required.contains(*known));
    }
}

QWidget *RequestFields::focusTarget(const RequestField *target) const
{
    if (target->wireName() == wire(Field::Attachments))
        return target->findChild<QPushButton *>(QStringLiteral("attachFileButton"));
    return target->editor();
}

void RequestFields::setAttachmentPolicy(const core::AttachmentPolicy &policy)
{
    m_policy = policy;
    m_attachments->setPolicy(policy);
}

void RequestFields::setStagingDirectory(const QString &path)
{
    m_stagingDirectory = path;
    m_attachments->setStagingDirectory(path);
}

RequestDraft RequestFields::content() const
{
    RequestDraft draft;
    draft.subject = m_subject->text();
    draft.category = core::fromString<core::Category>(m_category->currentData().toString())
                         .value_or(core::Category::Question);
    draft.product = m_product->text();
    draft.productVersion = m_version->text();
    draft.os = m_os->text();
    draft.description = m_description->toPlainText();
    draft.steps = m_steps->toPlainText();
    draft.affectedUsers = m_affectedUsers->value();
    draft.projectCode = m_projectCode->text();
    const QList<AttachmentFile> accepted = m_attachments->acceptedFiles();
    for (const AttachmentFile &file : accepted)
        draft.files.append({file.path, file.name});
    return draft;
}

void RequestFields::fill(const RequestDraft &draft, bool onlyEmpty)
{
    const auto put = [onlyEmpty](QLineEdit *edit, const QString &value) {
        if (!value.isEmpty() && !(onlyEmpty && !edit->text().isEmpty()))
            edit->setText(value);
    };
    const auto putText = [onlyEmpty](QPlainTextEdit *edit, const QString &value) {
        if (!value.isEmpty() && !(onlyEmpty && !edit->toPlainText().isEmpty()))
            edit->setPlainText(value);
    };
    put(m_subject, draft.subject);
    put(m_product, draft.product);
    put(m_version, draft.productVersion);
    put(m_os, draft.os);
    put(m_projectCode, draft.projectCode);
    putText(m_description, draft.description);
    putText(m_steps, draft.steps);
    if (draft.affectedUsers > 0 && !(onlyEmpty && m_affectedUsers->value() > 0))
        m_affectedUsers->setValue(draft.affectedUsers);
    if (onlyEmpty && !draft.isEmpty())
        m_category->setCurrentIndex(m_category->findData(core::toString(draft.category)));
    for (const client::DraftFile &file : draft.files)
        // A draft's staged picture may be gone (a temporary folder); a command-line file that
        // is missing still gets a chip that says so.
        if (!onlyEmpty || QFileInfo::exists(file.path))
            m_attachments->addFile(file.path, file.name);
}

RequestField *RequestFields::field(const QString &wireName) const
{
    for (RequestField *candidate : m_fields)
        if (candidate->wireName() == wireName)
            return candidate;
    return nullptr;
}

void RequestFields::replaceAttachmentList()
{
    if (m_attachments) {
        m_attachments->disconnect(this);
        m_attachments->hide();
        m_attachments->deleteLater();
    }
    m_attachments = new AttachmentList(m_attachmentBox);
    m_attachments->setPolicy(m_policy);
    if (!m_stagingDirectory.isEmpty())
        m_attachments->setStagingDirectory(m_stagingDirectory);
    m_attachmentSlot->addWidget(m_attachments);
    m_description->setAttachmentList(m_attachments);
    m_steps->setAttachmentList(m_attachments);
    connect(m_attachments, &AttachmentList::changed, this, [this] {
        Q_EMIT attachmentsChanged();
        Q_EMIT edited(m_attachmentBox);
    });
}

void RequestFields::attachFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach files"));
    for (const QString &file : files)
        m_attachments->addFile(file);
}

void RequestFields::attachScreenshot(const QImage &image)
{
    m_attachments->addImage(image, tr("screenshot") + QDateTime::currentDateTime().toString(
                                                          QStringLiteral("-yyyyMMdd-HHmmss")));
}

void RequestFields::pasteAttachment()
{
    if (m_attachments->paste(QGuiApplication::clipboard()->mimeData()) == 0)
        Q_EMIT problem(tr("The clipboard holds no picture or file to attach. Copy a "
                          "screenshot or files first, then press Paste."));
}

} // namespace sd::widgets
