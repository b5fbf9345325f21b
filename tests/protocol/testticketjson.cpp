#include "protocol/attachmentjson.h"
#include "protocol/changelistjson.h"
#include "protocol/messagejson.h"
#include "protocol/sessionjson.h"
#include "protocol/ticketjson.h"
#include "protocol/ticketlistjson.h"
#include "protocol/userjson.h"

#include "sampledata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QtTest>

using namespace sd::protocol;
using namespace Qt::StringLiterals;
using sd::core::Ticket;

Q_DECLARE_METATYPE(sd::core::Ticket)
Q_DECLARE_METATYPE(sd::protocol::TicketView)

namespace {

// 13:00:00.250 in Moscow: the wire must say 10:00:00.250 UTC whatever zone the server runs in.
QDateTime moscow(int day, int hour)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0, 0, 250), QTimeZone(3 * 3600));
}

Ticket fullTicket()
{
    Ticket t;
    t.id = 42;
    t.number = u"SD-2026-000042"_s;
    t.subject = u"Не печатает накладную в 5.2.1"_s;
    t.description = u"После обновления\nкнопка «Печать» неактивна"_s;
    t.status = sd::core::TicketStatus::PendingCustomer;
    t.resolution = sd::core::Resolution::CannotReproduce;
    t.priority = sd::core::Priority::High;
    t.category = sd::core::Category::Incident;
    t.channel = sd::core::Channel::SubmitDialog;
    t.requesterId = 7;
    t.requesterEmail = u"buh@romashka.example"_s;
    t.requesterName = u"Анна Петрова"_s;
    t.organisationId = 3;
    t.contractId = 11;
    t.projectCode = u"PRJ-77"_s;
    t.product = u"Склад"_s;
    t.productVersion = u"5.2.1 build 1234"_s;
    t.os = u"Windows 11 23H2"_s;
    t.stepsToReproduce = u"1. Открыть накладную\n2. Нажать «Печать»"_s;
    t.affectedUsers = 12;
    t.queueId = 2;
    t.assigneeId = 5;
    t.createdAt = moscow(23, 13);
    t.updatedAt = moscow(23, 15);
    t.firstResponseAt = moscow(23, 14);
    t.firstResponseDue = moscow(23, 21);
    t.resolutionDue = moscow(25, 17);
    t.resolvedAt = moscow(24, 9);
    t.tags = QStringList{u"printing"_s, u"regression"_s};
    t.customFields = QVariantMap{{u"erp_module"_s, u"payroll"_s}, {u"seats"_s, 25}};
    t.mergedIntoId = 40;
    t.version = 9;
    return t;
}

TicketView fullView(bool staff)
{
    TicketView view;
    view.staff = staff;
    view.queueName = u"Support"_s;
    view.assigneeName = u"Олег Смирнов"_s;
    view.requesterName = u"Анна Петрова"_s;
    view.organisationName = u"ООО Ромашка"_s;
    view.sla = QJsonObject{{u"state"_s, u"paused"_s}, {u"first_response_minutes_left"_s, 95}};
    sd::core::TicketLink link;
    link.id = 100;
    link.fromTicketId = 42;
    link.toTicketId = 40;
    link.kind = sd::core::TicketLinkKind::DuplicateOf;
    link.createdBy = 5;
    link.createdAt = moscow(24, 8);
    view.links = {link};
    return view;
}

// "queue.name", "items.0.seq": object keys and array indexes.
bool hasPath(const QJsonObject &root, const QString &path)
{
    QJsonValue value = root;
    for (const QString &part : path.split(u'.')) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        if (isIndex && value.isArray() && index < value.toArray().size())
            value = value.toArray().at(index);
        else if (!isIndex && value.isObject() && value.toObject().contains(part))
            value = value.toObject().value(part);
        else
            return false;
    }
    return true;
}

sd::core::AttachmentInfo sampleAttachment(qint64 id)
{
    sd::core::AttachmentInfo a;
    a.id = id;
    a.name = u"screen.png"_s;
    a.mimeType = u"image/png"_s;
    a.size = 183'211;
    a.sha256 = u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s;
    a.createdAt = moscow(23, 13);
    return a;
}

sd::core::User sampleUser()
{
    sd::core::User u;
    u.id = 5;
    u.login = u"osmirnov"_s;
    u.name = u"Олег Смирнов"_s;
    u.email = u"oleg@vendor.example"_s;
    u.role = sd::core::UserRole::Agent;
    u.locale = u"en"_s;
    u.queueIds = {1, 2};
    u.active = false;
    return u;
}

