#include "guidataset.h"

#include "client/replica.h"
#include "storage/database.h"
#include "storage/sqlitestatement.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QStringList>

namespace sd::bench {

namespace {

const char *const Words[] = {
    "invoice", "printing",   "hangs",   "счёт",       "не",         "печатается", "ошибка",
    "license", "server",     "update",  "обновление", "crash",      "отчёт",      "database",
    "slow",    "login",      "пароль",  "доступ",     "export",     "import",     "1С",
    "backup",  "connection", "timeout", "сертификат", "интеграция", "warehouse",  "склад",
};
const char *const Statuses[] = {"new",      "open",  "pending_customer", "in_development",
                                "resolved", "closed"};
const char *const Priorities[] = {"low", "normal", "high", "critical"};
const char *const Categories[] = {"question", "incident", "feature_request", "consultation"};

QByteArray iso(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
}

} // namespace

QString GuiDataset::create(const QString &path, int tickets)
{
    auto replica = client::Replica::open(path);
    if (!replica)
        return replica.error().message;
    storage::Database &db = replica.value()->database();
    storage::Transaction tx(db);
    storage::SqliteStatement insert(
        db, "INSERT INTO tickets (id, number, version, status, priority, category, subject, "
            "queue_id, queue_name, assignee_id, assignee_name, organisation_id, "
            "organisation_name, requester_name, requester_email, created_at, updated_at, "
            "first_response_at, first_response_due, resolution_due, resolved_at, json) VALUES "
            "(?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}')");
    if (!insert.ok())
        return insert.error().message;
    QRandomGenerator random(2026);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const int words = int(std::size(Words));
    for (int id = 1; id <= tickets; ++id) {
        QByteArray subject;
        for (int i = 0, n = 3 + random.bounded(5); i < n; ++i)
            subject += (i ? " " : "") + QByteArray(Words[random.bounded(words)]);
        const int person = random.bounded(5000);
        const int organisation = 1 + person % 400;
        const int status = random.bounded(6);
        const int assignee = random.bounded(4) == 0 ? 0 : 1 + random.bounded(30);
        const qint64 created = now - qint64(tickets - id) * 30 - random.bounded(600);
        const QByteArray person8 = QByteArray::number(person);
        insert.reset();
        insert.bind(1, id)
            .bindText(2, QByteArray("SD-2026-" + QByteArray::number(id).rightJustified(7, '0')))
            .bindText(3, Statuses[status])
            .bindText(4, Priorities[random.bounded(4)])
            .bindText(5, Categories[random.bounded(4)])
            .bindText(6, subject)
            .bind(7, 1 + random.bounded(2))
            .bindText(8, random.bounded(2) ? "Support" : "Development");
        if (assignee == 0)
            insert.bindNull(9).bindNull(10);
        else
            insert.bind(9, assignee)
                .bindText(10, QByteArray("Agent " + QByteArray::number(assignee)));
        insert.bind(11, organisation)
            .bindText(12, QByteArray("Organisation " + QByteArray::number(organisation)))
            .bindText(13, QByteArray("Customer " + person8))
            .bindText(14, QByteArray("customer" + person8 + "@example.org"))
            .bindText(15, iso(created))
            .bindText(16, iso(created + random.bounded(86400)));
        if (random.bounded(2))
            insert.bindText(17, iso(created + 600));
        else
            insert.bindNull(17);
        insert.bindText(18, iso(created + 3600 * (1 + random.bounded(8))))
            .bindText(19, iso(created + 3600 * (8 + random.bounded(72))));
        if (status >= 4)
            insert.bindText(20, iso(created + 3600 * (1 + random.bounded(48))));
        else
            insert.bindNull(20);
        if (insert.step(), insert.failed())
            return insert.error().message;
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error().message;
    return {};
}

} // namespace sd::bench
