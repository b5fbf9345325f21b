#pragma once

#include <QDateTime>
#include <QString>

namespace sd::core {

// A knowledge-base article: answers link them and the submission dialog suggests them while
// the customer types (seeds 000, 002).
struct KbArticle
{
    qint64 id = 0;
    QString title;
    QString bodyHtml;
    QString bodyText;
    QString locale = QStringLiteral("ru");
    bool published = true;
    qint64 authorId = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace sd::core
