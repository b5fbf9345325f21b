// Knowledge-base pages against a real server on SQLite and PostgreSQL: a search hit names its
// page; the page of a published article opens without signing in, sanitized; a draft article
// and a missing one are both "not found".
#include "apifixture.h"
#include "storage/kbarticlerepository.h"

#include <QJsonArray>
#include <QtTest>

using namespace sd::testing;
using namespace Qt::StringLiterals;

class TestApiKb : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void searchNamesThePage();
    void pageOpensWithoutSigningIn();
    void pagesOfDraftsAreNotShown_data();
    void pagesOfDraftsAreNotShown();

private:
    qint64 add(const QString &title, const QString &html, bool published);

    ApiFixture f;
    qint64 m_published = 0;
    qint64 m_draft = 0;
};

qint64 TestApiKb::add(const QString &title, const QString &html, bool published)
{
    sd::core::KbArticle article;
    article.title = title;
    article.bodyHtml = html;
    article.bodyText = title;
    article.published = published;
    auto created = sd::storage::KbArticleRepository(*f.db).create(article);
    return created ? created->id : 0;
}

void TestApiKb::initTestCase()
{
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    m_published = add(u"Как настроить печать чеков"_s,
                      u"<p>Откройте <b>Настройки</b>.</p><script>alert(1)</script>"_s, true);
    m_draft = add(u"Черновик: печать этикеток"_s, u"<p>Скоро</p>"_s, false);
    QVERIFY(m_published > 0 && m_draft > 0);
}

void TestApiKb::searchNamesThePage()
{
    const ApiReply found = f.client(u"agent"_s)->get(u"/api/v1/kb?q=печать"_s);
    QCOMPARE(found.status, 200);
    const QJsonArray items = found.json.value(u"items"_s).toArray();
    QVERIFY(!items.isEmpty());
    bool seen = false;
    for (const QJsonValue &item : items)
        if (item.toObject().value(u"id"_s).toInteger() == m_published) {
            QCOMPARE(item.toObject().value(u"path"_s).toString(), u"/kb/%1"_s.arg(m_published));
            seen = true;
        }
    QVERIFY(seen);
}

void TestApiKb::pageOpensWithoutSigningIn()
{
    const ApiReply page = f.client()->get(u"/kb/%1"_s.arg(m_published));
    QCOMPARE(page.status, 200);
    QVERIFY(page.headers.value("content-type").startsWith("text/html"));
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(u"<h1>Как настроить печать чеков</h1>"_s));
    QVERIFY(html.contains(u"Настройки"_s));
    QVERIFY2(!html.contains(u"<script"_s), qPrintable(html));
    QVERIFY(page.headers.value("content-security-policy").contains("default-src 'none'"));
}

void TestApiKb::pagesOfDraftsAreNotShown_data()
{
    QTest::addColumn<bool>("draft");
    QTest::addRow("draft") << true;
    QTest::addRow("missing") << false;
}

void TestApiKb::pagesOfDraftsAreNotShown()
{
    QFETCH(bool, draft);
    const ApiReply page = f.client()->get(u"/kb/%1"_s.arg(draft ? m_draft : 999999));
    QCOMPARE(page.status, 404);
    QCOMPARE(page.errorCode(), u"not_found"_s);
}

QTEST_GUILESS_MAIN(TestApiKb)
#include "testapikb.moc"
