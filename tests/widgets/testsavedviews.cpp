#include "apifixture.h"
#include "client/pendingsavedviews.h"
#include "client/replica.h"
#include "client/retrypolicy.h"
#include "client/savedviewcodec.h"
#include "client/savedviews.h"
#include "client/serverapi.h"
#include "widgets/savedviewcontroller.h"
#include "widgets/tickettablemodel.h"
#include "widgets/tickettablepane.h"
#include "widgets/viewlist.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace sd;
using namespace sd::testing;

namespace {

// One agent's workstation as far as saved views go: its own token, replica and table.
struct Workstation
{
    Workstation(QNetworkAccessManager *network, const QUrl &baseUrl, const QString &token,
                const QString &replicaPath)
        : api(network, baseUrl)
    {
        client::RetryPolicy::Settings quick;
        quick.maxAttempts = 1;
        api.setRetryPolicy(client::RetryPolicy(quick));
        api.setDefaultTimeoutMs(5000);
        api.setToken(token);
        replica = std::move(client::Replica::open(replicaPath)).value();
        model = std::make_unique<widgets::TicketTableModel>(*replica);
        pane = std::make_unique<widgets::TicketTablePane>(model.get());
        views = std::make_unique<client::SavedViews>(&api, replica->database());
        controller = std::make_unique<widgets::SavedViewController>(views.get(), &list, model.get(),
                                                                    pane.get(), nullptr);
    }

    bool refreshed()
    {
        QSignalSpy loaded(views.get(), &client::SavedViews::loaded);
        views->refresh();
        return loaded.wait(10000);
    }

    client::ServerApi api;
    std::unique_ptr<client::Replica> replica;
    std::unique_ptr<widgets::TicketTableModel> model;
    std::unique_ptr<widgets::TicketTablePane> pane;
    widgets::ViewList list;
    std::unique_ptr<client::SavedViews> views;
    std::unique_ptr<widgets::SavedViewController> controller;
};

} // namespace

// Saved views from the table to the server and into the agent's other workstation: saved in
// one session, listed and applied in a second session of the same agent, renamed and deleted
// from the list's menu, kept locally while the server cannot be reached and sent afterwards,
// also after the workstation was closed and started again.
class TestSavedViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void savedInOneSessionAppliesInAnother();
    void renameAndDeleteFromTheMenu();
    void quickChangesArriveInOrder();
    void offlineSaveIsSentLater();
    void offlineChangesSurviveARestart();
    void changesThatArrivedAreNotSentAgain();

private:
    std::unique_ptr<Workstation> workstation(const QString &login, const QUrl &base = {},
                                             const QString &replicaPath = {});
    QUrl nowhere();
    QJsonObject serverViews(const QString &login);

    ApiFixture f;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    int m_replicas = 0;
};

