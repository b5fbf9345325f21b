#include "requeststatus.h"

#include <QBoxLayout>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace sd::widgets {

RequestStatus::RequestStatus(QWidget *parent)
    : QFrame(parent), m_iconLabel(new QLabel(this)), m_textLabel(new QLabel(this)),
      m_copyButton(new QPushButton(tr("Copy number"), this)),
      m_newButton(new QPushButton(tr("New request"), this))
{
    setObjectName(QStringLiteral("requestStatus"));
    setFrameShape(QFrame::StyledPanel);
    m_textLabel->setObjectName(QStringLiteral("requestStatusLabel"));
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyButton->setObjectName(QStringLiteral("copyNumberButton"));
    m_copyButton->setAutoDefault(false);
    m_newButton->setObjectName(QStringLiteral("newRequestButton"));
    m_newButton->setAutoDefault(false);
    connect(m_copyButton, &QPushButton::clicked, this, &RequestStatus::copyNumber);
    connect(m_newButton, &QPushButton::clicked, this, &RequestStatus::newRequestRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_newButton);
    auto *text = new QVBoxLayout;
    text->addWidget(m_textLabel);
    text->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_iconLabel, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    clear();
}

void RequestStatus::showBusy()
{
    display(State::Busy, tr("Sending your request…"), true);
}

void RequestStatus::showQueued()
{
    display(State::Queued,
            tr("There is no connection to the support server right now. Your request is saved on "
               "this computer and will be sent by itself when the connection is back; there is no "
               "need to send it again."),
            true);
    m_newButton->show();
}

void RequestStatus::showSubmitted(const QString &number)
{
    m_number = number;
    display(State::Submitted,
            tr("Your request has been received. Its number is %1: please give it whenever you "
               "contact support about this problem.")
                .arg(number),
            true);
    m_copyButton->setText(tr("Copy number"));
    m_copyButton->show();
    m_newButton->show();
}

void RequestStatus::showProblem(const QString &message)
{
    display(State::Problem, message, false);
}

void RequestStatus::clear()
{
    m_state = State::None;
    m_number.clear();
    m_textLabel->clear();
    hide();
}

QString RequestStatus::text() const
{
    return m_textLabel->text();
}

void RequestStatus::display(State state, const QString &text, bool success)
{
    m_state = state;
    if (state != State::Submitted)
        m_number.clear();
    const QStyle::StandardPixmap icon =
        success ? QStyle::SP_MessageBoxInformation : QStyle::SP_MessageBoxWarning;
    m_iconLabel->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    m_textLabel->setText(text);
    m_copyButton->hide();
    m_newButton->hide();
    QFrame::show();
}

void RequestStatus::copyNumber()
{
    QGuiApplication::clipboard()->setText(m_number);
    m_copyButton->setText(tr("Copied"));
}

} // namespace sd::widgets
