#include "replyeditor.h"

#include "attachmentlist.h"
#include "cannedresponsebutton.h"
#include "client/draftstore.h"
#include "core/placeholders.h"
#include "formattoolbar.h"
#include "replyformats.h"
#include "replyhtmlwriter.h"
#include "replytextedit.h"
#include "screenshotbutton.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QButtonGroup>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStyle>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QToolButton>

namespace sd::widgets {

namespace {

// Internal notes: a pale yellow page and dark text, light or dark desktop theme alike.
const QColor NoteBase(0xff, 0xf6, 0xcc);
const QColor NoteText(0x2b, 0x25, 0x10);
const QColor NoteAccent(0xf7, 0xdc, 0x7c); // the banner, and the note button while chosen

QString kindName(ReplyEditor::Mode mode)
{
    return mode == ReplyEditor::Mode::Note ? QStringLiteral("note") : QStringLiteral("reply");
}

QToolButton *toolButton(const QString &text, const QString &name, const QString &toolTip,
                        QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(name);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

ReplyEditor::ReplyEditor(QWidget *parent)
    : QWidget(parent), m_text(new ReplyTextEdit(this)), m_formatBar(new FormatToolBar(m_text, this))
{
    setObjectName(QStringLiteral("replyEditor"));
    m_text->setMinimumHeight(120);
    m_kbBar = new KbSearchBar(this);
    m_kbBar->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(buildModeRow());
    layout->addWidget(m_formatBar);
    layout->addWidget(buildBanner());
    layout->addWidget(buildNotice());
    layout->addWidget(m_kbBar);
    layout->addWidget(m_text, 1);
    m_attachmentSlot = new QVBoxLayout;
    m_attachmentSlot->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_attachmentSlot);
    layout->addWidget(buildBottomRow());
    replaceAttachmentList();

    // The formatting shortcuts work wherever the focus is inside the editor.
    addActions(m_formatBar->formatActions());
    auto *sendAction = new QAction(this);
    sendAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    sendAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(sendAction);
    connect(sendAction, &QAction::triggered, this, &ReplyEditor::send);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(DraftSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &ReplyEditor::saveDraft);
    connect(m_text->document(), &QTextDocument::contentsChanged, this,
            &ReplyEditor::contentChanged);
    connect(m_text, &ReplyTextEdit::focusLost, this, &ReplyEditor::saveDraft);
    // In case the owner's windows are not destroyed before the program ends.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &ReplyEditor::saveDraft);
    connect(m_formatBar, &FormatToolBar::problem, this, &ReplyEditor::showNotice);
    connect(m_kbBar, &KbSearchBar::searchRequested, this, &ReplyEditor::kbSearchRequested);
    connect(m_kbBar, &KbSearchBar::linkChosen, this, &ReplyEditor::insertKbLink);
    connect(m_kbBar, &KbSearchBar::closed, m_text, [this] { m_text->setFocus(); });
    updateModeLook();
}

ReplyEditor::~ReplyEditor()
{
    saveDraft();
    // The children go after this body, and some signal while they do (the text edit loses the
    // focus): nothing of this class may run by then.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

QWidget *ReplyEditor::buildModeRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *reply = new QToolButton(row);
    reply->setText(tr("Public reply"));
    reply->setObjectName(QStringLiteral("publicReplyButton"));
    reply->setToolTip(tr("A reply the customer receives"));
    auto *note = new QToolButton(row);
    note->setText(tr("Internal note"));
    note->setObjectName(QStringLiteral("internalNoteButton"));
    note->setToolTip(tr("A note for the team; the customer never sees it"));
    auto *group = new QButtonGroup(row);
    for (QToolButton *button : {reply, note}) {
        button->setCheckable(true);
        button->setMinimumWidth(button->sizeHint().width() + 24);
        group->addButton(button);
        layout->addWidget(button);
    }
    m_replyButton = reply;
    m_noteButton = note;
    connect(reply, &QToolButton::clicked, this, [this] { setMode(Mode::Reply); });
    connect(note, &QToolButton::clicked, this, [this] { setMode(Mode::Note); });
    layout->addStretch(1);
    addInsertButtons(row, layout);
    return row;
}

void ReplyEditor::addInsertButtons(QWidget *row, QHBoxLayout *layout)
{
    m_cannedButton = new CannedResponseButton(row);
    connect(m_cannedButton, &CannedResponseButton::chosen, this,
            &ReplyEditor::insertCannedResponse);

    auto *kb = toolButton(tr("Knowledge base"), QStringLiteral("kbSearchButton"),
                          tr("Find an article and link it in the reply"), row);
    connect(kb, &QToolButton::clicked, m_kbBar, [this] { m_kbBar->open(); });
    m_kbButton = kb;

    auto *attach = toolButton(tr("Attach…"), QStringLiteral("attachFileButton"),
                              tr("Attach files (you can also drop or paste them)"), row);
    connect(attach, &QToolButton::clicked, this, &ReplyEditor::attachFiles);

    auto *screenshot = new ScreenshotButton(row);
    connect(screenshot, &ScreenshotButton::captured, this, &ReplyEditor::attachScreenshot);
    connect(screenshot, &ScreenshotButton::failed, this, &ReplyEditor::showNotice);
    const QList<QWidget *> buttons{m_cannedButton, kb, attach, screenshot};
    for (QWidget *button : buttons)
        layout->addWidget(button);
}

QWidget *ReplyEditor::buildBanner()
{
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("internalNoteBanner"));
    m_banner->setStyleSheet(
        QStringLiteral("#internalNoteBanner { background: #f7dc7c; border: 1px solid #d9b13b; "
                       "border-radius: 3px; } #internalNoteBanner QLabel { color: #3d3000; }"));
    auto *icon = new QLabel(m_banner);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    auto *text = new QLabel(tr("<b>Internal note</b> — the customer will not see this"), m_banner);
    text->setObjectName(QStringLiteral("internalNoteBannerLabel"));
    auto *layout = new QHBoxLayout(m_banner);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon);
    layout->addWidget(text, 1);
    return m_banner;
}

