#include "protocol/jsonbody.h"
#include "protocol/linkrequest.h"
#include "protocol/mergerequest.h"
#include "protocol/messagecreaterequest.h"
#include "protocol/ratingrequest.h"
#include "protocol/sessionjson.h"
#include "protocol/splitrequest.h"
#include "protocol/ticketcreaterequest.h"
#include "protocol/ticketpatch.h"

#include "sampledata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sd::protocol;
using namespace Qt::StringLiterals;

namespace {

const QByteArray ValidTicket =
    R"({"subject": "Не печатает накладную", "description": "Кнопка неактивна", )"
    R"("category": "incident")";

// The body of a valid ticket request with `extra` members added, e.g. R"("priority": 3)".
QByteArray ticketWith(const QByteArray &extra)
{
    return ValidTicket + ", " + extra + '}';
}

QByteArray repeated(const QByteArray &unit, int times, const QByteArray &separator = {})
{
    QByteArrayList parts;
    for (int i = 0; i < times; ++i)
        parts.append(unit);
    return parts.join(separator);
}

// Runs the request parser named `shape`; true when it accepted the body.
bool parseAs(const QString &shape, const QJsonObject &json, ApiError *error)
{
    if (shape == u"ticket")
        return TicketCreateRequest::fromJson(json, error).has_value();
    if (shape == u"patch")
        return TicketPatch::fromJson(json, error).has_value();
    if (shape == u"message")
        return MessageCreateRequest::fromJson(json, error).has_value();
    if (shape == u"login")
        return SessionJson::loginFromJson(json, error).has_value();
    if (shape == u"rating")
        return RatingRequest::fromJson(json, error).has_value();
    if (shape == u"link")
        return LinkRequest::fromJson(json, error).has_value();
    if (shape == u"merge")
        return MergeRequest::fromJson(json, error).has_value();
    if (shape == u"split")
        return SplitRequest::fromJson(json, error).has_value();
    qFatal("unknown shape");
    return false;
}

QJsonObject objectOf(const QByteArray &body)
{
    ApiError error;
    const auto json = JsonBody::parseObject(body, &error);
    if (!json)
        qFatal("test body does not parse: %s", qPrintable(error.message));
    return *json;
}

TicketCreateRequest minimalRequest(const QString &subject, const QString &description)
{
    TicketCreateRequest r;
    r.subject = subject;
    r.description = description;
    return r;
}

TicketCreateRequest fullCreateRequest()
{
    TicketCreateRequest r;
    r.subject = u"Не печатает накладную в 5.2.1"_s;
    r.description = u"  Кнопка «Печать» неактивна\n\tс утра"_s;
    r.category = sd::core::Category::Incident;
    r.priority = sd::core::Priority::Critical;
    r.product = u"Склад"_s;
    r.productVersion = u"5.2.1 build 1234"_s;
    r.os = u"Windows 11"_s;
    r.steps = u"1. Открыть\n2. Печать"_s;
    r.affectedUsers = 12;
    r.projectCode = u"PRJ-77"_s;
    r.attachmentIds = {8, 3};
    r.requesterEmail = u"buh@romashka.example"_s;
    r.requesterName = u"Анна Петрова"_s;
    r.channel = sd::core::Channel::SubmitDialog;
    return r;
}

// What each request parser must refuse, with the code and the field a form can highlight.
struct BadCase
{
    const char *name;
    const char *shape;
    QByteArray body;
    const char *code;
    const char *field;
};

const BadCase BadCases[] = {
    {"no subject", "ticket", R"({"description": "x", "category": "question"})", "required",
     "subject"},
    {"blank subject", "ticket", R"({"subject": "  ", "description": "x", "category": "question"})",
     "required", "subject"},
    {"subject a number", "ticket", R"({"subject": 5, "description": "x", "category": "question"})",
     "wrong_type", "subject"},
    {"subject too long", "ticket",
     R"({"subject": ")" + repeated("я", 251) + R"(", "description": "x", "category": "question"})",
     "invalid_value", "subject"},
    {"line break in subject", "ticket",
     R"({"subject": "Ошибка\r\nBcc: x@y.example", "description": "x", "category": "question"})",
     "invalid_value", "subject"},
    {"NUL in description", "ticket",
     R"({"subject": "Ошибка печати", "description": "a\u0000b", "category": "question"})",
     "invalid_value", "description"},
    {"unpaired surrogate", "ticket",
     R"({"subject": "Ошибка печати", "description": "a\ud800b", "category": "question"})",
     "invalid_value", "description"},
    {"unknown category", "ticket",
     R"({"subject": "Ошибка печати", "description": "x", "category": "bug"})", "invalid_value",
     "category"},
    {"null category", "ticket",
     R"({"subject": "Ошибка печати", "description": "x", "category": null})", "required",
     "category"},
    {"priority a number", "ticket", ticketWith(R"("priority": 3)"), "wrong_type", "priority"},
    {"null priority", "ticket", ticketWith(R"("priority": null)"), "wrong_type", "priority"},
    {"unknown channel", "ticket", ticketWith(R"("channel": "fax")"), "invalid_value", "channel"},
    {"negative affected users", "ticket", ticketWith(R"("affected_users": -1)"), "invalid_value",
     "affected_users"},
    {"too many affected users", "ticket", ticketWith(R"("affected_users": 1000001)"),
     "invalid_value", "affected_users"},
    {"fractional affected users", "ticket", ticketWith(R"("affected_users": 2.5)"), "wrong_type",
     "affected_users"},
    {"affected users as text", "ticket", ticketWith(R"("affected_users": "12")"), "wrong_type",
     "affected_users"},
    {"attachments not a list", "ticket", ticketWith(R"("attachments": 7)"), "wrong_type",
     "attachments"},
    {"attachment id zero", "ticket", ticketWith(R"("attachments": [3, 0])"), "invalid_value",
     "attachments"},
    {"attachment id text", "ticket", ticketWith(R"("attachments": [3, "4"])"), "wrong_type",
     "attachments"},
    {"too many attachments", "ticket",
     ticketWith(R"("attachments": [)" + repeated("1", 51, ",") + "]"), "invalid_value",
     "attachments"},
    {"product an object", "ticket", ticketWith(R"("product": {})"), "wrong_type", "product"},
    {"name for email", "ticket", ticketWith(R"("requester_email": "Анна Петрова")"),
     "invalid_value", "requester_email"},
    {"misspelt field", "ticket", ticketWith(R"("sujbect": "x")"), "unknown_field", "sujbect"},

    {"id", "patch", R"({"id": 4})", "read_only_field", "id"},
    {"number", "patch", R"({"number": "SD-2026-000001"})", "read_only_field", "number"},
    {"version", "patch", R"({"version": 3})", "read_only_field", "version"},
    {"assignee object", "patch", R"({"assignee": {"id": 5}})", "read_only_field", "assignee"},
    {"unknown", "patch", R"({"colour": "red"})", "unknown_field", "colour"},
    {"blank subject", "patch", R"({"subject": " "})", "required", "subject"},
    {"null subject", "patch", R"({"subject": null})", "required", "subject"},
    {"null status", "patch", R"({"status": null})", "wrong_type", "status"},
    {"unknown status", "patch", R"({"status": "done"})", "invalid_value", "status"},
    {"unknown resolution", "patch", R"({"resolution": "wontfix"})", "invalid_value", "resolution"},
    {"queue id as text", "patch", R"({"queue_id": "2"})", "wrong_type", "queue_id"},
    {"queue id zero", "patch", R"({"queue_id": 0})", "invalid_value", "queue_id"},
    {"assignee id negative", "patch", R"({"assignee_id": -5})", "invalid_value", "assignee_id"},
    {"tags a string", "patch", R"({"tags": "a, b"})", "wrong_type", "tags"},
    {"blank tag", "patch", R"({"tags": ["a", " "]})", "invalid_value", "tags"},
    {"tag a number", "patch", R"({"tags": ["a", 1]})", "wrong_type", "tags"},
    {"too many tags", "patch", R"({"tags": [)" + repeated(R"("t")", 51, ",") + "]}",
     "invalid_value", "tags"},
    {"negative affected users", "patch", R"({"affected_users": -5})", "invalid_value",
     "affected_users"},

    {"no kind", "message", R"({"body_text": "x"})", "required", "kind"},
    {"system kind", "message", R"({"kind": "system", "body_text": "x"})", "invalid_value", "kind"},
    {"kind a number", "message", R"({"kind": 1, "body_text": "x"})", "wrong_type", "kind"},
    {"no body", "message", R"({"kind": "reply"})", "required", "body_text"},
    {"blank bodies", "message", R"({"kind": "reply", "body_html": " ", "body_text": "\n"})",
     "required", "body_text"},
    {"body a number", "message", R"({"kind": "note", "body_html": 5})", "wrong_type", "body_html"},
    {"negative attachment", "message", R"({"kind": "note", "body_text": "x", "attachments": [-1]})",
     "invalid_value", "attachments"},
    {"bad ticket number", "message",
     R"({"kind": "phone_call", "body_text": "x", "ticket_number": "12345"})", "invalid_value",
     "ticket_number"},
    {"ticket number a number", "message",
     R"({"kind": "phone_call", "body_text": "x", "ticket_number": 12345})", "wrong_type",
     "ticket_number"},
    {"unknown field", "message", R"({"kind": "reply", "body_text": "x", "to": "all"})",
     "unknown_field", "to"},

    {"no password", "login", R"({"login": "anna"})", "required", "password"},
    {"blank password", "login", R"({"login": "anna", "password": "  "})", "required", "password"},
    {"login a number", "login", R"({"login": 5, "password": "x"})", "wrong_type", "login"},
    {"unknown field", "login", R"({"login": "a", "password": "x", "remember": true})",
     "unknown_field", "remember"},

    {"no score", "rating", R"({"comment": "спасибо"})", "required", "score"},
    {"score zero", "rating", R"({"score": 0})", "invalid_value", "score"},
    {"score six", "rating", R"({"score": 6})", "invalid_value", "score"},
    {"score as text", "rating", R"({"score": "5"})", "wrong_type", "score"},
    {"fractional score", "rating", R"({"score": 4.5})", "wrong_type", "score"},
    {"comment a number", "rating", R"({"score": 5, "comment": 5})", "wrong_type", "comment"},
    {"comment too long", "rating", R"({"score": 5, "comment": ")" + repeated("x", 4001) + "\"}",
     "invalid_value", "comment"},

