#include "savedviews.h"

#include "apicall.h"
#include "apijob.h"
#include "apiresult.h"
#include "serverapi.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QUuid>

#include <algorithm>

namespace sd::client {

namespace {

Q_LOGGING_CATEGORY(lcViews, "sd.client.savedviews")

const QString Path = QStringLiteral("/api/v1/views");

bool sameContent(const SavedView &a, const SavedView &b)
{
    return a.name == b.name && a.definition == b.definition && a.position == b.position;
}

std::optional<SavedView> parseView(const QJsonObject &json)
{
    SavedView view;
    view.id = json.value(QStringLiteral("id")).toString();
    view.name = json.value(QStringLiteral("name")).toString();
    view.definition = json.value(QStringLiteral("definition")).toObject();
    view.position = json.value(QStringLiteral("position")).toInt();
    view.updatedAt = QDateTime::fromString(json.value(QStringLiteral("updated_at")).toString(),
                                           Qt::ISODateWithMs);
    if (view.id.isEmpty() || view.name.isEmpty())
        return std::nullopt;
    return view;
}

} // namespace

SavedViews::SavedViews(ServerApi *api, storage::Database &replica, QObject *parent)
    : QObject(parent), m_api(api), m_pending(replica)
{
    auto kept = m_pending.all();
    if (!kept) {
        qCWarning(lcViews, "changes kept from the last run could not be read: %s",
                  qUtf8Printable(kept.error().message));
        return;
    }
    for (const PendingSavedViews::Change &change : std::as_const(kept.value())) {
        m_revision.insert(change.view.id, ++m_lastRevision);
        if (change.removal)
            m_pendingRemovals.insert(change.view.id);
        else
            m_items.append(change.view);
    }
}

void SavedViews::refresh()
{
    if (m_listJob || !m_api)
        return;
    m_listJob = m_api->send(ApiCall::get(Path));
    connect(m_listJob, &ApiJob::finished, this, &SavedViews::listed);
}

QString SavedViews::save(SavedView view)
{
    if (view.id.isEmpty())
        view.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (indexOf(view.id) < 0 && view.position == 0 && !m_items.isEmpty())
        view.position = std::max_element(m_items.cbegin(), m_items.cend(),
                                         [](const SavedView &a, const SavedView &b) {
                                             return a.position < b.position;
                                         })
                            ->position +
                        1;
    view.unsaved = true;
    putLocal(view);
    m_revision.insert(view.id, ++m_lastRevision);
    m_pendingRemovals.remove(view.id);
    keep(m_pending.keepSave(view));
    emit loaded(m_items);
    send(view.id);
    return view.id;
}

void SavedViews::remove(const QString &id)
{
    if (const qsizetype index = indexOf(id); index >= 0)
        m_items.removeAt(index);
    m_revision.insert(id, ++m_lastRevision);
    m_confirmed.remove(id);
    m_pendingRemovals.insert(id);
    keep(m_pending.keepRemoval(id));
    emit loaded(m_items);
    sendRemoval(id);
}

void SavedViews::retryPending()
{
    QStringList ids(m_pendingRemovals.cbegin(), m_pendingRemovals.cend());
    for (const SavedView &view : std::as_const(m_items))
        if (view.unsaved)
            ids.append(view.id);
    std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        return m_revision.value(a) < m_revision.value(b);
    });
    for (const QString &id : std::as_const(ids)) {
        if (m_inFlight.value(id))
            continue;
        if (m_pendingRemovals.contains(id))
            sendRemoval(id);
        else
            send(id);
    }
}

std::optional<SavedView> SavedViews::find(const QString &id) const
{
    const qsizetype index = indexOf(id);
    return index >= 0 ? std::optional(m_items.at(index)) : std::nullopt;
}

bool SavedViews::hasPending() const
{
    return !m_pendingRemovals.isEmpty() ||
           std::any_of(m_items.cbegin(), m_items.cend(),
                       [](const SavedView &view) { return view.unsaved; });
}

void SavedViews::listed(const ApiResult &result)
{
    m_listJob.clear();
    if (!result.ok()) {
        emit failed(result.userMessage);
        return;
    }
    QList<SavedView> items;
    QSet<QString> onServer;
    m_confirmed.clear();
    const QJsonArray array = result.object().value(QStringLiteral("items")).toArray();
    for (const QJsonValue &value : array) {
        const std::optional<SavedView> view = parseView(value.toObject());
        if (!view)
            continue;
        onServer.insert(view->id);
        m_confirmed.insert(view->id, *view);
        if (!m_pendingRemovals.contains(view->id))
            items.append(*view);
    }
    dropArrived(onServer);
    // What the server has not confirmed yet is newer than what it sent.
    std::swap(items, m_items);
    for (const SavedView &view : std::as_const(items))
        if (view.unsaved)
            putLocal(view);
    emit loaded(m_items);
    retryPending();
}