QWidget *ReplyEditor::buildNotice()
{
    m_notice = new QFrame(this);
    m_notice->setObjectName(QStringLiteral("replyNotice"));
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_noticeLabel = new QLabel(m_notice);
    m_noticeLabel->setObjectName(QStringLiteral("replyNoticeLabel"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setTextFormat(Qt::PlainText);
    auto *dismiss = new QToolButton(m_notice);
    dismiss->setObjectName(QStringLiteral("dismissNoticeButton"));
    dismiss->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    dismiss->setAutoRaise(true);
    dismiss->setToolTip(tr("Dismiss"));
    connect(dismiss, &QToolButton::clicked, m_notice, &QWidget::hide);
    auto *layout = new QHBoxLayout(m_notice);
    layout->setContentsMargins(8, 2, 2, 2);
    auto *icon = new QLabel(m_notice);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(16, 16));
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_noticeLabel, 1);
    layout->addWidget(dismiss, 0, Qt::AlignTop);
    m_notice->hide();
    return m_notice;
}

QWidget *ReplyEditor::buildBottomRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_statusLabel = new QLabel(row);
    m_statusLabel->setObjectName(QStringLiteral("draftStatusLabel"));
    QPalette muted = m_statusLabel->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_statusLabel->setPalette(muted);
    m_sendButton = new QPushButton(row);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setDefault(false);
    m_sendButton->setAutoDefault(false);
    connect(m_sendButton, &QPushButton::clicked, this, &ReplyEditor::send);
    layout->addWidget(m_statusLabel, 1);
    layout->addWidget(m_sendButton);
    return row;
}