    {"no target", "link", R"({"kind": "related_to"})", "required", "to"},
    {"target a bool", "link", R"({"to": true, "kind": "related_to"})", "wrong_type", "to"},
    {"target not a number", "link", R"({"to": "abc", "kind": "related_to"})", "invalid_value",
     "to"},
    {"target zero", "link", R"({"to": 0, "kind": "related_to"})", "invalid_value", "to"},
    {"unknown kind", "link", R"({"to": 5, "kind": "child"})", "invalid_value", "kind"},
    {"no kind", "link", R"({"to": 5})", "required", "kind"},

    {"target a list", "merge", R"({"into": [5]})", "wrong_type", "into"},
    {"incomplete number", "merge", R"({"into": "SD-2026"})", "invalid_value", "into"},
    {"unknown field", "merge", R"({"to": 5})", "unknown_field", "to"},

    {"message id as text", "split", R"({"message_id": "5", "subject": "Вторая проблема"})",
     "wrong_type", "message_id"},
    {"message id past 2^53", "split", R"({"message_id": 9007199254740992, "subject": "x"})",
     "invalid_value", "message_id"},
    {"no subject", "split", R"({"message_id": 5})", "required", "subject"},
};

} // namespace

class TestRequestParsing : public QObject
{
    Q_OBJECT

private slots:
    void badRequest_data();
    void badRequest();
    void enumMessageListsAllowedValues();
    void contractFieldNames_data();
    void contractFieldNames();
    void ticketCreateRoundTrip();
    void ticketCreateToTicket();
    void ticketCreateCanonicalises();
    void patchRoundTrip();
    void patchAppliesOnlyPresentFields();
    void messageRoundTrip();
    void smallRequestsRoundTrip();
    void ticketRefs_data();
    void ticketRefs();
};

