#pragma once

#include <QJsonObject>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace sd::client {
class AttachmentCache;
class AttachmentLimit;
class ClientSession;
class DraftStore;
class RequestThreadRating;
} // namespace sd::client

namespace sd::widgets {

class RatingWidget;
class ReplyEditor;

// One of the customer's requests: number, subject, status and when the next answer is due,
// the conversation (their messages and the team's public replies, never internal notes) with
// attachments that open, a box to write back (ReplyEditor for customers: text, files, pasted
// pictures and screenshots, nothing of the agents' tools) and, once the request is resolved or
// closed, the rating. Reads the replica; writes go through the session's outbox, so they wait
// out a lost connection and show as waiting meanwhile.
class RequestThread final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestThread)

public:
    // The session is not owned and outlives the thread.
    explicit RequestThread(client::ClientSession &session, QWidget *parent = nullptr);
    ~RequestThread() override;

    void showTicket(qint64 ticketId);
    // Reads the ticket again (the sync or the outbox changed it).
    void refresh();
    qint64 ticketId() const { return m_id; }
    const QJsonObject &ticket() const { return m_ticket; }

    QString headerText() const;
    QString conversationText() const;
    ReplyEditor *editor() const { return m_editor; }
    // Shown instead of the reply box on a resolved or closed request, where the rating comes
    // first; opens the box.
    QPushButton *writeButton() const { return m_writeButton; }
    RatingWidget *rating() const { return m_rating; }
    // Asks the server again whether the request was rated, if it could not be asked before
    // (call when the connection is back).
    void recheckRating();

signals:
    // An attachment was fetched and handed to the desktop to open.
    void attachmentOpened(const QString &path);

private:
    void buildLayout();
    void wire();
    void render();
    void renderRating();
    void sendMessage(const QString &html, const QString &text, const QStringList &files);
    void rate(int score, const QString &comment);
    void openAttachment(const QUrl &link);
    void showProblem(const QString &message);

    client::ClientSession &m_session;
    std::unique_ptr<client::DraftStore> m_drafts;
    std::unique_ptr<client::AttachmentCache> m_cache;
    client::AttachmentLimit *m_limit;
    client::RequestThreadRating *m_ratingState;
    qint64 m_id = 0;
    QJsonObject m_ticket;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_problem;
    QTextBrowser *m_conversation;
    QLabel *m_replyHint;
    QPushButton *m_writeButton;
    ReplyEditor *m_editor;
    qint64 m_writingId = 0; // the finished request whose reply box the customer opened
    RatingWidget *m_rating;
};

} // namespace sd::widgets
