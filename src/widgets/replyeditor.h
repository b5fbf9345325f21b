#pragma once

#include "attachmentfile.h"
#include "attachmentlist.h"
#include "client/cannedresponse.h"
#include "core/attachmentpolicy.h"
#include "kbsearchbar.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAbstractButton;
class QFrame;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace sd::client {
class DraftStore;
struct Draft;
} // namespace sd::client

namespace sd::widgets {

class CannedResponseButton;
class FormatToolBar;
class ReplyTextEdit;

// Where an agent writes a reply to the customer or an internal note: formatted text,
// attachments (pasted, dropped, picked or screenshots), canned responses, knowledge-base links
// and quotes of earlier messages. Internal notes look different (pale yellow, a banner, "Add
// note") so that no one sends a note to the customer by mistake.
//
// The editor does no network or database work of its own. The owner answers its signals
// (sendRequested, kbSearchRequested), feeds it what it shows (setCannedResponses,
// showKbResults, setContext) and gives it the replica's DraftStore: every change is in the
// draft within DraftSaveDelayMs, and at once when the editor loses the focus, switches
// tickets or is destroyed.
class ReplyEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyEditor)

public:
    enum class Mode { Reply, Note };
    Q_ENUM(Mode)
    // Staff choose between a public reply and an internal note and have canned responses and
    // knowledge-base links; a customer (supportdesk-submit) only writes a message, which is
    // sent as kind "customer".
    enum class Audience { Staff, Customer };
    Q_ENUM(Audience)

    // The longest a change waits before it is saved, however fast the agent types.
    static constexpr int DraftSaveDelayMs = 400;

    explicit ReplyEditor(QWidget *parent = nullptr);
    ~ReplyEditor() override;

    // Saves the current ticket's draft, then shows `ticketId`'s (empty when there is none).
    // `drafts` is not owned and must outlive the editor or be replaced first; null keeps no
    // drafts. 0 is no ticket.
    void setTicket(qint64 ticketId, client::DraftStore *drafts);
    qint64 ticketId() const { return m_ticketId; }

    // Where pasted pictures and screenshots are written. Keep it across runs (next to the
    // replica), or a restored draft finds its pictures gone; without one they live in a
    // temporary folder that goes with the editor.
    void setStagingDirectory(const QString &path);
    void setAttachmentPolicy(const core::AttachmentPolicy &policy);

    // What canned responses fill in for {{ticket.number}}, {{customer.name}}, {{agent.name}}.
    void setContext(const QString &ticketNumber, const QString &customerName,
                    const QString &agentName);
    void setCannedResponses(const QList<client::CannedResponse> &responses);
    void insertCannedResponse(const client::CannedResponse &response);
    // Inserts "On <date> <author> wrote:" and the message as a quote at the cursor.
    void quoteMessage(const QString &author, const QString &html, const QDateTime &sentAt = {});
    // The answer to kbSearchRequested().
    void showKbResults(const QList<KbLink> &results);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    Audience audience() const { return m_audience; }
    void setAudience(Audience audience);
    // The newest message the agent had seen when they began writing; kept with the draft.
    qint64 seenMessageId() const { return m_seenMessageId; }
    void setSeenMessageId(qint64 messageId);

    bool isEmpty() const;
    // Saves the draft now if anything changed since the last save.
    void saveDraft();
    // The owner calls this once the outbox has taken the message: the editor empties and the
    // draft goes. The mode stays as it was.
    void clearAfterSend();

    ReplyTextEdit *textEdit() const { return m_text; }
    AttachmentList *attachmentList() const { return m_attachments; }
    FormatToolBar *formatToolBar() const { return m_formatBar; }

public Q_SLOTS:
    // What the Send button and Ctrl+Enter do; nothing when the editor is empty.
    void send();

Q_SIGNALS:
    // `kind` is "reply" or "note", or "customer" for Audience::Customer (the API's message
    // kinds); `html` is for the server's sanitizer, `plainText` for mail readers that show
    // text only.
    void sendRequested(const QString &kind, const QString &html, const QString &plainText,
                       const QList<sd::widgets::AttachmentFile> &files);
    void kbSearchRequested(const QString &text);
    // The first change in an empty editor: the moment to call setSeenMessageId().
    void editingStarted();

private:
    QWidget *buildModeRow();
    void addInsertButtons(QWidget *row, QHBoxLayout *layout);
    QWidget *buildBanner();
    QWidget *buildNotice();
    QWidget *buildBottomRow();
    void replaceAttachmentList();
    void updateModeLook();
    void contentChanged();
    void restore(const client::Draft &draft);
    void resetContent();
    void showNotice(const QString &message);
    void attachFiles();
    void attachScreenshot(const QImage &image);
    void insertKbLink(const KbLink &link);

    qint64 m_ticketId = 0;
    client::DraftStore *m_drafts = nullptr;
    QString m_stagingDirectory;
    core::AttachmentPolicy m_policy;
    QHash<QString, QString> m_placeholders;
    Mode m_mode = Mode::Reply;
    Audience m_audience = Audience::Staff;
    qint64 m_seenMessageId = 0;
    bool m_dirty = false;
    bool m_loading = false; // changes made by the editor itself are no edits
    bool m_started = false;
    QTimer m_saveTimer;

    ReplyTextEdit *m_text;
    FormatToolBar *m_formatBar;
    QPointer<AttachmentList> m_attachments;
    QVBoxLayout *m_attachmentSlot = nullptr;
    KbSearchBar *m_kbBar = nullptr;
    QAbstractButton *m_replyButton = nullptr;
    QAbstractButton *m_noteButton = nullptr;
    QAbstractButton *m_kbButton = nullptr;
    QFrame *m_banner = nullptr;
    QFrame *m_notice = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_sendButton = nullptr;
    CannedResponseButton *m_cannedButton = nullptr;
};

} // namespace sd::widgets