void TestRequestParsing::badRequest_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    for (const BadCase &c : BadCases) {
        QTest::addRow("%s: %s", c.shape, c.name)
            << QString::fromLatin1(c.shape) << c.body << QString::fromLatin1(c.code)
            << QString::fromLatin1(c.field);
    }
}

void TestRequestParsing::badRequest()
{
    QFETCH(QString, shape);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    ApiError error;
    QVERIFY(!parseAs(shape, objectOf(body), &error));
    QCOMPARE(error.httpStatus, 422);
    QCOMPARE(error.code, code);
    QCOMPARE(error.field, field);
    QVERIFY2(error.message.contains(field), qPrintable(error.message));
    // A null error pointer is allowed and must not crash.
    QVERIFY(!parseAs(shape, objectOf(body), nullptr));
}

void TestRequestParsing::enumMessageListsAllowedValues()
{
    ApiError error;
    QVERIFY(
        !TicketCreateRequest::fromJson(objectOf(ticketWith(R"("priority": "urgent")")), &error));
    for (const QString &name : sd::core::allNames<sd::core::Priority>())
        QVERIFY2(error.message.contains(name), qPrintable(error.message));

    QVERIFY(!MessageCreateRequest::fromJson(objectOf(R"({"kind": "system", "body_text": "x"})"),
                                            &error));
    QVERIFY2(error.message.contains(u"phone_call"_s), qPrintable(error.message));
    QVERIFY2(!error.message.contains(u"system"_s), qPrintable(error.message));
}

