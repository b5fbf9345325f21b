#pragma once

#include <QFrame>
#include <QList>
#include <QString>
#include <QTimer>
#include <QUrl>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace sd::widgets {

// A knowledge-base article to link from a reply.
struct KbLink
{
    QString title;
    QUrl url;
};

// A search field over the reply text: what the agent types is asked for (searchRequested, a
// moment after they stop typing, or at once on Enter) and whoever owns the editor answers with
// setResults(). Choosing a result (Enter, double-click) hands it back as linkChosen(). The bar
// never searches by itself, so no network code lives in the widgets.
class KbSearchBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KbSearchBar)

public:
    explicit KbSearchBar(QWidget *parent = nullptr);

    // Shows the bar with the focus in its field.
    void open();
    void setResults(const QList<KbLink> &results);
    QLineEdit *searchField() const { return m_field; }
    QListWidget *resultList() const { return m_results; }

Q_SIGNALS:
    void searchRequested(const QString &text);
    void linkChosen(const sd::widgets::KbLink &link);
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void requestSearch();
    void choose(QListWidgetItem *item);
    void dismiss();

    QLineEdit *m_field;
    QListWidget *m_results;
    QLabel *m_status;
    QToolButton *m_closeButton;
    QTimer m_typingTimer;
    QString m_asked; // the text of the last request
};

} // namespace sd::widgets