void ReplyEditor::replaceAttachmentList()
{
    // A new list rather than emptying the old one: removing a chip deletes a staged picture,
    // and the draft just saved still needs it.
    if (m_attachments) {
        m_attachments->disconnect(this);
        m_attachments->hide();
        m_attachments->deleteLater();
    }
    auto *list = new AttachmentList(this);
    list->setPolicy(m_policy);
    if (!m_stagingDirectory.isEmpty())
        list->setStagingDirectory(m_stagingDirectory);
    m_attachmentSlot->addWidget(list);
    m_attachments = list;
    m_text->setAttachmentList(list);
    connect(list, &AttachmentList::changed, this, &ReplyEditor::contentChanged);
}

void ReplyEditor::setStagingDirectory(const QString &path)
{
    m_stagingDirectory = path;
    m_attachments->setStagingDirectory(path);
}

void ReplyEditor::setAttachmentPolicy(const core::AttachmentPolicy &policy)
{
    m_policy = policy;
    m_attachments->setPolicy(policy);
}

void ReplyEditor::setContext(const QString &ticketNumber, const QString &customerName,
                             const QString &agentName)
{
    m_placeholders = {{QString(core::Placeholders::TicketNumber), ticketNumber},
                      {QString(core::Placeholders::CustomerName), customerName},
                      {QString(core::Placeholders::AgentName), agentName}};
}

void ReplyEditor::setCannedResponses(const QList<client::CannedResponse> &responses)
{
    m_cannedButton->setResponses(responses);
}

void ReplyEditor::insertCannedResponse(const client::CannedResponse &response)
{
    const core::Placeholders::Result filled = core::Placeholders::render(
        response.bodyHtml, m_placeholders, core::Placeholders::Format::Html);
    QTextCursor cursor = m_text->textCursor();
    cursor.beginEditBlock();
    cursor.insertFragment(ReplyFormats::withoutImages(filled.text));
    // Canned responses are whole paragraphs: the agent goes on below, not on the same line.
    if (!cursor.block().text().isEmpty() && cursor.atBlockEnd())
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.endEditBlock();
    m_text->setTextCursor(cursor);
    m_text->setFocus();
    if (filled.missing.isEmpty())
        return;
    QStringList blanks;
    for (const QString &name : filled.missing)
        blanks.append(QStringLiteral("{{") + name + QStringLiteral("}}"));
    showNotice(tr("\"%1\" has blanks SupportDesk could not fill in for this ticket: %2. Replace "
                  "them before sending.")
                   .arg(response.title, QLocale().createSeparatedList(blanks)));
}

void ReplyEditor::quoteMessage(const QString &author, const QString &html, const QDateTime &sentAt)
{
    const QString header =
        sentAt.isValid()
            ? tr("On %1 %2 wrote:")
                  .arg(QLocale().toString(sentAt.toLocalTime(), QLocale::ShortFormat), author)
            : tr("%1 wrote:").arg(author);
    QTextCursor cursor = m_text->textCursor();
    cursor.beginEditBlock();
    cursor.clearSelection();
    if (!cursor.block().text().isEmpty())
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.insertText(header, QTextCharFormat());
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    const int start = cursor.position();
    cursor.insertFragment(ReplyFormats::withoutImages(html));
    QTextCursor quoted(m_text->document());
    quoted.setPosition(start);
    quoted.setPosition(cursor.position(), QTextCursor::KeepAnchor);
    ReplyFormats::setQuote(quoted, true, m_text->palette());
    // The agent goes on writing below the quote, in plain text.
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.endEditBlock();
    m_text->setTextCursor(cursor);
    m_text->setFocus();
}

void ReplyEditor::showKbResults(const QList<KbLink> &results)
{
    m_kbBar->setResults(results);
}

void ReplyEditor::insertKbLink(const KbLink &link)
{
    const QString url = ReplyFormats::normalizedUrl(link.url.toString());
    if (url.isEmpty())
        return showNotice(tr("The article \"%1\" has no web address to link to.").arg(link.title));
    QTextCursor cursor = m_text->textCursor();
    ReplyFormats::insertLink(cursor, link.title, url);
    m_text->setTextCursor(cursor);
    m_text->setFocus();
}

void ReplyEditor::setMode(Mode mode)
{
    // A customer's words always reach the team; there is no note to switch to.
    if (mode == m_mode || (mode == Mode::Note && m_audience == Audience::Customer))
        return;
    m_mode = mode;
    updateModeLook();
    contentChanged();
}

