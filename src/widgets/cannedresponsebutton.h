#pragma once

#include "client/cannedresponse.h"

#include <QList>
#include <QToolButton>

class QMenu;

namespace sd::widgets {

// "Canned response ▾": a menu of the prepared answers the agent may use, the shared ones
// first, then their own. Disabled while there are none.
class CannedResponseButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CannedResponseButton)

public:
    explicit CannedResponseButton(QWidget *parent = nullptr);

    void setResponses(const QList<client::CannedResponse> &responses);

Q_SIGNALS:
    void chosen(const sd::client::CannedResponse &response);

private:
    QMenu *m_menu;
};

} // namespace sd::widgets
