#pragma once

#include <QFrame>
#include <QString>

class QLabel;
class QPushButton;

namespace sd::widgets {

// The line above the request form's Send button that says what became of the request:
// being sent, kept on this computer until the connection is back, received under a number
// the customer can copy, or what to correct first.
class RequestStatus final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestStatus)

public:
    enum class State { None, Busy, Queued, Submitted, Problem };
    Q_ENUM(State)

    explicit RequestStatus(QWidget *parent = nullptr);

    void showBusy();
    void showQueued();
    void showSubmitted(const QString &number);
    void showProblem(const QString &message);
    void clear();

    State state() const { return m_state; }
    QString text() const;
    QString number() const { return m_number; }

Q_SIGNALS:
    void newRequestRequested();

private:
    void display(State state, const QString &text, bool success);
    void copyNumber();

    State m_state = State::None;
    QString m_number;
    QLabel *m_iconLabel;
    QLabel *m_textLabel;
    QPushButton *m_copyButton;
    QPushButton *m_newButton;
};

} // namespace sd::widgets
