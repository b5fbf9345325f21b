#include "kbarticlerepository.h"

#include "changefeedrepository.h"
#include "database.h"
#include "statement.h"
#include "transaction.h"

namespace sd::storage {

KbArticleRepository::KbArticleRepository(Database &db) : m_db(db) {}

Result<core::KbArticle> KbArticleRepository::create(const core::KbArticle &input)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    core::KbArticle article = input;
    article.createdAt = QDateTime::currentDateTimeUtc();
    article.updatedAt = article.createdAt;
    Statement insert(m_db, QStringLiteral("INSERT INTO kb_articles (title, body_html, "
                                          "body_text, locale, published, author_id, "
                                          "created_at, updated_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(article.title).bind(article.bodyHtml).bind(article.bodyText);
    insert.bind(article.locale).bind(article.published).bindId(article.authorId);
    if (!insert.bindTime(article.createdAt).bindTime(article.updatedAt).exec())
        return insert.error();
    article.id = insert.next() ? insert.id(0) : 0;
    if (const Result<void> fed = ChangeFeedRepository(m_db).append(
            EntityType::KbArticle, article.id, ChangeOperation::Create);
        !fed)
        return fed.error();
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return article;
}

Result<core::KbArticle> KbArticleRepository::update(const core::KbArticle &article)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    Statement write(m_db, QStringLiteral("UPDATE kb_articles SET title = ?, body_html = ?, "
                                         "body_text = ?, locale = ?, published = ?, "
                                         "updated_at = ? WHERE id = ?"));
    write.bind(article.title).bind(article.bodyHtml).bind(article.bodyText).bind(article.locale);
    write.bind(article.published).bindTime(QDateTime::currentDateTimeUtc()).bind(article.id);
    if (!write.exec())
        return write.error();
    if (write.rowsAffected() == 0) {
        return StorageError{StorageError::Kind::NotFound,
                            tr("Knowledge-base article %1 does not exist.").arg(article.id)};
    }
    if (const Result<void> fed = ChangeFeedRepository(m_db).append(
            EntityType::KbArticle, article.id, ChangeOperation::Update);
        !fed)
        return fed.error();
    Result<core::KbArticle> stored = get(article.id);
    if (!stored)
        return stored;
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return stored;
}

Result<core::KbArticle> KbArticleRepository::get(qint64 id)
{
    const Result<QList<core::KbArticle>> found = select(QStringLiteral("id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty()) {
        return StorageError{StorageError::Kind::NotFound,
                            tr("Knowledge-base article %1 does not exist.").arg(id)};
    }
    return found->constFirst();
}

Result<QList<core::KbArticle>> KbArticleRepository::list(bool publishedOnly)
{
    return select(publishedOnly ? QStringLiteral("published = TRUE") : QStringLiteral("1 = 1"), {});
}

Result<QList<core::KbArticle>> KbArticleRepository::select(const QString &where,
                                                           const QVariantList &values)
{
    Statement rows(m_db, u"SELECT id, title, body_html, body_text, locale, published, "
                         u"author_id, created_at, updated_at FROM kb_articles WHERE " +
                             where + u" ORDER BY id DESC");
    for (const QVariant &value : values)
        rows.bind(value);
    if (!rows.exec())
        return rows.error();
    QList<core::KbArticle> out;
    while (rows.next()) {
        out.append({rows.id(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4),
                    rows.flag(5), rows.id(6), rows.time(7), rows.time(8)});
    }
    return out;
}

} // namespace sd::storage