void TestSavedViews::initTestCase()
{
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Workstation> TestSavedViews::workstation(const QString &login, const QUrl &base,
                                                         const QString &replicaPath)
{
    const QString path =
        replicaPath.isEmpty() ? m_dir.filePath(u"replica-%1.db"_qs.arg(++m_replicas)) : replicaPath;
    return std::make_unique<Workstation>(&m_network, base.isEmpty() ? f.server.baseUrl() : base,
                                         f.client(login)->token(), path);
}

void TestSavedViews::savedInOneSessionAppliesInAnother()
{
    const auto first = workstation(u"agent"_qs);
    QVERIFY(first->refreshed());
    client::TicketFilter filter = first->model->filter();
    filter.text = u"VPN"_qs;
    filter.statuses = 1u << int(core::TicketStatus::Open);
    filter.queueIds = {f.supportQueueId};
    first->pane->filterEdit()->setText(filter.text);
    first->pane->setColumnFilter(filter);
    first->pane->table()->horizontalHeader()->moveSection(1, 4);
    first->pane->table()->horizontalHeader()->hideSection(int(client::TicketColumn::Category));
    const QList<client::TicketSortKey> sort{{client::TicketColumn::Priority, Qt::DescendingOrder},
                                            {client::TicketColumn::Number, Qt::AscendingOrder}};
    first->model->setSortKeys(sort);

    QSignalSpy saved(first->views.get(), &client::SavedViews::saved);
    const QString id = first->controller->saveCurrent(u"  VPN в поддержке "_qs);
    QVERIFY(!id.isEmpty());
    QCOMPARE(first->list.savedViewIds(), QStringList{id});
    QVERIFY(saved.wait(10000));
    QCOMPARE(first->views->items().at(0).name, u"VPN в поддержке"_qs);
    QVERIFY(!first->views->items().at(0).unsaved);

    const auto second = workstation(u"agent"_qs);
    QVERIFY(second->refreshed());
    QCOMPARE(second->list.savedViewIds(), QStringList{id});
    QCOMPARE(second->list.savedViewItem(id)->text(0), u"VPN в поддержке"_qs);
    QVERIFY(second->model->filter() != first->model->filter());
    QSignalSpy chosen(&second->list, &widgets::ViewList::savedViewChosen);
    second->list.selectSavedView(id);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(second->list.currentSavedView(), id);
    QCOMPARE(second->model->filter(), first->model->filter());
    QCOMPARE(second->model->sortKeys(), sort);
    QCOMPARE(second->pane->filterEdit()->text(), u"VPN"_qs);
    const QHeaderView *header = second->pane->table()->horizontalHeader();
    QVERIFY(header->isSectionHidden(int(client::TicketColumn::Category)));
    QCOMPARE(header->visualIndex(1), 4);

    // Another agent sees none of it.
    const auto other = workstation(u"dev"_qs);
    QVERIFY(other->refreshed());
    QVERIFY(other->list.savedViewIds().isEmpty());
}

void TestSavedViews::renameAndDeleteFromTheMenu()
{
    const auto first = workstation(u"boss"_qs);
    QVERIFY(first->refreshed());
    QSignalSpy saved(first->views.get(), &client::SavedViews::saved);
    const QString id = first->controller->saveCurrent(u"Old name"_qs);
    QVERIFY(saved.wait(10000));
    QMenu menu;
    first->list.fillSavedViewMenu(menu, id);
    QCOMPARE(menu.actions().size(), 2);
    first->controller->rename(id, u"New name"_qs);
    QVERIFY(saved.wait(10000));

    const auto second = workstation(u"boss"_qs);
    QVERIFY(second->refreshed());
    QCOMPARE(second->views->find(id)->name, u"New name"_qs);

    // Delete from the second workstation; the first hears of it on its next refresh.
    QSignalSpy failed(second->views.get(), &client::SavedViews::failed);
    emit second->list.deleteRequested(id);
    QVERIFY(second->list.savedViewIds().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!second->views->hasPending(), 10000);
    QCOMPARE(failed.count(), 0);
    QVERIFY(first->refreshed());
    QVERIFY(first->list.savedViewIds().isEmpty());
}

void TestSavedViews::quickChangesArriveInOrder()
{
    const auto first = workstation(u"dev"_qs);
    QVERIFY(first->refreshed());
    // Each change is made before the server answered the one before.
    const QString renamed = first->controller->saveCurrent(u"A"_qs);
    first->controller->rename(renamed, u"B"_qs);
    first->controller->rename(renamed, u"C"_qs);
    const QString removed = first->controller->saveCurrent(u"Gone"_qs);
    first->controller->remove(removed);
    QTRY_VERIFY_WITH_TIMEOUT(!first->views->hasPending(), 10000);
    QCOMPARE(first->views->find(renamed)->name, u"C"_qs);

    const auto second = workstation(u"dev"_qs);
    QVERIFY(second->refreshed());
    QCOMPARE(second->list.savedViewIds(), QStringList{renamed});
    QCOMPARE(second->views->find(renamed)->name, u"C"_qs);
    first->controller->remove(renamed);
    QTRY_VERIFY_WITH_TIMEOUT(!first->views->hasPending(), 10000);
}

void TestSavedViews::offlineSaveIsSentLater()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    QUrl nowhere = f.server.baseUrl();
    nowhere.setPort(probe.serverPort());
    probe.close();
    const auto offline = workstation(u"agent"_qs, nowhere);
    QSignalSpy failed(offline->views.get(), &client::SavedViews::failed);
    QSignalSpy controllerMessage(offline->controller.get(), &widgets::SavedViewController::message);
    const QString id = offline->controller->saveCurrent(u"Made offline"_qs);
    QVERIFY(failed.wait(10000));
    QVERIFY(offline->views->hasPending());
    QVERIFY(offline->views->find(id)->unsaved);
    QCOMPARE(offline->list.savedViewItem(id)->text(1), tr("not saved"));
    QCOMPARE(controllerMessage.count(), 1);

    // The connection is back: what was kept goes out.
    offline->api.setBaseUrl(f.server.baseUrl());
    QSignalSpy saved(offline->views.get(), &client::SavedViews::saved);
    offline->views->retryPending();
    QVERIFY(saved.wait(10000));
    QVERIFY(!offline->views->hasPending());
    QVERIFY(offline->list.savedViewItem(id)->text(1).isEmpty());
    const auto elsewhere = workstation(u"agent"_qs);
    QVERIFY(elsewhere->refreshed());
    QVERIFY(elsewhere->list.savedViewIds().contains(id));
}

