#include "apifixture.h"
#include "client/retrypolicy.h"
#include "client/serverapi.h"
#include "client/slaadmin.h"
#include "core/calendarjsonreader.h"
#include "widgets/slaadmindialog.h"
#include "widgets/slacalendartab.h"
#include "widgets/slaescalationtab.h"
#include "widgets/slapolicytab.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace sd;
using namespace sd::testing;

// The SLA administration dialog against a real server: what it lists, that an admin's edits
// reach the server, that an invalid calendar never leaves the workstation, and that other
// staff only look.
class TestSlaAdminDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTheDefaultCalendarAndPolicies();
    void savedPolicyReachesTheServer();
    void activeToggleReachesTheServer();
    void invalidCalendarIsNotSent_data();
    void invalidCalendarIsNotSent();
    void importMergesAProductionCalendar_data();
    void importMergesAProductionCalendar();
    void nonAdminSeesItReadOnly();

private:
    std::unique_ptr<widgets::SlaAdminDialog> dialog(const QString &login, core::UserRole role);
    bool loaded(const widgets::SlaAdminDialog &d);
    QJsonObject serverObject(const QString &path);

    ApiFixture f;
    QNetworkAccessManager m_network;
    std::unique_ptr<client::ServerApi> m_api;
};

void TestSlaAdminDialog::initTestCase()
{
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
}

std::unique_ptr<widgets::SlaAdminDialog> TestSlaAdminDialog::dialog(const QString &login,
                                                                    core::UserRole role)
{
    m_api = std::make_unique<client::ServerApi>(&m_network, f.server.baseUrl());
    client::RetryPolicy::Settings quick;
    quick.maxAttempts = 1;
    m_api->setRetryPolicy(client::RetryPolicy(quick));
    m_api->setDefaultTimeoutMs(5000);
    m_api->setToken(f.client(login)->token());
    auto d = std::make_unique<widgets::SlaAdminDialog>(m_api.get(), role);
    return d;
}

bool TestSlaAdminDialog::loaded(const widgets::SlaAdminDialog &d)
{
    const auto *calendars = d.findChild<QListWidget *>(QStringLiteral("calendarList"));
    return QTest::qWaitFor(
        [&] {
            return calendars->count() > 0 && d.policyTab()->table()->rowCount() > 0 &&
                   d.escalationTab()->table()->rowCount() > 0;
        },
        10000);
}

QJsonObject TestSlaAdminDialog::serverObject(const QString &path)
{
    const ApiReply reply = f.client(QStringLiteral("admin"))->get(path);
    [&] { QCOMPARE(reply.status, 200); }();
    return reply.json;
}

void TestSlaAdminDialog::listsTheDefaultCalendarAndPolicies()
{
    const auto d = dialog(QStringLiteral("admin"), core::UserRole::Admin);
    QVERIFY(loaded(*d));
    QVERIFY(d->isEditable());
    QListWidget *calendars = d->findChild<QListWidget *>(QStringLiteral("calendarList"));
    QCOMPARE(calendars->item(0)->text(), QStringLiteral("Default"));
    const QString json =
        d->findChild<QPlainTextEdit *>(QStringLiteral("calendarJsonEdit"))->toPlainText();
    QString problem;
    QVERIFY2(core::CalendarJsonReader::read(json.toUtf8(), &problem), qPrintable(problem));

    const QJsonArray policies =
        serverObject(QStringLiteral("/api/v1/sla-policies")).value(u"items").toArray();
    QTableWidget *table = d->policyTab()->table();
    QCOMPARE(table->rowCount(), policies.size());
    const auto *calendar =
        qobject_cast<QComboBox *>(table->cellWidget(0, widgets::SlaPolicyTab::CalendarColumn));
    QCOMPARE(calendar->currentText(), QStringLiteral("Default"));
    QCOMPARE(table->item(0, widgets::SlaPolicyTab::FirstResponseColumn)->data(Qt::EditRole).toInt(),
             policies.at(0).toObject().value(u"first_response_minutes").toInt());
    QCOMPARE(d->escalationTab()->table()->rowCount(), 2);
    QVERIFY(!d->findChild<QLabel *>(QStringLiteral("readOnlyNoteLabel")));
}