ChangeListJson::Page sampleChanges()
{
    // The second item carries its entity, as with ?include=data.
    return {{{101, u"ticket"_s, 42, u"update"_s, moscow(23, 15), {}},
             {103,
              u"message"_s,
              900,
              u"create"_s,
              moscow(23, 16),
              {{u"id"_s, 900}, {u"kind"_s, u"reply"_s}, {u"body_text"_s, u"Готово"_s}}}},
            105};
}

} // namespace

class TestTicketJson : public QObject
{
    Q_OBJECT

private slots:
    void contractFieldNames_data();
    void contractFieldNames();
    void ticketRoundTrip_data();
    void ticketRoundTrip();
    void unknownResponseFieldsAreIgnored();
    void timesAreUtcWithMilliseconds();
    void emptyValuesAreNull();
    void customerViewHidesAgentOnlyFields();
    void ticketFromBadJson_data();
    void ticketFromBadJson();
    void messageRoundTrip_data();
    void messageRoundTrip();
    void attachmentAndUserRoundTrip();
    void sessionRoundTrip();
    void ticketListRoundTrip();
    void changeListRoundTrip();
    void changeListFromBadJson();

private:
    static void compareTickets(const Ticket &actual, const Ticket &expected);
};

// The field names of DESIGN.md "Wire shapes" (and the brief that extended them) are a contract
// with code outside this repository. Renaming one must fail here; adding beside is fine.
void TestTicketJson::contractFieldNames_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QStringList>("paths");

    sd::core::Message message =
        sd::testing::sampleMessage(42, sd::core::MessageKind::Reply, u"Проверьте драйвер"_s);
    message.id = 900;
    message.authorId = 5;
    message.authorName = u"Олег"_s;

    QTest::addRow("ticket read") << TicketJson::toJson(fullTicket(), fullView(true))
                                 << QStringList{u"id"_s,
                                                u"number"_s,
                                                u"subject"_s,
                                                u"description"_s,
                                                u"status"_s,
                                                u"resolution"_s,
                                                u"priority"_s,
                                                u"category"_s,
                                                u"channel"_s,
                                                u"queue.id"_s,
                                                u"queue.name"_s,
                                                u"assignee.id"_s,
                                                u"assignee.name"_s,
                                                u"requester.id"_s,
                                                u"requester.name"_s,
                                                u"requester.email"_s,
                                                u"organisation.id"_s,
                                                u"organisation.name"_s,
                                                u"product"_s,
                                                u"product_version"_s,
                                                u"os"_s,
                                                u"steps"_s,
                                                u"affected_users"_s,
                                                u"project_code"_s,
                                                u"tags"_s,
                                                u"created_at"_s,
                                                u"updated_at"_s,
                                                u"first_response_at"_s,
                                                u"version"_s,
                                                u"merged_into"_s,
                                                u"links.0.kind"_s,
                                                u"sla.state"_s};
    QTest::addRow("message") << MessageJson::toJson(message, {sampleAttachment(8)})
                             << QStringList{u"id"_s,
                                            u"ticket_id"_s,
                                            u"kind"_s,
                                            u"author.id"_s,
                                            u"author.name"_s,
                                            u"created_at"_s,
                                            u"body_html"_s,
                                            u"body_text"_s,
                                            u"attachments.0.id"_s,
                                            u"attachments.0.name"_s,
                                            u"attachments.0.type"_s,
                                            u"attachments.0.size"_s,
                                            u"attachments.0.sha256"_s,
                                            u"attachments.0.created_at"_s};
    QTest::addRow("user") << UserJson::toJson(sampleUser())
                          << QStringList{u"id"_s,     u"login"_s,     u"role"_s,
                                         u"name"_s,   u"email"_s,     u"organisation_id"_s,
                                         u"locale"_s, u"queue_ids"_s, u"active"_s};
    QTest::addRow("session") << SessionJson::toJson({u"t0k3n"_s, sampleUser(), moscow(30, 13)})
                             << QStringList{u"token"_s,     u"user.id"_s,   u"user.login"_s,
                                            u"user.role"_s, u"user.name"_s, u"expires_at"_s};
    QTest::addRow("ticket list") << TicketListJson::toJson(
                                        {{{fullTicket(), fullView(true)}}, u"c2"_s})
                                 << QStringList{u"items.0.id"_s, u"items.0.number"_s, u"next"_s};
    QTest::addRow("changes") << ChangeListJson::toJson(sampleChanges())
                             << QStringList{u"items.0.seq"_s, u"items.0.entity"_s, u"items.0.id"_s,
                                            u"items.0.op"_s,  u"items.0.at"_s,     u"last_seq"_s};
}

