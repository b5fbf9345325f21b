#pragma once

#include "client/submitoptions.h"

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace sd::client {
class AttachmentLimit;
class ClientSession;
class KbSearch;
class RequestSubmitter;
} // namespace sd::client

namespace sd::widgets {

class MyRequestsPane;
class RequestForm;

// The customer's compact window: "New request" (RequestForm) and "My requests"
// (MyRequestsPane) over one signed-in session, with a status line that says whether the
// server is reachable and how many writes wait to be sent. The form is pre-filled from the
// command line; knowledge-base articles are suggested while the customer types; the
// attachment policy is the server's. Sending goes through client::RequestSubmitter, so a
// request made offline is kept and sent later, and its number shown once it is accepted,
// even in a later run. Size and position are remembered.
class SubmitWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmitWindow)

public:
    // The session is not owned and outlives the window.
    SubmitWindow(client::ClientSession &session, const client::SubmitOptions &prefill,
                 QWidget *parent = nullptr);
    ~SubmitWindow() override;

    RequestForm *requestForm() const { return m_form; }
    MyRequestsPane *myRequests() const { return m_requests; }
    QTabWidget *tabs() const { return m_tabs; }
    QString statusText() const;
    // The number of the last request the server accepted in this window; empty before.
    QString lastNumber() const { return m_lastNumber; }
    // What became of requests sent in an earlier run (or while another one was on the form).
    QString noticeText() const;

signals:
    void requestSubmitted(const QString &number, qint64 ticketId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void wireForm();
    void submit();
    void updateStatus();
    void queued(qint64 entryId);
    void submitted(qint64 entryId, const QString &number, qint64 ticketId);
    void refused(qint64 entryId, const QString &field, const QString &message);
    void showNotice(const QString &text);
    // Puts a request the server refused back on the form when the form is free.
    bool restoreReturned();
    void restoreWindowGeometry();
    void saveWindowGeometry() const;

    client::ClientSession &m_session;
    client::KbSearch *m_kb;
    client::AttachmentLimit *m_limit;
    client::RequestSubmitter *m_submitter;
    QTabWidget *m_tabs;
    RequestForm *m_form;
    MyRequestsPane *m_requests;
    QLabel *m_notice;
    QLabel *m_status;
    qint64 m_current = 0; // the outbox entry of the request on the form, 0: none sent
    QString m_lastNumber;
};

} // namespace sd::widgets