void TestSlaAdminDialog::savedPolicyReachesTheServer()
{
    const auto d = dialog(QStringLiteral("admin"), core::UserRole::Admin);
    QVERIFY(loaded(*d));
    QTableWidget *table = d->policyTab()->table();
    const QJsonObject first = serverObject(QStringLiteral("/api/v1/sla-policies"))
                                  .value(u"items")
                                  .toArray()
                                  .at(0)
                                  .toObject();
    const int minutes = first.value(u"resolution_minutes").toInt() + 17;
    table->item(0, widgets::SlaPolicyTab::ResolutionColumn)->setData(Qt::EditRole, minutes);
    table->selectRow(0);

    QSignalSpy saved(d->admin(), &client::SlaAdmin::saved);
    d->findChild<QPushButton *>(QStringLiteral("savePolicyButton"))->click();
    QVERIFY(saved.wait(10000));
    const QJsonObject stored =
        serverObject(u"/api/v1/sla-policies/" + QString::number(first.value(u"id").toInteger()));
    QCOMPARE(stored.value(u"resolution_minutes").toInt(), minutes);
    QCOMPARE(stored.value(u"first_response_minutes"), first.value(u"first_response_minutes"));
    QCOMPARE(stored.value(u"calendar_id"), first.value(u"calendar_id"));
    QTRY_COMPARE_WITH_TIMEOUT(
        table->item(0, widgets::SlaPolicyTab::ResolutionColumn)->data(Qt::EditRole).toInt(),
        minutes, 10000);
}

void TestSlaAdminDialog::activeToggleReachesTheServer()
{
    const auto d = dialog(QStringLiteral("admin"), core::UserRole::Admin);
    QVERIFY(loaded(*d));
    QTableWidget *table = d->escalationTab()->table();
    QTableWidgetItem *active = table->item(0, widgets::SlaEscalationTab::ActiveColumn);
    const bool was = active->checkState() == Qt::Checked;
    QSignalSpy saved(d->admin(), &client::SlaAdmin::saved);
    active->setCheckState(was ? Qt::Unchecked : Qt::Checked);
    QVERIFY(saved.wait(10000));
    const QJsonObject rule = saved.at(0).at(1).value<QJsonObject>();
    QCOMPARE(rule.value(u"active").toBool(), !was);
    QCOMPARE(
        serverObject(u"/api/v1/escalation-rules/" + QString::number(rule.value(u"id").toInteger()))
            .value(u"active")
            .toBool(),
        !was);
}

void TestSlaAdminDialog::invalidCalendarIsNotSent_data()
{
    QTest::addColumn<QString>("json");
    QTest::addRow("not json") << QStringLiteral("{\"time_zone\": ");
    QTest::addRow("unknown zone") << QStringLiteral(
        "{\"name\": \"X\", \"time_zone\": \"Nowhere/Atlantis\", \"week\": {}}");
    QTest::addRow("closing before opening")
        << QStringLiteral("{\"name\": \"X\", \"time_zone\": \"Europe/Moscow\", "
                          "\"week\": {\"mon\": [[\"17:00\", \"08:00\"]]}}");
}

void TestSlaAdminDialog::invalidCalendarIsNotSent()
{
    QFETCH(QString, json);
    QString expected;
    QVERIFY(!core::CalendarJsonReader::read(json.toUtf8(), &expected));
    QVERIFY(!expected.isEmpty());

    const auto d = dialog(QStringLiteral("admin"), core::UserRole::Admin);
    QVERIFY(loaded(*d));
    const QJsonObject before = serverObject(QStringLiteral("/api/v1/calendars"));
    d->findChild<QPlainTextEdit *>(QStringLiteral("calendarJsonEdit"))->setPlainText(json);
    QSignalSpy saved(d->admin(), &client::SlaAdmin::saved);
    QSignalSpy failed(d->admin(), &client::SlaAdmin::failed);
    d->findChild<QPushButton *>(QStringLiteral("saveCalendarButton"))->click();

    const QString shown = d->findChild<QLabel *>(QStringLiteral("calendarMessageLabel"))->text();
    QVERIFY2(shown.contains(expected), qPrintable(shown));
    QVERIFY(!saved.wait(500));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(serverObject(QStringLiteral("/api/v1/calendars")), before);
}