void TestTicketJson::contractFieldNames()
{
    QFETCH(QJsonObject, json);
    QFETCH(QStringList, paths);
    for (const QString &path : paths)
        QVERIFY2(hasPath(json, path), qPrintable(path));
}

void TestTicketJson::ticketRoundTrip_data()
{
    QTest::addColumn<Ticket>("ticket");
    QTest::addColumn<TicketView>("view");
    QTest::addColumn<Ticket>("expected");

    QTest::addRow("staff, every field") << fullTicket() << fullView(true) << fullTicket();
    Ticket bare;
    bare.id = 1;
    bare.number = u"SD-2026-000001"_s;
    bare.subject = u"Ошибка 0x80070005 при входе"_s;
    bare.createdAt = moscow(23, 13);
    QTest::addRow("staff, nothing optional")
        << bare << TicketView{true, {}, {}, {}, {}, {}, {}} << bare;
    // What a customer's replica learns: no agent-only fields.
    Ticket seenByCustomer = fullTicket();
    seenByCustomer.assigneeId = 0;
    seenByCustomer.tags.clear();
    seenByCustomer.customFields.clear();
    QTest::addRow("customer") << fullTicket() << fullView(false) << seenByCustomer;
}

void TestTicketJson::ticketRoundTrip()
{
    QFETCH(Ticket, ticket);
    QFETCH(TicketView, view);
    QFETCH(Ticket, expected);
    // Through bytes, as on the wire.
    const QByteArray bytes = QJsonDocument(TicketJson::toJson(ticket, view)).toJson();
    ApiError error;
    TicketView backView;
    const auto back =
        TicketJson::fromJson(QJsonDocument::fromJson(bytes).object(), &backView, &error);
    QVERIFY2(back, qPrintable(error.field + u": "_s + error.message));
    compareTickets(*back, expected);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(backView.staff, view.staff);
    QCOMPARE(backView.queueName, view.queueName);
    QCOMPARE(backView.assigneeName, view.assigneeName);
    QCOMPARE(backView.requesterName, view.requesterName);
    QCOMPARE(backView.organisationName, view.organisationName);
    QCOMPARE(backView.sla, view.sla);
    QCOMPARE(backView.links.size(), view.links.size());
    for (qsizetype i = 0; i < view.links.size(); ++i) {
        QCOMPARE(backView.links[i].id, view.links[i].id);
        QCOMPARE(backView.links[i].fromTicketId, view.links[i].fromTicketId);
        QCOMPARE(backView.links[i].toTicketId, view.links[i].toTicketId);
        SD_COMPARE_ENUM(backView.links[i].kind, view.links[i].kind);
        QCOMPARE(backView.links[i].createdBy, view.links[i].createdBy);
        QCOMPARE(backView.links[i].createdAt, view.links[i].createdAt);
    }
}

// A newer server may add fields beside the contract ones; an older client must still read.
void TestTicketJson::unknownResponseFieldsAreIgnored()
{
    QJsonObject json = TicketJson::toJson(fullTicket(), fullView(true));
    json.insert(u"escalation_level"_s, 2);
    ApiError error;
    const auto back = TicketJson::fromJson(json, nullptr, &error);
    QVERIFY2(back, qPrintable(error.message));
    QCOMPARE(back->number, fullTicket().number);
}

void TestTicketJson::timesAreUtcWithMilliseconds()
{
    const QJsonObject json = TicketJson::toJson(fullTicket(), fullView(true));
    QCOMPARE(json.value(u"created_at"_s).toString(), u"2026-11-23T10:00:00.250Z"_s);
    QCOMPARE(json.value(u"resolution_due"_s).toString(), u"2026-11-25T14:00:00.250Z"_s);
    QCOMPARE(json.value(u"links"_s).toArray().at(0)[u"created_at"_s].toString(),
             u"2026-11-24T05:00:00.250Z"_s);
}

