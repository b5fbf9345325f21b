// TicketTextWriter and the first-sync pages it writes: the same bytes TicketPresenter and
// QJsonDocument give (the shape clients rely on), for staff and customers, for tickets with
// every optional part (links, merges, tags, custom fields, attachments, notes, authors known
// only by name, email-only requesters, escapes and non-ASCII text).
#include "server/apirequest.h"
#include "server/apiservices.h"
#include "server/permissions.h"
#include "server/requestcontext.h"
#include "server/syncroutes.h"
#include "server/ticketpresenter.h"
#include "server/tickettextwriter.h"
#include "storage/attachmentrepository.h"
#include "storage/changefeedrepository.h"
#include "storage/messagerepository.h"
#include "storage/organisationrepository.h"
#include "storage/queuerepository.h"
#include "storage/slatargetrepository.h"
#include "storage/ticketrepository.h"
#include "storage/userrepository.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sd;
using namespace Qt::StringLiterals;

class TestTicketTextWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesThePresenter_data();
    void matchesThePresenter();
    void syncPagesMatchThePresenter_data();
    void syncPagesMatchThePresenter();
    void cursorsNameEveryLaterPage_data();
    void cursorsNameEveryLaterPage();
    void storedBytesThatAreNotUtf8();

private:
    core::User addUser(const QString &login, const QString &name, core::UserRole role,
                       qint64 organisationId = 0);
    qint64 addTicket(core::Ticket ticket);
    void addMessage(qint64 ticketId, core::MessageKind kind, qint64 authorId,
                    const QString &authorName, const QString &text,
                    const QList<qint64> &attachments = {});
    void addSlaTargets(qint64 fullId, qint64 resolvedId);
    QByteArray presented(server::RequestContext &ctx, const core::Ticket &ticket);
    QByteArray expectedPage(server::RequestContext &ctx, int limit, qint64 after);
    void checkPages(const QString &login, int expectedTickets);

    testing::TestDatabase m_testDb;
    std::unique_ptr<storage::Database> m_db;
    server::ApiServices m_services;
    QHash<QString, core::User> m_users;
    QList<qint64> m_tickets;
};

core::User TestTicketTextWriter::addUser(const QString &login, const QString &name,
                                         core::UserRole role, qint64 organisationId)
{
    core::User user;
    user.login = login;
    user.name = name;
    user.email = login + u"@example.com";
    user.role = role;
    user.organisationId = organisationId;
    auto created = storage::UserRepository(*m_db).create(user, u"unused"_s);
    if (!created)
        qFatal("user: %s", qPrintable(created.error().message));
    m_users.insert(login, created.value());
    return created.value();
}

qint64 TestTicketTextWriter::addTicket(core::Ticket ticket)
{
    ticket.product = u"Склад"_s;
    ticket.productVersion = u"5.2.1"_s;
    auto created = storage::TicketRepository(*m_db).create(ticket, m_users[u"agent"_s].id);
    if (!created)
        qFatal("ticket: %s", qPrintable(created.error().message));
    m_tickets.append(created->id);
    return created->id;
}

void TestTicketTextWriter::addMessage(qint64 ticketId, core::MessageKind kind, qint64 authorId,
                                      const QString &authorName, const QString &text,
                                      const QList<qint64> &attachments)
{
    core::Message message;
    message.ticketId = ticketId;
    message.kind = kind;
    message.authorId = authorId;
    message.authorName = authorName;
    message.bodyText = text;
    message.bodyHtml = u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s;
    message.attachmentIds = attachments;
    if (auto stored = storage::MessageRepository(*m_db).append(message); !stored)
        qFatal("message: %s", qPrintable(stored.error().message));
}

