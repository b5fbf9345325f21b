#include "requestkbhints.h"

#include <QBoxLayout>
#include <QDesktopServices>
#include <QLabel>

namespace sd::widgets {

RequestKbHints::RequestKbHints(QWidget *parent) : QFrame(parent), m_linkLayout(new QVBoxLayout)
{
    setObjectName(QStringLiteral("kbSuggestions"));
    setFrameShape(QFrame::StyledPanel);
    auto *title = new QLabel(tr("These articles may already answer your question (you can "
                                "still send the request):"),
                             this);
    title->setObjectName(QStringLiteral("kbSuggestionsTitle"));
    title->setWordWrap(true);
    m_linkLayout->setSpacing(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addLayout(m_linkLayout);
    hide();
}

void RequestKbHints::setArticles(const QList<KbLink> &articles)
{
    qDeleteAll(m_links);
    m_links.clear();
    m_articles = articles.mid(0, MaxArticles);
    for (const KbLink &article : std::as_const(m_articles)) {
        auto *link = new QLabel(this);
        link->setObjectName(QStringLiteral("kbSuggestionLink"));
        link->setTextFormat(Qt::RichText);
        link->setText(QStringLiteral("• <a href=\"%1\">%2</a>")
                          .arg(QString::fromUtf8(article.url.toEncoded()).toHtmlEscaped(),
                               article.title.toHtmlEscaped()));
        link->setToolTip(article.url.toString());
        link->setWordWrap(true);
        link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        connect(link, &QLabel::linkActivated, this,
                [url = article.url] { QDesktopServices::openUrl(url); });
        m_linkLayout->addWidget(link);
        m_links.append(link);
    }
    setVisible(!m_articles.isEmpty());
}

} // namespace sd::widgets