void TestTicketJson::emptyValuesAreNull()
{
    Ticket t;
    t.id = 1;
    t.number = u"SD-2026-000001"_s;
    t.createdAt = moscow(23, 13);
    const QJsonObject json = TicketJson::toJson(t, TicketView{true, {}, {}, {}, {}, {}, {}});
    for (const QString &key : {u"resolution"_s, u"queue"_s, u"assignee"_s, u"organisation"_s,
                               u"first_response_at"_s, u"merged_into"_s, u"contract_id"_s})
        QVERIFY2(json.value(key).isNull(), qPrintable(key));
    QVERIFY(json.value(u"requester"_s)[u"id"_s].isNull());
    QCOMPARE(json.value(u"status"_s).toString(), u"new"_s);
    QCOMPARE(json.value(u"links"_s).toArray().size(), 0);
}

void TestTicketJson::customerViewHidesAgentOnlyFields()
{
    const QJsonObject staff = TicketJson::toJson(fullTicket(), fullView(true));
    const QJsonObject customer = TicketJson::toJson(fullTicket(), fullView(false));
    for (const QString &key : {u"tags"_s, u"custom_fields"_s}) {
        QVERIFY2(staff.contains(key), qPrintable(key));
        QVERIFY2(!customer.contains(key), qPrintable(key));
    }
    QCOMPARE(staff.value(u"assignee"_s)[u"id"_s].toInteger(), 5);
    QVERIFY(!customer.value(u"assignee"_s).toObject().contains(u"id"_s));
    QCOMPARE(customer.value(u"assignee"_s)[u"name"_s].toString(), u"Олег Смирнов"_s);
    QCOMPARE(customer.value(u"project_code"_s).toString(), u"PRJ-77"_s);
    QCOMPARE(customer.value(u"subject"_s), staff.value(u"subject"_s));
}

void TestTicketJson::ticketFromBadJson_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    QTest::addRow("no id") << u"id"_s << QJsonValue(QJsonValue::Undefined) << u"required"_s
                           << u"id"_s;
    QTest::addRow("unknown status")
        << u"status"_s << QJsonValue(u"waiting"_s) << u"invalid_value"_s << u"status"_s;
    QTest::addRow("time without zone") << u"created_at"_s << QJsonValue(u"2026-11-23T10:00:00"_s)
                                       << u"invalid_value"_s << u"created_at"_s;
    QTest::addRow("version as text")
        << u"version"_s << QJsonValue(u"9"_s) << u"wrong_type"_s << u"version"_s;
    QTest::addRow("tags not a list")
        << u"tags"_s << QJsonValue(u"a,b"_s) << u"wrong_type"_s << u"tags"_s;
    QTest::addRow("queue id negative")
        << u"queue"_s << QJsonValue(QJsonObject{{u"id"_s, -2}, {u"name"_s, u"x"_s}})
        << u"invalid_value"_s << u"queue.id"_s;
    QTest::addRow("link of unknown kind")
        << u"links"_s
        << QJsonValue(QJsonArray{QJsonObject{
               {u"from_ticket_id"_s, 1}, {u"to_ticket_id"_s, 2}, {u"kind"_s, u"child"_s}}})
        << u"invalid_value"_s << u"links[0].kind"_s;
}

void TestTicketJson::ticketFromBadJson()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QJsonObject json = TicketJson::toJson(fullTicket(), fullView(true));
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    ApiError error;
    QVERIFY(!TicketJson::fromJson(json, nullptr, &error));
    QCOMPARE(error.code, code);
    QCOMPARE(error.field, field);
    QVERIFY(!error.message.isEmpty());
}

void TestTicketJson::messageRoundTrip_data()
{
    QTest::addColumn<qint64>("authorId");
    QTest::addColumn<QString>("authorName");
    QTest::addColumn<int>("attachments");

    QTest::addRow("agent reply with files") << qint64(5) << u"Олег"_s << 2;
    QTest::addRow("unknown email sender") << qint64(0) << u"client@mail.example"_s << 0;
    QTest::addRow("system, no author") << qint64(0) << QString() << 1;
}