void ReplyEditor::setAudience(Audience audience)
{
    m_audience = audience;
    const bool staff = audience == Audience::Staff;
    if (!staff)
        m_mode = Mode::Reply;
    const QList<QWidget *> staffTools{m_replyButton, m_noteButton, m_cannedButton, m_kbButton};
    for (QWidget *tool : staffTools)
        tool->setVisible(staff);
    if (!staff)
        m_kbBar->hide();
    updateModeLook();
}

void ReplyEditor::updateModeLook()
{
    const bool note = m_mode == Mode::Note;
    m_replyButton->setChecked(!note);
    m_noteButton->setChecked(note);
    m_banner->setVisible(note);
    QPalette accent;
    if (note) {
        accent = m_noteButton->palette();
        accent.setColor(QPalette::Button, NoteAccent);
        accent.setColor(QPalette::ButtonText, NoteText);
    }
    m_noteButton->setPalette(accent);
    if (note) {
        QPalette palette = m_text->palette();
        palette.setColor(QPalette::Base, NoteBase);
        palette.setColor(QPalette::Text, NoteText);
        palette.setColor(QPalette::PlaceholderText, NoteText.lighter(250));
        m_text->setPalette(palette);
    } else {
        // Back to what the theme says.
        m_text->setPalette(QPalette());
    }
    const QString shortcut =
        QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
    if (m_audience == Audience::Customer) {
        m_text->setPlaceholderText(tr("Write your message to the support team…"));
        m_sendButton->setText(tr("Send"));
        m_sendButton->setToolTip(tr("Send the message to the support team (%1)").arg(shortcut));
        return;
    }
    m_text->setPlaceholderText(note ? tr("Write a note for the team…")
                                    : tr("Write your reply to the customer…"));
    m_sendButton->setText(note ? tr("Add note") : tr("Send reply"));
    m_sendButton->setToolTip(note ? tr("Add the note to the ticket (%1)").arg(shortcut)
                                  : tr("Send the reply to the customer (%1)").arg(shortcut));
}

void ReplyEditor::setSeenMessageId(qint64 messageId)
{
    if (messageId == m_seenMessageId)
        return;
    m_seenMessageId = messageId;
    if (!isEmpty())
        contentChanged();
}

bool ReplyEditor::isEmpty() const
{
    return m_text->toPlainText().trimmed().isEmpty() &&
           (!m_attachments || m_attachments->count() == 0);
}

