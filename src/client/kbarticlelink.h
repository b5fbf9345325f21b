#pragma once

#include <QString>
#include <QUrl>

namespace sd::client {

// A knowledge-base search hit: what a link to the article needs. `url` is the article's web
// page on the server (GET /kb/{id}), which opens without signing in.
struct KbArticleLink
{
    qint64 id = 0;
    QString title;
    QString excerpt;
    QUrl url;
};

} // namespace sd::client