void TestTicketTextWriter::initTestCase()
{
    QVERIFY2(m_testDb.create(), qPrintable(m_testDb.error()));
    m_db = m_testDb.openMigrated();
    QVERIFY2(m_db, qPrintable(m_testDb.error()));
    core::Organisation acme;
    acme.name = u"Acme \"Печать\""_s;
    acme.contractNumber = u"D-17"_s;
    auto organisation = storage::OrganisationRepository(*m_db).create(acme);
    QVERIFY(organisation);
    auto contract = storage::OrganisationRepository(*m_db).primaryContractId(organisation->id);
    QVERIFY(contract);
    auto support = storage::QueueRepository(*m_db).findByName(u"Support"_s);
    QVERIFY(support);
    addUser(u"boss"_s, u"Начальник смены"_s, core::UserRole::Supervisor);
    const core::User agent = addUser(u"agent"_s, u"Agent Smith"_s, core::UserRole::Agent);
    // No name: shown by login.
    const core::User nameless = addUser(u"nameless"_s, QString(), core::UserRole::Agent);
    const core::User alice =
        addUser(u"alice"_s, u"Alice \\ O'Neil"_s, core::UserRole::Customer, organisation->id);

    core::Ticket full;
    full.subject = QString::fromUtf16(u"Quote \" backslash \\ tab\t\u0001 счёт 🖨");
    full.description = u"Line one\nline two «кавычки»"_s;
    full.priority = core::Priority::High;
    full.category = core::Category::Incident;
    full.status = core::TicketStatus::Open;
    full.requesterId = alice.id;
    full.requesterEmail = alice.email;
    full.organisationId = organisation->id;
    full.contractId = contract.value();
    full.queueId = support->id;
    full.assigneeId = agent.id;
    full.affectedUsers = 12;
    full.os = u"Windows 11"_s;
    full.stepsToReproduce = u"1. Open\n2. Print"_s;
    full.tags = {u"vip"_s, u"принтер"_s};
    full.customFields = {
        {u"crm"_s, u"X-1"_s}, {u"seats"_s, 12}, {u"nested"_s, QVariantMap{{u"on"_s, true}}}};
    full.firstResponseDue = QDateTime::currentDateTimeUtc().addDays(-3);
    full.resolutionDue = QDateTime::currentDateTimeUtc().addDays(30);
    const qint64 fullId = addTicket(full);

    core::Ticket byEmail;
    byEmail.subject = u"Письмо без учётной записи"_s;
    byEmail.requesterEmail = u"ivan@example.org"_s;
    byEmail.requesterName = u"Ivan «Printer» Petrov"_s;
    const qint64 byEmailId = addTicket(byEmail);

    core::Ticket resolved = full;
    resolved.subject = u"Resolved one"_s;
    resolved.status = core::TicketStatus::Resolved;
    resolved.resolution = core::Resolution::Answered;
    resolved.assigneeId = nameless.id;
    resolved.tags.clear();
    resolved.customFields.clear();
    resolved.firstResponseAt = QDateTime::currentDateTimeUtc().addDays(-2);
    resolved.resolvedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    const qint64 resolvedId = addTicket(resolved);
    const qint64 duplicateId = addTicket(resolved);

    auto file = storage::AttachmentRepository(*m_db).store(u"экран.png"_s, u"image/png"_s,
                                                           QByteArray("\x89PNG\r\n", 6), alice.id);
    QVERIFY(file);
    addMessage(fullId, core::MessageKind::Customer, alice.id, QString(), u"Не печатает"_s,
               {file->id});
    addMessage(fullId, core::MessageKind::Reply, agent.id, QString(), u"Обновите драйвер"_s);
    addMessage(fullId, core::MessageKind::Note, agent.id, QString(), u"Internal \"note\""_s);
    addMessage(fullId, core::MessageKind::PhoneCall, 0, u"Звонок: Иван"_s, u"Call"_s);
    addMessage(fullId, core::MessageKind::System, 0, QString(), u"Status changed"_s);
    addMessage(resolvedId, core::MessageKind::Reply, nameless.id, QString(), u"Done"_s);
    addMessage(duplicateId, core::MessageKind::Customer, alice.id, QString(), u"Again"_s);
    QVERIFY(storage::TicketRepository(*m_db).link(fullId, resolvedId,
                                                  core::TicketLinkKind::RelatedTo, agent.id));
    QVERIFY(storage::TicketRepository(*m_db).merge(duplicateId, resolvedId, agent.id));
    Q_UNUSED(byEmailId);
    addSlaTargets(fullId, resolvedId);

    // Calendar edges for the writer's own date formatting.
    core::Ticket dated = resolved;
    dated.subject = u"Calendar edges"_s;
    dated.createdAt = QDateTime::fromString(u"2000-02-29T00:00:00.000Z"_s, Qt::ISODateWithMs);
    dated.firstResponseAt = QDateTime::fromString(u"1999-12-31T23:59:59.999Z"_s, Qt::ISODateWithMs);
    dated.firstResponseDue =
        QDateTime::fromString(u"2100-03-01T12:00:00.001Z"_s, Qt::ISODateWithMs);
    dated.resolutionDue = QDateTime::fromString(u"1970-01-01T00:00:00.000Z"_s, Qt::ISODateWithMs);
    dated.resolvedAt = QDateTime::fromString(u"0999-06-15T08:30:00.500Z"_s, Qt::ISODateWithMs);
    addTicket(dated);
}

