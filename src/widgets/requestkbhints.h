#pragma once

#include "kbsearchbar.h"

#include <QFrame>
#include <QList>

class QLabel;
class QVBoxLayout;

namespace sd::widgets {

// Knowledge-base articles that may already answer what the customer is typing, as links that
// open in the browser. Only a suggestion: it never stands between the customer and Send.
class RequestKbHints final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestKbHints)

public:
    static constexpr int MaxArticles = 5;

    explicit RequestKbHints(QWidget *parent = nullptr);

    // Hidden while there are none.
    void setArticles(const QList<KbLink> &articles);
    QList<KbLink> articles() const { return m_articles; }
    QList<QLabel *> linkLabels() const { return m_links; }

private:
    QList<KbLink> m_articles;
    QList<QLabel *> m_links;
    QVBoxLayout *m_linkLayout;
};

} // namespace sd::widgets