void TestSlaAdminDialog::importMergesAProductionCalendar_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("merged");
    QTest::addRow("json") << QStringLiteral("production-2030.json")
                          << QByteArray(R"({"year": 2030, "holidays": ["2030-01-01"],
                                 "shortened": ["2030-05-08"], "working_weekends": []})")
                          << true;
    QTest::addRow("json with a bad date")
        << QStringLiteral("production-2030.json")
        << QByteArray(R"({"year": 2030, "holidays": ["2030-02-30"], "shortened": [],
                          "working_weekends": []})")
        << false;
}

void TestSlaAdminDialog::importMergesAProductionCalendar()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(bool, merged);
    QTemporaryDir dir;
    QFile out(dir.filePath(file));
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(content) == content.size());
    out.close();

    const auto d = dialog(QStringLiteral("admin"), core::UserRole::Admin);
    QVERIFY(loaded(*d));
    auto *editor = d->findChild<QPlainTextEdit *>(QStringLiteral("calendarJsonEdit"));
    const QString before = editor->toPlainText();
    QCOMPARE(d->calendarTab()->importProductionCalendar(out.fileName()), merged);
    QString problem;
    const auto calendar = core::CalendarJsonReader::read(editor->toPlainText().toUtf8(), &problem);
    QVERIFY2(calendar, qPrintable(problem));
    if (!merged) {
        QCOMPARE(editor->toPlainText(), before);
        QVERIFY(
            d->findChild<QLabel *>(QStringLiteral("calendarMessageLabel"))->text().contains(file));
        return;
    }
    QVERIFY(calendar->working().dates.value(QDate(2030, 1, 1)).isEmpty());
    QVERIFY(calendar->working().dates.contains(QDate(2030, 1, 1)));
    QVERIFY(!calendar->working().dates.value(QDate(2030, 5, 8)).isEmpty());
}

void TestSlaAdminDialog::nonAdminSeesItReadOnly()
{
    const auto d = dialog(QStringLiteral("boss"), core::UserRole::Supervisor);
    QVERIFY(loaded(*d));
    QVERIFY(!d->isEditable());
    QVERIFY(d->findChild<QLabel *>(QStringLiteral("readOnlyNoteLabel")));
    QVERIFY(d->findChild<QPlainTextEdit *>(QStringLiteral("calendarJsonEdit"))->isReadOnly());
    for (const char *name :
         {"saveCalendarButton", "newCalendarButton", "removeCalendarButton", "importCalendarButton",
          "addPolicyButton", "savePolicyButton", "removePolicyButton", "addRuleButton",
          "saveRuleButton", "removeRuleButton"}) {
        const auto *button = d->findChild<QPushButton *>(QString::fromLatin1(name));
        QVERIFY2(button && !button->isEnabled(), name);
    }
    QVERIFY(d->findChild<QPushButton *>(QStringLiteral("validateCalendarButton"))->isEnabled());
    QTableWidget *policies = d->policyTab()->table();
    QCOMPARE(policies->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(!policies->cellWidget(0, widgets::SlaPolicyTab::CategoryColumn)->isEnabled());
    const QTableWidgetItem *active =
        d->escalationTab()->table()->item(0, widgets::SlaEscalationTab::ActiveColumn);
    QVERIFY(!(active->flags() & Qt::ItemIsUserCheckable));

    // Even when called directly, nothing is sent.
    QSignalSpy failed(d->admin(), &client::SlaAdmin::failed);
    QSignalSpy saved(d->admin(), &client::SlaAdmin::saved);
    d->policyTab()->saveCurrent();
    d->calendarTab()->save();
    QVERIFY(!failed.wait(500));
    QCOMPARE(saved.count(), 0);
}

QTEST_MAIN(TestSlaAdminDialog)
#include "testslaadmindialog.moc"