void TestTicketJson::messageRoundTrip()
{
    QFETCH(qint64, authorId);
    QFETCH(QString, authorName);
    QFETCH(int, attachments);
    sd::core::Message m = sd::testing::sampleMessage(42, sd::core::MessageKind::PhoneCall,
                                                     u"Звонок: уточнили версию"_s);
    m.id = 900;
    m.authorId = authorId;
    m.authorName = authorName;
    m.bodyHtml = u"<p>Звонок: уточнили <b>версию</b></p>"_s;
    m.createdAt = moscow(23, 16);
    QList<sd::core::AttachmentInfo> files;
    for (int i = 0; i < attachments; ++i)
        files.append(sampleAttachment(70 + i));

    const QJsonObject json = MessageJson::toJson(m, files);
    QCOMPARE(json.value(u"author"_s).isNull(), authorId == 0 && authorName.isEmpty());
    QList<sd::core::AttachmentInfo> backFiles;
    ApiError error;
    const auto back = MessageJson::fromJson(json, &backFiles, &error);
    QVERIFY2(back, qPrintable(error.field + u": "_s + error.message));
    QCOMPARE(back->id, m.id);
    QCOMPARE(back->ticketId, m.ticketId);
    SD_COMPARE_ENUM(back->kind, m.kind);
    QCOMPARE(back->authorId, authorId);
    QCOMPARE(back->authorName, authorName);
    QCOMPARE(back->createdAt, m.createdAt);
    QCOMPARE(back->bodyHtml, m.bodyHtml);
    QCOMPARE(back->bodyText, m.bodyText);
    QCOMPARE(backFiles.size(), files.size());
    QCOMPARE(back->attachmentIds.size(), files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        QCOMPARE(back->attachmentIds[i], files[i].id);
        QCOMPARE(backFiles[i].sha256, files[i].sha256);
    }
}

void TestTicketJson::attachmentAndUserRoundTrip()
{
    const sd::core::AttachmentInfo a = sampleAttachment(8);
    ApiError error;
    const auto backA = AttachmentJson::fromJson(AttachmentJson::toJson(a), &error);
    QVERIFY2(backA, qPrintable(error.message));
    QCOMPARE(backA->id, a.id);
    QCOMPARE(backA->name, a.name);
    QCOMPARE(backA->mimeType, a.mimeType);
    QCOMPARE(backA->size, a.size);
    QCOMPARE(backA->sha256, a.sha256);
    QCOMPARE(backA->createdAt, a.createdAt);

    sd::core::User customer = sampleUser();
    customer.role = sd::core::UserRole::Customer;
    customer.organisationId = 3;
    customer.queueIds.clear();
    for (const sd::core::User &u : {sampleUser(), customer}) {
        const QJsonObject json = UserJson::toJson(u);
        QCOMPARE(json.value(u"organisation_id"_s).isNull(), u.organisationId == 0);
        const auto back = UserJson::fromJson(json, &error);
        QVERIFY2(back, qPrintable(error.message));
        QCOMPARE(back->id, u.id);
        QCOMPARE(back->login, u.login);
        QCOMPARE(back->name, u.name);
        QCOMPARE(back->email, u.email);
        SD_COMPARE_ENUM(back->role, u.role);
        QCOMPARE(back->organisationId, u.organisationId);
        QCOMPARE(back->locale, u.locale);
        QCOMPARE(back->queueIds, u.queueIds);
        QCOMPARE(back->active, u.active);
    }
}

void TestTicketJson::sessionRoundTrip()
{
    const SessionJson::Session session{u"t0k3n"_s, sampleUser(), moscow(30, 13)};
    const QJsonObject json = SessionJson::toJson(session);
    QVERIFY(!json.value(u"user"_s).toObject().contains(u"password"_s));
    QVERIFY(!json.value(u"user"_s).toObject().contains(u"password_hash"_s));
    ApiError error;
    const auto back = SessionJson::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error.message));
    QCOMPARE(back->token, session.token);
    QCOMPARE(back->user.login, session.user.login);
    QCOMPARE(back->expiresAt, session.expiresAt);

    QJsonObject broken = json;
    broken.insert(u"user"_s, QJsonObject{{u"id"_s, 5}, {u"login"_s, u"x"_s}, {u"role"_s, 1}});
    QVERIFY(!SessionJson::fromJson(broken, &error));
    QCOMPARE(error.field, u"user.role"_s);
    QCOMPARE(error.code, u"wrong_type"_s);
}