void ReplyEditor::contentChanged()
{
    if (m_loading)
        return;
    if (!m_started && !isEmpty()) {
        m_started = true;
        Q_EMIT editingStarted();
    }
    m_dirty = true;
    // Not restarted by each keystroke: someone typing without a pause still has their text
    // saved every DraftSaveDelayMs.
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

void ReplyEditor::saveDraft()
{
    m_saveTimer.stop();
    if (!m_dirty || !m_drafts || m_ticketId == 0)
        return;
    const bool empty = isEmpty();
    client::Draft draft;
    if (!empty) {
        draft.kind = m_mode == Mode::Note ? core::MessageKind::Note : core::MessageKind::Reply;
        draft.html = m_text->document()->toHtml();
        const QList<AttachmentFile> files = m_attachments->acceptedFiles();
        for (const AttachmentFile &file : files)
            draft.files.append({file.path, file.name});
        draft.seenMessageId = m_seenMessageId;
    }
    const storage::Result<void> saved =
        empty ? m_drafts->remove(m_ticketId) : m_drafts->save(m_ticketId, draft);
    if (!saved) {
        // Still dirty: the next change tries again.
        m_statusLabel->setText(tr("The draft could not be saved: %1").arg(saved.error().message));
        return;
    }
    m_dirty = false;
    m_statusLabel->setText(
        empty ? QString()
              : tr("Draft saved at %1")
                    .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void ReplyEditor::setTicket(qint64 ticketId, client::DraftStore *drafts)
{
    saveDraft();
    m_ticketId = ticketId;
    m_drafts = drafts;
    const QScopedValueRollback loading(m_loading, true);
    resetContent();
    m_statusLabel->clear();
    if (!m_drafts || m_ticketId == 0)
        return;
    const auto loaded = m_drafts->load(m_ticketId);
    if (!loaded)
        m_statusLabel->setText(
            tr("The saved draft could not be read: %1").arg(loaded.error().message));
    else if (loaded.value())
        restore(*loaded.value());
    m_started = !isEmpty();
}

void ReplyEditor::restore(const client::Draft &draft)
{
    m_mode = draft.kind == core::MessageKind::Note && m_audience == Audience::Staff ? Mode::Note
                                                                                    : Mode::Reply;
    updateModeLook();
    m_text->setHtml(draft.html);
    m_text->moveCursor(QTextCursor::End);
    m_seenMessageId = draft.seenMessageId;
    QStringList gone;
    for (const client::DraftFile &file : draft.files) {
        if (QFileInfo::exists(file.path))
            m_attachments->addFile(file.path, file.name);
        else
            gone.append(file.name);
    }
    if (!gone.isEmpty())
        showNotice(tr("These attachments of the draft are no longer on this computer: %1. "
                      "Attach them again if they are still needed.")
                       .arg(QLocale().createSeparatedList(gone)));
    m_statusLabel->setText(
        tr("Draft from %1")
            .arg(QLocale().toString(draft.savedAt.toLocalTime(), QLocale::ShortFormat)));
}

void ReplyEditor::resetContent()
{
    m_saveTimer.stop();
    m_dirty = false;
    m_started = false;
    m_seenMessageId = 0;
    m_text->clear();
    m_text->setCurrentCharFormat(QTextCharFormat());
    replaceAttachmentList();
    m_notice->hide();
}

void ReplyEditor::clearAfterSend()
{
    const QScopedValueRollback loading(m_loading, true);
    // Pictures staged for this message (the outbox has its own copies by now); a draft's
    // pictures restored in an earlier session are no longer known to the list as its own.
    if (!m_stagingDirectory.isEmpty()) {
        const QString staging = QDir(m_stagingDirectory).canonicalPath() + u'/';
        const QList<AttachmentFile> files = m_attachments->acceptedFiles();
        for (const AttachmentFile &file : files)
            if (QFileInfo(file.path).canonicalFilePath().startsWith(staging))
                QFile::remove(file.path);
    }
    while (m_attachments->count() > 0)
        m_attachments->removeAt(0);
    resetContent();
    m_statusLabel->clear();
    if (m_drafts && m_ticketId != 0) {
        if (const auto removed = m_drafts->remove(m_ticketId); !removed)
            m_statusLabel->setText(
                tr("The sent draft could not be removed: %1").arg(removed.error().message));
    }
}

void ReplyEditor::send()
{
    if (isEmpty())
        return;
    if (m_attachments->hasRefused())
        return showNotice(tr("Some attachments cannot be sent; each says why. Remove them (or "
                             "shrink pictures that are too large), then send again."));
    // As sent, so a crash before the outbox has it loses nothing.
    m_dirty = true;
    saveDraft();
    const ReplyHtmlWriter::Output out = ReplyHtmlWriter::write(*m_text->document());
    const QString kind =
        m_audience == Audience::Customer ? QStringLiteral("customer") : kindName(m_mode);
    Q_EMIT sendRequested(kind, out.html, out.text, m_attachments->acceptedFiles());
}

void ReplyEditor::showNotice(const QString &message)
{
    m_noticeLabel->setText(message);
    m_notice->show();
}

void ReplyEditor::attachFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach files"));
    for (const QString &file : files)
        m_attachments->addFile(file);
}

void ReplyEditor::attachScreenshot(const QImage &image)
{
    m_attachments->addImage(image, tr("screenshot") + QDateTime::currentDateTime().toString(
                                                          QStringLiteral("-yyyyMMdd-HHmmss")));
}

} // namespace sd::widgets
