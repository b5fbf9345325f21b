#include "cannedresponserepository.h"

#include "database.h"
#include "statement.h"

namespace sd::storage {

CannedResponseRepository::CannedResponseRepository(Database &db) : m_db(db) {}

Result<CannedResponse> CannedResponseRepository::create(const CannedResponse &input)
{
    CannedResponse response = input;
    response.createdAt = QDateTime::currentDateTimeUtc();
    response.updatedAt = response.createdAt;
    Statement insert(m_db, QStringLiteral("INSERT INTO canned_responses (title, body_html, "
                                          "owner_id, created_at, updated_at) VALUES (?, ?, ?, ?, "
                                          "?) RETURNING id"));
    insert.bind(response.title).bind(response.bodyHtml).bindId(response.ownerId);
    if (!insert.bindTime(response.createdAt).bindTime(response.updatedAt).exec())
        return insert.error();
    response.id = insert.next() ? insert.id(0) : 0;
    return response;
}

Result<QList<CannedResponse>> CannedResponseRepository::listFor(qint64 userId)
{
    Statement select(m_db, QStringLiteral("SELECT id, title, body_html, owner_id, created_at, "
                                          "updated_at FROM canned_responses WHERE owner_id IS "
                                          "NULL OR owner_id = ? ORDER BY title, id"));
    if (!select.bind(userId).exec())
        return select.error();
    QList<CannedResponse> responses;
    responses.reserve(select.rowCount());
    while (select.next()) {
        CannedResponse response;
        response.id = select.id(0);
        response.title = select.text(1);
        response.bodyHtml = select.text(2);
        response.ownerId = select.id(3);
        response.createdAt = select.time(4);
        response.updatedAt = select.time(5);
        responses.append(response);
    }
    return responses;
}

Result<qint64> CannedResponseRepository::count()
{
    Statement select(m_db, QStringLiteral("SELECT COUNT(*) FROM canned_responses"));
    if (!select.exec() || !select.next())
        return select.error();
    return select.id(0);
}

} // namespace sd::storage