void TestRequestParsing::contractFieldNames_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QStringList>("keys");

    QTest::addRow("ticket create")
        << fullCreateRequest().toJson()
        << QStringList{
               u"subject"_s,        u"description"_s,     u"category"_s,    u"priority"_s,
               u"product"_s,        u"product_version"_s, u"os"_s,          u"steps"_s,
               u"affected_users"_s, u"project_code"_s,    u"attachments"_s, u"requester_email"_s,
               u"requester_name"_s, u"channel"_s};
    QTest::addRow("message") << MessageCreateRequest{sd::core::MessageKind::PhoneCall,
                                                     u"<p>x</p>"_s,
                                                     u"x"_s,
                                                     {4},
                                                     u"SD-2026-000001"_s}
                                    .toJson()
                             << QStringList{u"kind"_s, u"body_html"_s, u"body_text"_s,
                                            u"attachments"_s, u"ticket_number"_s};
    QTest::addRow("login") << SessionJson::loginToJson({u"anna"_s, u"secret"_s})
                           << QStringList{u"login"_s, u"password"_s};
    QTest::addRow("rating") << RatingRequest{4, u"Быстро"_s}.toJson()
                            << QStringList{u"score"_s, u"comment"_s};
    QTest::addRow("link") << LinkRequest{{5, {}}, sd::core::TicketLinkKind::ParentOf}.toJson()
                          << QStringList{u"to"_s, u"kind"_s};
    QTest::addRow("merge") << MergeRequest{{5, {}}}.toJson() << QStringList{u"into"_s};
    QTest::addRow("split") << SplitRequest{9, u"Вторая проблема"_s}.toJson()
                           << QStringList{u"message_id"_s, u"subject"_s};
    TicketPatch patch;
    patch.subject = u"x"_s;
    patch.status = sd::core::TicketStatus::Open;
    patch.resolution = sd::core::Resolution::Fixed;
    patch.priority = sd::core::Priority::Low;
    patch.category = sd::core::Category::Question;
    patch.queueId = 2;
    patch.assigneeId = 5;
    patch.product = u"p"_s;
    patch.productVersion = u"1.0"_s;
    patch.os = u"Linux"_s;
    patch.tags = QStringList{u"t"_s};
    patch.affectedUsers = 3;
    QTest::addRow("patch") << patch.toJson()
                           << QStringList{u"subject"_s,     u"status"_s,   u"resolution"_s,
                                          u"priority"_s,    u"category"_s, u"queue_id"_s,
                                          u"assignee_id"_s, u"product"_s,  u"product_version"_s,
                                          u"os"_s,          u"tags"_s,     u"affected_users"_s};
}

void TestRequestParsing::contractFieldNames()
{
    QFETCH(QJsonObject, json);
    QFETCH(QStringList, keys);
    for (const QString &key : keys)
        QVERIFY2(json.contains(key), qPrintable(key));
    QCOMPARE(json.size(), keys.size());
}

void TestRequestParsing::ticketCreateRoundTrip()
{
    for (const TicketCreateRequest &request :
         {fullCreateRequest(), minimalRequest(u"Не печатает накладную"_s, u"x"_s)}) {
        const QByteArray bytes = QJsonDocument(request.toJson()).toJson();
        ApiError error;
        const auto back = TicketCreateRequest::fromJson(objectOf(bytes), &error);
        QVERIFY2(back, qPrintable(error.field + u": "_s + error.message));
        QVERIFY(*back == request);
    }
    // Absent stays absent: a minimal request sends only the required fields.
    const QJsonObject minimal = minimalRequest(u"s"_s, u"d"_s).toJson();
    QCOMPARE(minimal.keys(), (QStringList{u"category"_s, u"description"_s, u"subject"_s}));
}

