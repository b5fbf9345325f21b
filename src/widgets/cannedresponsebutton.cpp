#include "cannedresponsebutton.h"

#include <QMenu>

namespace sd::widgets {

CannedResponseButton::CannedResponseButton(QWidget *parent)
    : QToolButton(parent), m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("cannedResponseButton"));
    setText(tr("Canned response"));
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    m_menu->setObjectName(QStringLiteral("cannedResponseMenu"));
    setMenu(m_menu);
    setResponses({});
}

void CannedResponseButton::setResponses(const QList<client::CannedResponse> &responses)
{
    m_menu->clear();
    setEnabled(!responses.isEmpty());
    setToolTip(responses.isEmpty() ? tr("No canned responses are available")
                                   : tr("Insert a prepared answer, filled in for this ticket"));
    for (const bool shared : {true, false}) {
        bool sectionAdded = false;
        for (const client::CannedResponse &response : responses) {
            if (response.shared != shared)
                continue;
            if (!sectionAdded)
                m_menu->addSection(shared ? tr("Shared") : tr("My own"));
            sectionAdded = true;
            QString title = response.title;
            QAction *action = m_menu->addAction(title.replace(u'&', QStringLiteral("&&")));
            connect(action, &QAction::triggered, this,
                    [this, response] { Q_EMIT chosen(response); });
        }
    }
}

} // namespace sd::widgets