// Every state, a pause reason, a cycle, and a running target already past its due (shown as
// breached by both).
void TestTicketTextWriter::addSlaTargets(qint64 fullId, qint64 resolvedId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    core::SlaTarget first;
    first.kind = core::SlaTargetKind::FirstResponse;
    first.policyId = 3;
    first.budgetMinutes = 240;
    first.startedAt = now.addDays(-4);
    first.dueAt = now.addDays(-3);
    first.warnAt = now.addDays(-3).addSecs(-3600);
    first.usedMinutes = 300;
    core::SlaTarget next = first;
    next.kind = core::SlaTargetKind::NextResponse;
    next.state = core::SlaTargetState::Paused;
    next.dueAt = next.warnAt = QDateTime();
    next.cycle = 2;
    next.pausedReason = u"pending_customer"_s;
    core::SlaTarget resolution = first;
    resolution.kind = core::SlaTargetKind::Resolution;
    resolution.dueAt = now.addDays(30);
    resolution.warnAt = now.addDays(25);
    storage::SlaTargetRepository targets(*m_db);
    QVERIFY(targets.insert(fullId, {first, next, resolution}));
    core::SlaTarget met = first;
    met.state = core::SlaTargetState::Met;
    met.metAt = now.addDays(-2);
    met.warnAt = QDateTime();
    met.breached = true;
    core::SlaTarget breached = resolution;
    breached.state = core::SlaTargetState::Breached;
    breached.breached = true;
    QVERIFY(targets.insert(resolvedId, {met, breached}));
}

QByteArray TestTicketTextWriter::presented(server::RequestContext &ctx, const core::Ticket &ticket)
{
    auto json = server::TicketPresenter(ctx).full(ticket);
    if (!json)
        qFatal("presenter: %s", qPrintable(json.error().message));
    return QJsonDocument(json.value()).toJson(QJsonDocument::Compact);
}

void TestTicketTextWriter::matchesThePresenter_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<int>("index");
    for (const char *login : {"boss", "alice"})
        for (int index = 0; index < 5; ++index)
            QTest::addRow("%s, ticket %d", login, index) << QString::fromLatin1(login) << index;
}

void TestTicketTextWriter::matchesThePresenter()
{
    QFETCH(QString, login);
    QFETCH(int, index);
    const qint64 id = m_tickets.at(index);
    server::ApiRequest request;
    server::RequestContext ctx(request, *m_db, m_services);
    ctx.user = m_users.value(login);
    auto ticket = storage::TicketRepository(*m_db).get(id);
    QVERIFY(ticket);
    auto links = storage::TicketRepository(*m_db).linksFor({id});
    auto messages =
        storage::MessageRepository(*m_db).forTickets({id}, server::Permissions::isStaff(*ctx.user));
    auto files = storage::AttachmentRepository(*m_db).forTickets({id});
    QVERIFY(links && messages && files);

    server::TicketTextWriter writer(ctx);
    for (const QList<core::AttachmentInfo> &infos : std::as_const(files.value()))
        writer.rememberAttachments(infos);
    QByteArray written;
    QVERIFY(writer.append(written, ticket.value(), links->value(id), messages.value()));
    QCOMPARE(QString::fromUtf8(written), QString::fromUtf8(presented(ctx, ticket.value())));
}

// The page as the route wrote it before it had TicketTextWriter: presenter objects in a
// QJsonDocument.
QByteArray TestTicketTextWriter::expectedPage(server::RequestContext &ctx, int limit, qint64 after)
{
    storage::TicketFilter filter;
    filter.limit = limit;
    filter.after = after;
    server::Permissions::restrict(*ctx.user, filter);
    auto page = storage::TicketRepository(*m_db).list(filter);
    auto seq = storage::ChangeFeedRepository(*m_db).latestSeq();
    auto total = storage::TicketRepository(*m_db).count(filter, 1000);
    if (!page || !seq || !total)
        qFatal("expected page: storage failed");
    QJsonArray items;
    for (const core::Ticket &ticket : std::as_const(page->items))
        items.append(QJsonDocument::fromJson(presented(ctx, ticket)).object());
    QJsonObject body{{u"items"_s, items},
                     {u"seq"_s, seq.value()},
                     {u"next"_s, page->nextAfter > 0 ? QJsonValue(QString::number(page->nextAfter))
                                                     : QJsonValue(QJsonValue::Null)}};
    if (after == 0)
        body.insert(u"total"_s, total->count);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void TestTicketTextWriter::syncPagesMatchThePresenter_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<int>("expectedTickets");
    QTest::addRow("supervisor") << u"boss"_s << 5;
    QTest::addRow("customer") << u"alice"_s << 4;
}

