#include "replicaorganisations.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QCollator>

#include <algorithm>

namespace sd::client {

storage::Result<QList<std::pair<qint64, QString>>>
ReplicaOrganisations::list(const QString &databaseUrl)
{
    auto db = storage::Database::open(databaseUrl);
    if (!db)
        return db.error();
    storage::Statement select(
        *db.value(), QStringLiteral("SELECT organisation_id, MAX(organisation_name) FROM tickets "
                                    "WHERE organisation_id IS NOT NULL GROUP BY organisation_id"));
    if (!select.exec())
        return select.error();
    QList<std::pair<qint64, QString>> found;
    found.reserve(select.rowCount());
    while (select.next())
        found.append({select.id(0), select.text(1)});
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(found.begin(), found.end(), [&collator](const auto &a, const auto &b) {
        return collator.compare(a.second, b.second) < 0;
    });
    return found;
}

} // namespace sd::client
