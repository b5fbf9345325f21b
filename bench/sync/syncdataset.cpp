#include "syncdataset.h"

#include "core/user.h"
#include "server/passwordhasher.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/organisationrepository.h"
#include "storage/queuerepository.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

namespace sd::bench {

namespace {

// "CASE (index) WHEN 0 THEN 'first' ... END": one of `words`, the same SQL on both backends.
QString pick(const QStringList &words, const QString &index)
{
    QString sql = u"CASE (" + index + u") % " + QString::number(words.size());
    for (qsizetype i = 0; i < words.size(); ++i)
        sql += QStringLiteral(" WHEN %1 THEN '%2'").arg(i).arg(words.at(i));
    return sql + u" END";
}

const QStringList Objects{QStringLiteral("Invoice"),           QStringLiteral("Price list"),
                          QStringLiteral("Warehouse report"),  QStringLiteral("Payroll export"),
                          QStringLiteral("Contract template"), QStringLiteral("Bank statement"),
                          QStringLiteral("Stock transfer"),    QStringLiteral("VAT return")};
const QStringList Problems{
    QStringLiteral("printing hangs"),    QStringLiteral("import stops"),
    QStringLiteral("export fails"),      QStringLiteral("sync times out"),
    QStringLiteral("totals are wrong"),  QStringLiteral("preview is blank"),
    QStringLiteral("upload is refused"), QStringLiteral("signature is lost")};
const QStringList Openings{QStringLiteral("Good morning. "), QStringLiteral("Hello, "),
                           QStringLiteral("Добрый день! "),  QStringLiteral("Colleagues, "),
                           QStringLiteral("Здравствуйте. "), QStringLiteral("Hi team, ")};
const QStringList Details{
    QStringLiteral("Since the update to 5.2.1 the document cannot be printed at the second "
                   "step; it worked in 5.1. Open the journal, choose the period and press Print, "
                   "the window stays grey for a minute and then closes without a message."),
    QStringLiteral("После обновления до 5.2.1 отчёт по складу строится больше десяти минут, "
                   "раньше хватало секунды. Проверяли на двух рабочих местах, на сервере "
                   "свободно 40 ГБ, антивирус отключали, журнал событий пуст."),
    QStringLiteral("We checked the log as you asked: error 0x80070005 appears right after the "
                   "export starts, the file stays empty. Screenshots are attached to the first "
                   "message; the same happens with a new empty database."),
    QStringLiteral("Выгрузка в банк отклоняется с ошибкой подписи, сертификат действителен до "
                   "следующего года. Сотрудники бухгалтерии не могут отправить платёжки, "
                   "затронуто пять человек, просим помочь сегодня."),
    QStringLiteral("Please install the hotfix 5.2.1.4 from the download page and restart the "
                   "service; the settings stay as they are. If the problem stays, send us the "
                   "log from the Help menu, we will look at it the same day."),
    QStringLiteral("Проверили на тестовом стенде: ошибка воспроизводится при пустом поле "
                   "«Контрагент». Передали разработчикам, исправление войдёт в ближайший "
                   "выпуск; пока заполните поле вручную, тогда документ проводится.")};
const QStringList Closings{QStringLiteral(" Thank you."), QStringLiteral(" Спасибо!"),
                           QStringLiteral(" Regards, accounting."),
                           QStringLiteral(" С уважением, отдел продаж.")};

QString body(const QString &seed)
{
    return pick(Openings, seed) + u" || " + pick(Details, u'(' + seed + u") / 6") + u" || " +
           pick(Closings, u'(' + seed + u") / 36");
}

core::User person(const QString &login, core::UserRole role)
{
    core::User user;
    user.login = login;
    user.name = login.at(0).toUpper() + login.mid(1) + QStringLiteral(" Benchmark");
    user.email = login + QStringLiteral("@bench.example.com");
    user.role = role;
    user.locale = QStringLiteral("en");
    return user;
}

} // namespace

SyncDataSet::SyncDataSet(storage::Database &db) : m_db(db) {}

QString SyncDataSet::series(int count) const
{
    if (m_db.backend() == storage::Backend::PostgreSql)
        return QStringLiteral("series(g) AS (SELECT generate_series(1, %1))").arg(count);
    return QStringLiteral("series(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM series WHERE g < %1)")
        .arg(count);
}

QString SyncDataSet::fromNow(const QString &seconds) const
{
    if (m_db.backend() == storage::Backend::PostgreSql)
        return u"now() + (" + seconds + u") * interval '1 second'";
    return u"strftime('%Y-%m-%dT%H:%M:%fZ', 'now', (" + seconds + u") || ' seconds')";
}

QString SyncDataSet::shifted(const QString &column, const QString &seconds) const
{
    if (m_db.backend() == storage::Backend::PostgreSql)
        return column + u" + (" + seconds + u") * interval '1 second'";
    return u"strftime('%Y-%m-%dT%H:%M:%fZ', " + column + u", (" + seconds + u") || ' seconds')";
}

bool SyncDataSet::createAccounts(QString *error)
{
    using namespace sd::storage;
    QueueRepository queues(m_db);
    auto support = queues.findByName(QStringLiteral("Support"));
    auto development = queues.findByName(QStringLiteral("Development"));
    if (!support || !development)
        return *error = QStringLiteral("the default queues are missing"), false;
    m_supportQueueId = support->id;
    m_developmentQueueId = development->id;
    core::Organisation organisation;
    organisation.name = QStringLiteral("Bench Sync Ltd");
    organisation.projectCode = QStringLiteral("BENCH-SYNC");
    organisation.supportLevel = QStringLiteral("standard");
    auto created = OrganisationRepository(m_db).create(organisation);
    if (!created)
        return *error = created.error().message, false;
    m_organisationId = created->id;

    m_password = QStringLiteral("bench-sync-password");
    const QString hash = sd::server::PasswordHasher::hash(m_password);
    core::User customer = person(QStringLiteral("customer"), core::UserRole::Customer);
    customer.organisationId = m_organisationId;
    core::User agent = person(agentLogin(), core::UserRole::Agent);
    agent.queueIds = {m_supportQueueId, m_developmentQueueId};
    core::User supervisor = person(supervisorLogin(), core::UserRole::Supervisor);
    UserRepository users(m_db);
    for (auto [user, id] : {std::pair{&customer, &m_customerId}, std::pair{&agent, &m_agentId},
                            std::pair{&supervisor, &m_supervisorId}}) {
        auto stored = users.create(*user, hash);
        if (!stored)
            return *error = stored.error().message, false;
        *id = stored->id;
    }
    return true;
}

QString SyncDataSet::ticketSql(int tickets) const
{
    const bool postgres = m_db.backend() == storage::Backend::PostgreSql;
    const QString number =
        postgres ? QStringLiteral("lpad(g::text, 6, '0')") : QStringLiteral("printf('%06d', g)");
    // s picks the status: new 4 %, open 6 %, pending 4 %, resolved 16 %, closed 70 %.
    const QString status =
        QStringLiteral("CASE WHEN s < 4 THEN 'new' WHEN s < 10 THEN 'open' WHEN s < 14 THEN "
                       "'pending_customer' WHEN s < 30 THEN 'resolved' ELSE 'closed' END");
    const QString age = QStringLiteral("(g - %1) * 30").arg(tickets);
    return u"WITH RECURSIVE " + series(tickets) + u", numbered AS (SELECT g, " + status +
           u" AS status FROM (SELECT g, (g * 37) % 100 AS s FROM series) AS picked) "
           u"INSERT INTO tickets (number, subject, description, status, resolution, priority, "
           u"category, channel, requester_id, requester_email, requester_name, organisation_id, "
           u"project_code, product, product_version, os, affected_users, queue_id, assignee_id, "
           u"created_at, updated_at, first_response_at, first_response_due, resolution_due, "
           u"resolved_at) SELECT 'SD-2026-' || " +
           number + u", " + pick(Objects, QStringLiteral("g")) + u" || ' ' || " +
           pick(Problems, QStringLiteral("g / 8")) + u" || ' in branch ' || (g % 5 + 1), " +
           body(QStringLiteral("g")) +
           u", status, CASE WHEN status IN ('resolved', 'closed') THEN 'answered' ELSE 'none' "
           u"END, " +
           pick({QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("normal"),
                 QStringLiteral("high")},
                QStringLiteral("g")) +
           u", CASE WHEN g % 3 = 0 THEN 'incident' ELSE 'question' END, 'submit_dialog', " +
           QStringLiteral("%1, 'customer@bench.example.com', 'Customer Benchmark', %2, "
                          "'BENCH-SYNC', 'Business Studio', '5.2.1', 'Windows 11', g % 7 + 1, "
                          "CASE WHEN g % 5 = 0 THEN %3 ELSE %4 END, CASE WHEN status = 'new' "
                          "THEN NULL WHEN g % 2 = 0 THEN %5 ELSE %6 END, ")
               .arg(m_customerId)
               .arg(m_organisationId)
               .arg(m_developmentQueueId)
               .arg(m_supportQueueId)
               .arg(m_agentId)
               .arg(m_supervisorId) +
           fromNow(age) + u", " + fromNow(age + u" + 7200") +
           u", CASE WHEN status = 'new' THEN NULL ELSE " + fromNow(age + u" + 3600") + u" END, " +
           fromNow(age + u" + 28800") + u", " + fromNow(age + u" + 259200") +
           u", CASE WHEN status IN ('resolved', 'closed') THEN " + fromNow(age + u" + 86400") +
           u" END FROM numbered";
}

QString SyncDataSet::messageSql() const
{
    const QString note = QStringLiteral("(m = 2 AND t.id % 3 = 0)");
    return u"INSERT INTO messages (ticket_id, author_id, author_name, kind, internal, body_html, "
           u"body_text, created_at) SELECT t.id, CASE WHEN m = 1 OR " +
           note + QStringLiteral(" THEN %1 ELSE t.requester_id END, '', ").arg(m_agentId) +
           u"CASE WHEN m = 1 THEN 'reply' WHEN " + note + u" THEN 'note' ELSE 'customer' END, " +
           note + u", '<p>' || " + body(QStringLiteral("t.id * 3 + m")) + u" || '</p>', " +
           body(QStringLiteral("t.id * 3 + m")) + u", " +
           shifted(QStringLiteral("t.created_at"), QStringLiteral("m * 3600")) +
           u" FROM tickets t CROSS JOIN (SELECT 0 AS m UNION ALL SELECT 1 UNION ALL SELECT 2) "
           u"AS ms ORDER BY t.id, m";
}

bool SyncDataSet::create(int tickets, QString *error)
{
    if (auto migrated = storage::Migrator(m_db).migrate(); !migrated)
        return *error = migrated.error().message, false;
    if (!createAccounts(error))
        return false;
    storage::Transaction tx(m_db);
    if (!tx)
        return *error = tx.error().message, false;
    for (const QString &sql : {ticketSql(tickets), messageSql()})
        if (auto done = m_db.execute(sql); !done)
            return *error = done.error().message, false;
    if (auto committed = tx.commit(); !committed)
        return *error = committed.error().message, false;
    const bool postgres = m_db.backend() == storage::Backend::PostgreSql;
    if (auto analysed =
            m_db.execute(postgres ? QStringLiteral("VACUUM ANALYZE") : QStringLiteral("ANALYZE"));
        !analysed)
        return *error = analysed.error().message, false;
    return true;
}

} // namespace sd::bench