void TestTicketJson::ticketListRoundTrip()
{
    const TicketListJson::Page page{{{fullTicket(), fullView(true)}, {fullTicket(), {}}},
                                    u"eyJpZCI6NDJ9"_s};
    ApiError error;
    const auto back = TicketListJson::fromJson(TicketListJson::toJson(page), &error);
    QVERIFY2(back, qPrintable(error.message));
    QCOMPARE(back->next, page.next);
    QCOMPARE(back->items.size(), 2);
    compareTickets(back->items[0].ticket, fullTicket());
    QCOMPARE(back->items[0].view.queueName, u"Support"_s);
    QCOMPARE(back->items[1].view.staff, false);

    const QJsonObject last = TicketListJson::toJson({{}, {}});
    QVERIFY(last.value(u"next"_s).isNull());
    QCOMPARE(last.value(u"items"_s).toArray().size(), 0);
    const auto backLast = TicketListJson::fromJson(last, &error);
    QVERIFY(backLast);
    QVERIFY(backLast->next.isEmpty());
}

void TestTicketJson::changeListRoundTrip()
{
    const ChangeListJson::Page page = sampleChanges();
    ApiError error;
    const auto back = ChangeListJson::fromJson(ChangeListJson::toJson(page), &error);
    QVERIFY2(back, qPrintable(error.message));
    QCOMPARE(back->lastSeq, page.lastSeq);
    QCOMPARE(back->items, page.items);
    QVERIFY(back->items.at(0).data.isEmpty());
    QCOMPARE(back->items.at(1).data.value(u"body_text"_s).toString(), u"Готово"_s);
}

void TestTicketJson::changeListFromBadJson()
{
    QJsonObject json = ChangeListJson::toJson(sampleChanges());
    QJsonArray items = json.value(u"items"_s).toArray();
    QJsonObject second = items.at(1).toObject();
    second.insert(u"seq"_s, u"103"_s);
    items.replace(1, second);
    json.insert(u"items"_s, items);
    ApiError error;
    QVERIFY(!ChangeListJson::fromJson(json, &error));
    QCOMPARE(error.field, u"items[1].seq"_s);
    QCOMPARE(error.code, u"wrong_type"_s);

    json.remove(u"last_seq"_s);
    json.insert(u"items"_s, QJsonArray());
    QVERIFY(!ChangeListJson::fromJson(json, &error));
    QCOMPARE(error.field, u"last_seq"_s);
    QCOMPARE(error.code, u"required"_s);
}

void TestTicketJson::compareTickets(const Ticket &actual, const Ticket &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.number, expected.number);
    QCOMPARE(actual.subject, expected.subject);
    QCOMPARE(actual.description, expected.description);
    SD_COMPARE_ENUM(actual.status, expected.status);
    SD_COMPARE_ENUM(actual.resolution, expected.resolution);
    SD_COMPARE_ENUM(actual.priority, expected.priority);
    SD_COMPARE_ENUM(actual.category, expected.category);
    SD_COMPARE_ENUM(actual.channel, expected.channel);
    QCOMPARE(actual.requesterId, expected.requesterId);
    QCOMPARE(actual.requesterEmail, expected.requesterEmail);
    QCOMPARE(actual.requesterName, expected.requesterName);
    QCOMPARE(actual.organisationId, expected.organisationId);
    QCOMPARE(actual.contractId, expected.contractId);
    QCOMPARE(actual.projectCode, expected.projectCode);
    QCOMPARE(actual.product, expected.product);
    QCOMPARE(actual.productVersion, expected.productVersion);
    QCOMPARE(actual.os, expected.os);
    QCOMPARE(actual.stepsToReproduce, expected.stepsToReproduce);
    QCOMPARE(actual.affectedUsers, expected.affectedUsers);
    QCOMPARE(actual.queueId, expected.queueId);
    QCOMPARE(actual.assigneeId, expected.assigneeId);
    QCOMPARE(actual.createdAt, expected.createdAt);
    QCOMPARE(actual.updatedAt, expected.updatedAt);
    QCOMPARE(actual.firstResponseAt, expected.firstResponseAt);
    QCOMPARE(actual.firstResponseDue, expected.firstResponseDue);
    QCOMPARE(actual.resolutionDue, expected.resolutionDue);
    QCOMPARE(actual.resolvedAt, expected.resolvedAt);
    QCOMPARE(actual.tags, expected.tags);
    QCOMPARE(actual.customFields, expected.customFields);
    QCOMPARE(actual.mergedIntoId, expected.mergedIntoId);
    QCOMPARE(actual.version, expected.version);
}

QTEST_GUILESS_MAIN(TestTicketJson)
#include "testticketjson.moc"
