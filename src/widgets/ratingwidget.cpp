#include "ratingwidget.h"

#include "protocol/fieldlimits.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd::widgets {

namespace {

constexpr int MaxScore = 5;

QString starsText(int score)
{
    return QString(score, QChar(0x2605)) + QString(MaxScore - score, QChar(0x2606));
}

} // namespace

RatingWidget::RatingWidget(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_form(new QWidget(this)),
      m_stars(new QButtonGroup(this)), m_comment(new QPlainTextEdit(m_form)),
      m_send(new QPushButton(tr("Send rating"), m_form)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("ratingWidget"));
    m_title->setText(tr("How did we do? Rate the work on this request."));
    m_title->setWordWrap(true);
    auto *starRow = new QHBoxLayout;
    for (int score = 1; score <= MaxScore; ++score) {
        auto *star = new QToolButton(m_form);
        star->setObjectName(QStringLiteral("star%1").arg(score));
        star->setCheckable(true);
        star->setAutoRaise(true);
        star->setText(QString(QChar(0x2606)));
        star->setToolTip(tr("%n of 5 stars", nullptr, score));
        QFont big = star->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        star->setFont(big);
        m_stars->addButton(star, score);
        starRow->addWidget(star);
    }
    starRow->addStretch(1);
    m_comment->setObjectName(QStringLiteral("ratingCommentEdit"));
    m_comment->setPlaceholderText(tr("What went well, what could be better (optional)"));
    m_comment->setMaximumHeight(80);
    m_send->setObjectName(QStringLiteral("sendRatingButton"));
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(starRow);
    formLayout->addWidget(m_comment);
    formLayout->addWidget(m_send, 0, Qt::AlignRight);
    m_message->setObjectName(QStringLiteral("ratingMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_form);
    layout->addWidget(m_message);
    // The stars read as a row: the ones up to the chosen are filled.
    connect(m_stars, &QButtonGroup::idClicked, this, [this](int chosen) {
        for (QAbstractButton *star : m_stars->buttons())
            star->setText(QString(QChar(m_stars->id(star) <= chosen ? 0x2605 : 0x2606)));
        updateSendButton();
    });
    connect(m_send, &QPushButton::clicked, this, &RatingWidget::submit);
    offer();
}

void RatingWidget::offer()
{
    m_stars->setExclusive(false);
    for (QAbstractButton *star : m_stars->buttons()) {
        star->setChecked(false);
        star->setText(QString(QChar(0x2606)));
    }
    m_stars->setExclusive(true);
    m_comment->clear();
    m_title->show();
    m_form->show();
    m_message->clear();
    m_message->hide();
    updateSendButton();
}

void RatingWidget::showWaiting(const QString &message)
{
    m_title->show();
    m_form->hide();
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void RatingWidget::showThanks(int score, const QString &comment, bool queued,
                              const QString &problem)
{
    m_title->hide();
    m_form->hide();
    QString text = tr("Thank you for your rating: %1").arg(starsText(score));
    if (!comment.isEmpty())
        text += u'\n' + tr("Your comment: %1").arg(comment);
    if (!problem.isEmpty())
        text += u'\n' + tr("It could not be sent yet: %1").arg(problem);
    else if (queued)
        text += u'\n' + tr("It will be sent as soon as the connection allows.");
    m_message->setText(text);
    m_message->show();
}

bool RatingWidget::isOffered() const
{
    return !m_form->isHidden();
}

int RatingWidget::chosenScore() const
{
    return std::max(m_stars->checkedId(), 0);
}

QString RatingWidget::text() const
{
    QStringList parts;
    for (const QLabel *label : {m_title, m_message})
        if (!label->isHidden() && !label->text().isEmpty())
            parts.append(label->text());
    return parts.join(u'\n');
}

void RatingWidget::updateSendButton()
{
    m_send->setEnabled(chosenScore() > 0);
    m_send->setToolTip(chosenScore() > 0 ? QString() : tr("Choose from 1 to 5 stars first"));
}

void RatingWidget::submit()
{
    const int score = chosenScore();
    if (score == 0)
        return;
    emit rated(score,
               m_comment->toPlainText().trimmed().left(protocol::FieldLimits::CommentLength));
}

} // namespace sd::widgets