void TestRequestParsing::ticketCreateToTicket()
{
    const sd::core::Ticket full = fullCreateRequest().toTicket();
    QCOMPARE(full.id, 0);
    QCOMPARE(full.subject, fullCreateRequest().subject);
    QCOMPARE(full.description, fullCreateRequest().description);
    SD_COMPARE_ENUM(full.category, sd::core::Category::Incident);
    SD_COMPARE_ENUM(full.priority, sd::core::Priority::Critical);
    SD_COMPARE_ENUM(full.channel, sd::core::Channel::SubmitDialog);
    QCOMPARE(full.product, u"Склад"_s);
    QCOMPARE(full.productVersion, u"5.2.1 build 1234"_s);
    QCOMPARE(full.os, u"Windows 11"_s);
    QCOMPARE(full.stepsToReproduce, fullCreateRequest().steps);
    QCOMPARE(full.affectedUsers, 12);
    QCOMPARE(full.projectCode, u"PRJ-77"_s);
    QCOMPARE(full.requesterEmail, u"buh@romashka.example"_s);
    QCOMPARE(full.requesterName, u"Анна Петрова"_s);

    const sd::core::Ticket bare = minimalRequest(u"s"_s, u"d"_s).toTicket();
    SD_COMPARE_ENUM(bare.priority, sd::core::Priority::Normal);
    SD_COMPARE_ENUM(bare.channel, sd::core::Channel::Api);
}

void TestRequestParsing::ticketCreateCanonicalises()
{
    ApiError error;
    const auto r = TicketCreateRequest::fromJson(
        objectOf(R"({"subject": "  Не печатает накладную  ", "description": "  отступ\n",
                     "category": "question", "attachments": [5, 3, 5], "product": " Склад "})"),
        &error);
    QVERIFY2(r, qPrintable(error.message));
    QCOMPARE(r->subject, u"Не печатает накладную"_s);
    QCOMPARE(r->product, u"Склад"_s);
    QCOMPARE(r->description, u"  отступ\n"_s); // free text keeps its layout
    QCOMPARE(r->attachmentIds, (QList<qint64>{5, 3}));
    QVERIFY(!r->priority);
    QVERIFY(!r->channel);
}

void TestRequestParsing::patchRoundTrip()
{
    TicketPatch clears;
    clears.resolution = sd::core::Resolution::None;
    clears.queueId = 0;
    clears.assigneeId = 0;
    clears.tags = QStringList();
    const QJsonObject json = clears.toJson();
    QVERIFY(json.value(u"resolution"_s).isNull());
    QVERIFY(json.value(u"queue_id"_s).isNull());
    QVERIFY(json.value(u"assignee_id"_s).isNull());

    TicketPatch sets;
    sets.subject = u"Не печатает накладную"_s;
    sets.status = sd::core::TicketStatus::InDevelopment;
    sets.resolution = sd::core::Resolution::FeatureAccepted;
    sets.queueId = 2;
    sets.tags = QStringList{u"printing"_s, u"5.2"_s};
    sets.affectedUsers = 40;
    sets.product = QString();
    for (const TicketPatch &patch : {clears, sets, TicketPatch()}) {
        ApiError error;
        const auto back =
            TicketPatch::fromJson(objectOf(QJsonDocument(patch.toJson()).toJson()), &error);
        QVERIFY2(back, qPrintable(error.field + u": "_s + error.message));
        QVERIFY(*back == patch);
        QCOMPARE(back->fieldNames(), patch.fieldNames());
    }
    QCOMPARE(sets.fieldNames(),
             (QStringList{u"subject"_s, u"status"_s, u"resolution"_s, u"queue_id"_s, u"product"_s,
                          u"tags"_s, u"affected_users"_s}));
    QVERIFY(TicketPatch().isEmpty());
}

void TestRequestParsing::patchAppliesOnlyPresentFields()
{
    ApiError error;
    const auto patch = TicketPatch::fromJson(
        objectOf(R"({"status": "resolved", "resolution": "fixed", "assignee_id": null,
                     "tags": ["печать", "печать", "драйвер"], "os": null})"),
        &error);
    QVERIFY2(patch, qPrintable(error.message));
    QCOMPARE(patch->fieldNames(),
             (QStringList{u"status"_s, u"resolution"_s, u"assignee_id"_s, u"os"_s, u"tags"_s}));
    sd::core::Ticket t;
    t.subject = u"Не печатает накладную"_s;
    t.assigneeId = 5;
    t.queueId = 2;
    t.os = u"Windows 11"_s;
    t.product = u"Склад"_s;
    t.version = 7;
    patch->applyTo(t);
    SD_COMPARE_ENUM(t.status, sd::core::TicketStatus::Resolved);
    SD_COMPARE_ENUM(t.resolution, sd::core::Resolution::Fixed);
    QCOMPARE(t.assigneeId, 0);
    QCOMPARE(t.os, QString());
    QCOMPARE(t.tags, (QStringList{u"печать"_s, u"драйвер"_s}));
    QCOMPARE(t.subject, u"Не печатает накладную"_s);
    QCOMPARE(t.queueId, 2);
    QCOMPARE(t.product, u"Склад"_s);
    QCOMPARE(t.version, 7);

    const auto reopen = TicketPatch::fromJson(objectOf(R"({"resolution": null})"), &error);
    QVERIFY(reopen);
    reopen->applyTo(t);
    SD_COMPARE_ENUM(t.resolution, sd::core::Resolution::None);
}

