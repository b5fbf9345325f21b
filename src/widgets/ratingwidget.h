#pragma once

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sd::widgets {

// After a request is resolved: the customer gives 1-5 stars and, if they like, a comment
// (seed 000). Once given it shows "Thank you" with what was given, and offers nothing more.
// The widget only asks and shows; its owner sends the rating and says what is known.
class RatingWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatingWidget)

public:
    explicit RatingWidget(QWidget *parent = nullptr);

    // The stars and the comment box, empty.
    void offer();
    // What the rating is waiting for (the server is being asked, or cannot be); nothing to
    // choose meanwhile.
    void showWaiting(const QString &message);
    // Rated: the stars given, the comment, and whether it is still on its way.
    void showThanks(int score, const QString &comment, bool queued, const QString &problem = {});

    bool isOffered() const;
    int chosenScore() const;
    QString text() const; // what the widget says, for tests and screen readers

signals:
    void rated(int score, const QString &comment);

private:
    void updateSendButton();
    void submit();

    QLabel *m_title;
    QWidget *m_form;
    QButtonGroup *m_stars;
    QPlainTextEdit *m_comment;
    QPushButton *m_send;
    QLabel *m_message;
};

} // namespace sd::widgets
