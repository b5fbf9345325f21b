#include "apifixture.h"
#include "storage/cannedresponserepository.h"

#include <QJsonArray>
#include <QtTest>

using namespace sd::testing;

namespace {

const QString Path = u"/api/v1/canned-responses"_qs;

} // namespace

// GET /api/v1/canned-responses against a real server process on SQLite and PostgreSQL: staff
// get the shared responses and their own, customers are refused.
class TestApiCannedResponses : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roleMatrix_data();
    void roleMatrix();
    void listShape_data();
    void listShape();

private:
    ApiClient &as(const QString &login);
    void add(const QString &title, const QString &owner);

    ApiFixture f;
    std::map<QString, std::unique_ptr<ApiClient>> m_clients;
};

ApiClient &TestApiCannedResponses::as(const QString &login)
{
    auto &client = m_clients[login];
    if (!client)
        client = f.client(login);
    return *client;
}

void TestApiCannedResponses::add(const QString &title, const QString &owner)
{
    sd::storage::CannedResponse response;
    response.title = title;
    response.bodyHtml = u"<p>Здравствуйте, {{customer.name}}!</p><p>"_qs + title + u"</p>"_qs;
    response.ownerId = owner.isEmpty() ? 0 : f.user(owner).id;
    const auto created = sd::storage::CannedResponseRepository(*f.db).create(response);
    QVERIFY2(created, qPrintable(created.error().message));
}

void TestApiCannedResponses::initTestCase()
{
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    add(u"Приветствие"_qs, {});
    add(u"Закрытие заявки"_qs, {});
    add(u"Мой шаблон"_qs, u"agent"_qs);
    add(u"Шаблон разработчика"_qs, u"dev"_qs);
}

void TestApiCannedResponses::roleMatrix_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("login");
    QTest::addColumn<int>("status");
    const QStringList logins{u""_qs,    u"admin"_qs, u"boss"_qs, u"agent"_qs,
                             u"dev"_qs, u"alice"_qs, u"loner"_qs};
    const QList<int> get{401, 200, 200, 200, 200, 403, 403};
    // The route is read-only: the method is refused before anyone is asked for a token.
    const QList<int> post{405, 405, 405, 405, 405, 405, 405};
    for (int i = 0; i < logins.size(); ++i) {
        const QByteArray who = logins.at(i).isEmpty() ? "anonymous" : logins.at(i).toUtf8();
        QTest::addRow("GET as %s", who.constData())
            << QByteArray("GET") << logins.at(i) << get.at(i);
        QTest::addRow("POST as %s", who.constData())
            << QByteArray("POST") << logins.at(i) << post.at(i);
    }
}

void TestApiCannedResponses::roleMatrix()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, login);
    QFETCH(int, status);
    const ApiReply reply = as(login).send(method, Path, method == "POST" ? "{}" : QByteArray());
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    if (status == 403)
        QCOMPARE(reply.errorCode(), u"forbidden"_qs);
}

void TestApiCannedResponses::listShape_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QStringList>("titles"); // by title
    QTest::addColumn<QStringList>("own");
    QTest::newRow("agent") << u"agent"_qs
                           << QStringList{u"Закрытие заявки"_qs, u"Мой шаблон"_qs,
                                          u"Приветствие"_qs}
                           << QStringList{u"Мой шаблон"_qs};
    QTest::newRow("dev") << u"dev"_qs
                         << QStringList{u"Закрытие заявки"_qs, u"Приветствие"_qs,
                                        u"Шаблон разработчика"_qs}
                         << QStringList{u"Шаблон разработчика"_qs};
    QTest::newRow("boss") << u"boss"_qs << QStringList{u"Закрытие заявки"_qs, u"Приветствие"_qs}
                          << QStringList();
}

void TestApiCannedResponses::listShape()
{
    QFETCH(QString, login);
    QFETCH(QStringList, titles);
    QFETCH(QStringList, own);
    const ApiReply reply = as(login).get(Path);
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QStringList listed;
    QStringList listedOwn;
    const QJsonArray items = reply.json.value(u"items"_qs).toArray();
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        QVERIFY(item.value(u"id"_qs).toInteger() > 0);
        QVERIFY(item.value(u"shared"_qs).isBool());
        const QString title = item.value(u"title"_qs).toString();
        QCOMPARE(item.value(u"body_html"_qs).toString(),
                 u"<p>Здравствуйте, {{customer.name}}!</p><p>"_qs + title + u"</p>"_qs);
        listed.append(title);
        if (!item.value(u"shared"_qs).toBool())
            listedOwn.append(title);
    }
    QCOMPARE(listed, titles);
    QCOMPARE(listedOwn, own);
}

QTEST_GUILESS_MAIN(TestApiCannedResponses)
#include "testapicannedresponses.moc"
