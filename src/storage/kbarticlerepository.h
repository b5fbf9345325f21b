#pragma once

#include "core/kbarticle.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

namespace sd::storage {

class Database;

// Knowledge-base articles; searching them is SearchRepository::searchKb.
class KbArticleRepository final
{
    Q_DECLARE_TR_FUNCTIONS(KbArticleRepository)
    Q_DISABLE_COPY_MOVE(KbArticleRepository)

public:
    explicit KbArticleRepository(Database &db);

    Result<core::KbArticle> create(const core::KbArticle &article);
    Result<core::KbArticle> get(qint64 id);
    // Newest first.
    Result<QList<core::KbArticle>> list(bool publishedOnly = true);
    Result<core::KbArticle> update(const core::KbArticle &article);

private:
    Result<QList<core::KbArticle>> select(const QString &where, const QVariantList &values);

    Database &m_db;
};

} // namespace sd::storage
