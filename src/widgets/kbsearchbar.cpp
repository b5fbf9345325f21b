#include "kbsearchbar.h"

#include <QBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStyle>
#include <QToolButton>

namespace sd::widgets {

namespace {

constexpr int TypingPauseMs = 300;
constexpr int VisibleRows = 5;
constexpr int UrlRole = Qt::UserRole + 1;

} // namespace

KbSearchBar::KbSearchBar(QWidget *parent)
    : QFrame(parent), m_field(new QLineEdit(this)), m_results(new QListWidget(this)),
      m_status(new QLabel(this)), m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("kbSearchBar"));
    setFrameShape(QFrame::StyledPanel);
    m_field->setObjectName(QStringLiteral("kbSearchField"));
    m_field->setPlaceholderText(tr("Search the knowledge base for an article to link…"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_results->setObjectName(QStringLiteral("kbResultList"));
    m_results->installEventFilter(this);
    m_results->setUniformItemSizes(true);
    m_status->setObjectName(QStringLiteral("kbStatusLabel"));
    m_closeButton->setObjectName(QStringLiteral("kbCloseButton"));
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setToolTip(tr("Close the knowledge-base search (Esc)"));

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Knowledge base:"), this));
    row->addWidget(m_field, 1);
    row->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_results);
    m_results->hide();
    m_status->hide();

    m_typingTimer.setSingleShot(true);
    m_typingTimer.setInterval(TypingPauseMs);
    connect(&m_typingTimer, &QTimer::timeout, this, &KbSearchBar::requestSearch);
    connect(m_field, &QLineEdit::textEdited, this, [this] { m_typingTimer.start(); });
    connect(m_results, &QListWidget::itemActivated, this, &KbSearchBar::choose);
    connect(m_closeButton, &QToolButton::clicked, this, &KbSearchBar::dismiss);
}

void KbSearchBar::open()
{
    show();
    m_field->setFocus();
    m_field->selectAll();
}

void KbSearchBar::setResults(const QList<KbLink> &results)
{
    m_results->clear();
    for (const KbLink &link : results) {
        auto *item = new QListWidgetItem(link.title, m_results);
        item->setData(UrlRole, link.url);
        item->setToolTip(link.url.toDisplayString());
    }
    m_results->setVisible(!results.isEmpty());
    if (!results.isEmpty()) {
        m_results->setCurrentRow(0);
        const int rows = qMin(int(results.size()), VisibleRows);
        m_results->setFixedHeight(rows * m_results->sizeHintForRow(0) +
                                  2 * m_results->frameWidth());
    }
    m_status->setText(results.isEmpty() && !m_asked.isEmpty()
                          ? tr("No articles match \"%1\".").arg(m_asked)
                          : QString());
    m_status->setVisible(!m_status->text().isEmpty());
}

bool KbSearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Escape:
        dismiss();
        return true;
    case Qt::Key_Down:
        if (watched != m_field || !m_results->isVisible())
            break;
        m_results->setFocus();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (watched != m_field)
            break;
        // Results for the text as typed: choose one; otherwise search now.
        if (m_results->currentItem() && !m_typingTimer.isActive() &&
            m_asked == m_field->text().trimmed())
            choose(m_results->currentItem());
        else
            requestSearch();
        return true;
    default:
        break;
    }
    return QFrame::eventFilter(watched, event);
}

void KbSearchBar::requestSearch()
{
    m_typingTimer.stop();
    const QString text = m_field->text().trimmed();
    if (text.isEmpty() || text == m_asked)
        return;
    m_asked = text;
    m_status->setText(tr("Searching…"));
    m_status->show();
    Q_EMIT searchRequested(text);
}

void KbSearchBar::choose(QListWidgetItem *item)
{
    if (!item)
        return;
    const KbLink link{item->text(), item->data(UrlRole).toUrl()};
    dismiss();
    Q_EMIT linkChosen(link);
}

void KbSearchBar::dismiss()
{
    m_typingTimer.stop();
    hide();
    Q_EMIT closed();
}

} // namespace sd::widgets
