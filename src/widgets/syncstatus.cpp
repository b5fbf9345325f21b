#include "syncstatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace sd::widgets {

using State = client::SyncEngine::State;

SyncStatus::SyncStatus(QWidget *parent)
    : QWidget(parent), m_state(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_waiting(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_state->setObjectName(QStringLiteral("syncStateLabel"));
    m_progress->setObjectName(QStringLiteral("firstSyncProgress"));
    m_waiting->setObjectName(QStringLiteral("outboxLabel"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    layout->addWidget(m_waiting);
    layout->addWidget(m_progress);
    layout->addWidget(m_state);
    setState(State::Stopped, {});
    setWaiting(0, 0);
}

void SyncStatus::setState(State state, const QString &lastError)
{
    QString text;
    QString colour = QStringLiteral("#1d7a35");
    switch (state) {
    case State::Stopped:
        text = tr("Not connected");
        colour = QStringLiteral("#6b6b6b");
        break;
    case State::Offline:
        text = lastError.isEmpty() ? tr("Offline — changes are kept and sent later")
                                   : tr("Offline — %1").arg(lastError);
        colour = QStringLiteral("#c01c28");
        break;
    case State::Syncing:
        text = tr("Syncing…");
        colour = QStringLiteral("#1a5fb4");
        break;
    case State::Online:
        text = tr("Online");
        m_progress->hide();
        break;
    }
    m_state->setText(QStringLiteral("● ") + text);
    m_state->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    m_state->setToolTip(lastError);
}

void SyncStatus::setProgress(qint64 done, qint64 total)
{
    if (total <= 0 || done >= total) {
        m_progress->hide();
        return;
    }
    // QProgressBar counts in int; per mille keeps any total in range.
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(done * 1000 / total));
    m_progress->setFormat(tr("First sync: %1 of %2 tickets").arg(done).arg(total));
    m_progress->show();
}

void SyncStatus::setWaiting(int entries, int needingAttention)
{
    if (entries == 0) {
        m_waiting->setText(tr("All changes sent"));
        m_waiting->setStyleSheet({});
        return;
    }
    QString text = tr("%n change(s) waiting to be sent", nullptr, entries);
    if (needingAttention > 0)
        text += QStringLiteral(" · ") + tr("%n need(s) your attention", nullptr, needingAttention);
    m_waiting->setText(text);
    m_waiting->setStyleSheet(needingAttention > 0 ? QStringLiteral("color: #c01c28;")
                                                  : QStringLiteral("color: #b35c00;"));
}

QString SyncStatus::stateText() const
{
    return m_state->text();
}

QString SyncStatus::waitingText() const
{
    return m_waiting->text();
}

} // namespace sd::widgets