void SavedViews::dropArrived(const QSet<QString> &onServer)
{
    for (SavedView &view : m_items) {
        const auto confirmed = m_confirmed.constFind(view.id);
        if (view.unsaved && confirmed != m_confirmed.cend() && sameContent(*confirmed, view)) {
            view = *confirmed;
            forgetKept(view.id);
        }
    }
    const QSet<QString> removals = m_pendingRemovals;
    for (const QString &id : removals)
        if (!onServer.contains(id)) {
            m_pendingRemovals.remove(id);
            forgetKept(id);
        }
}

void SavedViews::keep(const storage::Result<void> &kept)
{
    if (!kept)
        emit failed(tr("The change could not be kept on this computer (%1); it is lost if "
                       "SupportDesk closes before the server has it.")
                        .arg(kept.error().message));
}

void SavedViews::forgetKept(const QString &id)
{
    // Left behind, it is found on the server at the next start and dropped then.
    if (const auto forgotten = m_pending.forget(id); !forgotten)
        qCWarning(lcViews, "a confirmed change is still kept: %s",
                  qUtf8Printable(forgotten.error().message));
}

void SavedViews::send(const QString &id)
{
    const std::optional<SavedView> view = find(id);
    if (!view || !m_api || waitForInFlight(id))
        return;
    const QJsonObject body{{QStringLiteral("name"), view->name},
                           {QStringLiteral("definition"), view->definition},
                           {QStringLiteral("position"), view->position}};
    ApiJob *job = m_api->send(ApiCall::put(Path + u'/' + id, body));
    m_inFlight.insert(id, job);
    const int revision = m_revision.value(id);
    connect(job, &ApiJob::finished, this,
            [this, id, revision](const ApiResult &result) { answered(id, revision, result); });
}

bool SavedViews::waitForInFlight(const QString &id)
{
    ApiJob *busy = m_inFlight.value(id);
    if (busy == nullptr)
        return false;
    if (m_waiting.contains(id))
        return true;
    m_waiting.insert(id);
    connect(busy, &ApiJob::finished, this, [this, id] {
        m_waiting.remove(id);
        m_inFlight.remove(id);
        if (m_pendingRemovals.contains(id))
            sendRemoval(id);
        else if (const std::optional<SavedView> view = find(id); view && view->unsaved)
            send(id);
    });
    return true;
}

void SavedViews::sendRemoval(const QString &id)
{
    if (!m_api || waitForInFlight(id))
        return;
    ApiJob *job = m_api->send(ApiCall::deleteResource(Path + u'/' + id));
    m_inFlight.insert(id, job);
    const int revision = m_revision.value(id);
    connect(job, &ApiJob::finished, this, [this, id, revision](const ApiResult &result) {
        if (revision != m_revision.value(id))
            return;
        m_inFlight.remove(id);
        if (result.ok() || !isTransient(result)) {
            m_pendingRemovals.remove(id);
            forgetKept(id);
        }
        if (!result.ok())
            emit failed(result.userMessage);
    });
}

void SavedViews::answered(const QString &id, int revision, const ApiResult &result)
{
    // A newer change of this view is on its way; its answer decides.
    if (revision != m_revision.value(id))
        return;
    m_inFlight.remove(id);
    if (!result.ok()) {
        if (!isTransient(result)) {
            // Refused: back to what the server has; sending it again would not help.
            forgetKept(id);
            if (m_confirmed.contains(id))
                putLocal(m_confirmed.value(id));
            else if (const qsizetype index = indexOf(id); index >= 0)
                m_items.removeAt(index);
            emit loaded(m_items);
        }
        emit failed(result.userMessage);
        return;
    }
    const std::optional<SavedView> view = parseView(result.object());
    if (!view) {
        emit failed(tr("The server sent a saved view that SupportDesk cannot read."));
        return;
    }
    m_confirmed.insert(id, *view);
    putLocal(*view);
    forgetKept(id);
    emit saved(*view);
    emit loaded(m_items);
}

void SavedViews::putLocal(const SavedView &view)
{
    if (const qsizetype index = indexOf(view.id); index >= 0)
        m_items[index] = view;
    else
        m_items.append(view);
}

qsizetype SavedViews::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == id)
            return i;
    return -1;
}

// No answer, or the server could not do it now: worth sending again later.
bool SavedViews::isTransient(const ApiResult &result)
{
    using Failure = ApiResult::Failure;
    return result.failure == Failure::Network || result.failure == Failure::Timeout ||
           (result.failure == Failure::Http && result.httpStatus >= 500);
}

} // namespace sd::client