void TestRequestParsing::messageRoundTrip()
{
    const MessageCreateRequest phone{
        sd::core::MessageKind::PhoneCall, {}, u"Звонок\n  лог"_s, {4, 9}, u"SD-2026-000123"_s};
    const MessageCreateRequest note{
        sd::core::MessageKind::Note, u"<p>Только для нас</p>"_s, {}, {}, {}};
    for (const MessageCreateRequest &request : {phone, note}) {
        ApiError error;
        const auto back = MessageCreateRequest::fromJson(request.toJson(), &error);
        QVERIFY2(back, qPrintable(error.field + u": "_s + error.message));
        QVERIFY(*back == request);
    }
    ApiError error;
    const auto typed = MessageCreateRequest::fromJson(
        objectOf(R"({"kind": "phone_call", "body_text": "x", "ticket_number": "sd-2026-123"})"),
        &error);
    QVERIFY2(typed, qPrintable(error.message));
    QCOMPARE(typed->ticketNumber, u"SD-2026-000123"_s);
}

void TestRequestParsing::smallRequestsRoundTrip()
{
    ApiError error;
    const SessionJson::LoginRequest login{u"anna"_s, u" pass phrase "_s};
    const auto backLogin = SessionJson::loginFromJson(SessionJson::loginToJson(login), &error);
    QVERIFY2(backLogin, qPrintable(error.message));
    QVERIFY(*backLogin == login); // the password is not trimmed

    for (const RatingRequest &rating : {RatingRequest{1, u"Долго"_s}, RatingRequest{5, {}}}) {
        const auto back = RatingRequest::fromJson(rating.toJson(), &error);
        QVERIFY2(back, qPrintable(error.message));
        QVERIFY(*back == rating);
    }
    for (const auto kind : {sd::core::TicketLinkKind::ParentOf, sd::core::TicketLinkKind::RelatedTo,
                            sd::core::TicketLinkKind::DuplicateOf}) {
        const LinkRequest link{{0, u"SD-2026-000007"_s}, kind};
        const auto back = LinkRequest::fromJson(link.toJson(), &error);
        QVERIFY2(back, qPrintable(error.message));
        QVERIFY(*back == link);
    }
    const MergeRequest merge{{17, {}}};
    const auto backMerge = MergeRequest::fromJson(merge.toJson(), &error);
    QVERIFY2(backMerge, qPrintable(error.message));
    QVERIFY(*backMerge == merge);

    const SplitRequest split{900, u"Отдельно: не приходит почта"_s};
    const auto backSplit = SplitRequest::fromJson(split.toJson(), &error);
    QVERIFY2(backSplit, qPrintable(error.message));
    QVERIFY(*backSplit == split);
}

void TestRequestParsing::ticketRefs_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("number");

    QTest::addRow("id") << QByteArray(R"({"into": 42})") << qint64(42) << QString();
    QTest::addRow("number") << QByteArray(R"({"into": "SD-2026-000123"})") << qint64(0)
                            << u"SD-2026-000123"_s;
    QTest::addRow("number as read out")
        << QByteArray(R"({"into": " sd-2026-123 "})") << qint64(0) << u"SD-2026-000123"_s;
}

void TestRequestParsing::ticketRefs()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, id);
    QFETCH(QString, number);
    ApiError error;
    const auto merge = MergeRequest::fromJson(objectOf(body), &error);
    QVERIFY2(merge, qPrintable(error.message));
    QCOMPARE(merge->into.id, id);
    QCOMPARE(merge->into.number, number);
    QVERIFY(merge->into.isValid());
}

QTEST_GUILESS_MAIN(TestRequestParsing)
#include "testrequestparsing.moc"