// A port where nothing listens.
QUrl TestSavedViews::nowhere()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return {};
    QUrl url = f.server.baseUrl();
    url.setPort(probe.serverPort());
    return url;
}

// id -> view, as the server lists them for `login`.
QJsonObject TestSavedViews::serverViews(const QString &login)
{
    QJsonObject byId;
    const QJsonArray items =
        f.client(login)->get(u"/api/v1/views"_qs).json.value(u"items").toArray();
    for (const QJsonValue &item : items)
        byId.insert(item.toObject().value(u"id").toString(), item);
    return byId;
}

void TestSavedViews::offlineChangesSurviveARestart()
{
    const QString replicaPath = m_dir.filePath(u"replica-restarted.db"_qs);
    QString renamed;
    QString removed;
    QString made;
    {
        const auto first = workstation(u"admin"_qs, {}, replicaPath);
        QVERIFY(first->refreshed());
        renamed = first->controller->saveCurrent(u"Renamed while offline"_qs);
        removed = first->controller->saveCurrent(u"Removed while offline"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(!first->views->hasPending(), 10000);

        // The connection goes; the agent goes on working, then quits.
        first->api.setBaseUrl(nowhere());
        QSignalSpy failed(first->views.get(), &client::SavedViews::failed);
        first->controller->rename(renamed, u"Renamed offline"_qs);
        first->controller->remove(removed);
        made = first->controller->saveCurrent(u"Made offline"_qs);
        first->controller->rename(made, u"Made offline, then renamed"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 3, 10000);
        QVERIFY(first->views->hasPending());
    }
    QJsonObject onServer = serverViews(u"admin"_qs);
    QCOMPARE(onServer.value(renamed).toObject().value(u"name").toString(),
             u"Renamed while offline"_qs);
    QVERIFY(onServer.contains(removed));
    QVERIFY(!onServer.contains(made));

    // The next start shows the changes before the server answers, then sends them.
    const auto second = workstation(u"admin"_qs, {}, replicaPath);
    QVERIFY(second->views->hasPending());
    QCOMPARE(second->views->find(made)->name, u"Made offline, then renamed"_qs);
    QVERIFY(second->views->find(made)->unsaved);
    QCOMPARE(second->views->find(renamed)->name, u"Renamed offline"_qs);
    QVERIFY(!second->views->find(removed));
    QVERIFY(second->refreshed());
    QTRY_VERIFY_WITH_TIMEOUT(!second->views->hasPending(), 10000);
    onServer = serverViews(u"admin"_qs);
    QCOMPARE(onServer.value(renamed).toObject().value(u"name").toString(), u"Renamed offline"_qs);
    QCOMPARE(onServer.value(made).toObject().value(u"name").toString(),
             u"Made offline, then renamed"_qs);
    QVERIFY(!onServer.contains(removed));
    QCOMPARE(second->list.savedViewIds().size(), 2);

    // Sent once: a third start has nothing left to send.
    second.get()->views.reset();
    client::PendingSavedViews kept(second->replica->database());
    QVERIFY(kept.all());
    QVERIFY(kept.all()->isEmpty());
}

// A change the server got while the workstation never heard back (it quit, or the answer was
// lost) is still kept; the server's list shows it arrived, so it is not sent a second time.
void TestSavedViews::changesThatArrivedAreNotSentAgain()
{
    const QString replicaPath = m_dir.filePath(u"replica-arrived.db"_qs);
    const QString arrived = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString gone = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject definition{{u"filter"_qs, QJsonObject{{u"text"_qs, u"VPN"_qs}}}};
    auto boss = f.client(u"boss"_qs);
    const ApiReply put = boss->send("PUT", u"/api/v1/views/"_qs + arrived,
                                    QJsonDocument(QJsonObject{{u"name"_qs, u"Arrived"_qs},
                                                              {u"definition"_qs, definition},
                                                              {u"position"_qs, 3}})
                                        .toJson());
    QCOMPARE(put.status, 200);
    {
        auto replica = std::move(client::Replica::open(replicaPath)).value();
        client::PendingSavedViews kept(replica->database());
        client::SavedView view;
        view.id = arrived;
        view.name = u"Arrived"_qs;
        view.definition = definition;
        view.position = 3;
        QVERIFY(kept.keepSave(view));
        QVERIFY(kept.keepRemoval(gone));
    }
    // The request log names the route, not the view: count the boss's writes to any view.
    const QString user = u" user=%1 "_qs.arg(f.user(u"boss"_qs).id);
    const auto writes = [&] {
        int count = 0;
        const QStringList lines = f.server.log().split(u'\n');
        for (const QString &line : lines)
            count += (line.contains(u"PUT /api/v1/views/{id} "_qs) ||
                      line.contains(u"DELETE /api/v1/views/{id} "_qs)) &&
                             line.contains(user)
                         ? 1
                         : 0;
        return count;
    };
    QTRY_VERIFY(writes() > 0);
    QTest::qWait(200);
    const int writesBefore = writes();
    const QString updatedAt =
        serverViews(u"boss"_qs).value(arrived).toObject().value(u"updated_at").toString();
    QVERIFY(!updatedAt.isEmpty());

    const auto restarted = workstation(u"boss"_qs, {}, replicaPath);
    QVERIFY(restarted->views->hasPending());
    QVERIFY(restarted->refreshed());
    QVERIFY(!restarted->views->hasPending());
    QVERIFY(!restarted->views->find(arrived)->unsaved);
    QVERIFY(!restarted->views->find(gone));
    // Nothing went out for either: no PUT again, no DELETE of what is not there.
    QTest::qWait(300);
    QCOMPARE(writes(), writesBefore);
    QCOMPARE(serverViews(u"boss"_qs).value(arrived).toObject().value(u"updated_at").toString(),
             updatedAt);
    client::PendingSavedViews kept(restarted->replica->database());
    QVERIFY(kept.all()->isEmpty());
    QCOMPARE(boss->send("DELETE", u"/api/v1/views/"_qs + arrived).status, 204);
}

QTEST_MAIN(TestSavedViews)
#include "testsavedviews.moc"