void TestTicketTextWriter::syncPagesMatchThePresenter()
{
    QFETCH(QString, login);
    QFETCH(int, expectedTickets);
    checkPages(login, expectedTickets);
}

void TestTicketTextWriter::checkPages(const QString &login, int expectedTickets)
{
    constexpr int Limit = 2;
    qint64 after = 0;
    int tickets = 0;
    for (int pages = 0; pages < 10; ++pages) {
        server::ApiRequest request;
        request.query.addQueryItem(u"limit"_s, QString::number(Limit));
        if (after > 0)
            request.query.addQueryItem(u"after"_s, QString::number(after));
        server::RequestContext ctx(request, *m_db, m_services);
        ctx.user = m_users.value(login);
        const server::ApiResponse response = server::SyncRoutes::tickets(ctx);
        QCOMPARE(response.status, 200);
        QCOMPARE(QString::fromUtf8(response.body),
                 QString::fromUtf8(expectedPage(ctx, Limit, after)));
        const QJsonObject page = QJsonDocument::fromJson(response.body).object();
        tickets += int(page.value(u"items"_s).toArray().size());
        after = page.value(u"next"_s).toString().toLongLong();
        if (after == 0)
            break;
    }
    QCOMPARE(tickets, expectedTickets);
}

void TestTicketTextWriter::cursorsNameEveryLaterPage_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<int>("limit");
    for (const int limit : {1, 2, 3, 500}) {
        QTest::addRow("supervisor, %d a page", limit) << u"boss"_s << limit;
        QTest::addRow("customer, %d a page", limit) << u"alice"_s << limit;
    }
}

// With cursors=1 the first page also names the `after` of every later page: the same values
// the `next` chain gives, and otherwise the same page.
void TestTicketTextWriter::cursorsNameEveryLaterPage()
{
    QFETCH(QString, login);
    QFETCH(int, limit);
    const auto fetch = [&](qint64 after, bool cursors) {
        server::ApiRequest request;
        request.query.addQueryItem(u"limit"_s, QString::number(limit));
        if (after > 0)
            request.query.addQueryItem(u"after"_s, QString::number(after));
        if (cursors)
            request.query.addQueryItem(u"cursors"_s, u"1"_s);
        server::RequestContext ctx(request, *m_db, m_services);
        ctx.user = m_users.value(login);
        const server::ApiResponse response = server::SyncRoutes::tickets(ctx);
        if (response.status != 200)
            qWarning("status %d: %s", response.status, response.body.constData());
        return QJsonDocument::fromJson(response.body).object();
    };
    QJsonObject planned = fetch(0, true);
    QVERIFY(planned.contains(u"cursors"_s));
    QJsonArray chain;
    for (QJsonObject page = fetch(0, false); !page.value(u"next"_s).isNull();) {
        chain.append(page.value(u"next"_s));
        page = fetch(page.value(u"next"_s).toString().toLongLong(), false);
    }
    // The last cursor may point at the very last ticket (an empty page follows it).
    QJsonArray cursors = planned.take(u"cursors"_s).toArray();
    if (cursors.size() == chain.size() + 1)
        cursors.removeLast();
    QCOMPARE(cursors, chain);
    QCOMPARE(planned, fetch(0, false));
    // Only the first page carries them.
    if (!chain.isEmpty())
        QVERIFY(!fetch(chain.first().toString().toLongLong(), true).contains(u"cursors"_s));
}

// SQLite keeps whatever bytes it is given; the pages copy stored bodies as they are only when
// they are UTF-8, and otherwise write what QtSql reads, as the presenter does.
void TestTicketTextWriter::storedBytesThatAreNotUtf8()
{
    if (m_db->backend() != storage::Backend::Sqlite)
        QSKIP("PostgreSQL stores only valid UTF-8.");
    // A surrogate's bytes and a stray continuation byte, as another program could store them.
    QVERIFY(m_db->execute(u"UPDATE messages SET body_text = CAST(X'41EDA080BF42' AS TEXT), "
                          "body_html = CAST(X'3C703EC3' AS TEXT) WHERE id IN (SELECT id FROM "
                          "messages WHERE internal = FALSE ORDER BY id LIMIT 2)"_s));
    checkPages(u"boss"_s, 5);
    checkPages(u"alice"_s, 4);
}

QTEST_GUILESS_MAIN(TestTicketTextWriter)
#include "testtickettextwriter.moc"
