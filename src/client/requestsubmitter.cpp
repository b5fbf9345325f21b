#include "requestsubmitter.h"

#include "clientsession.h"
#include "outbox.h"
#include "outboxentry.h"
#include "outboxsender.h"
#include "syncengine.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTimer>

namespace sd::client {

namespace {

Q_LOGGING_CATEGORY(lcSubmit, "sd.client.submit")

} // namespace

RequestSubmitter::RequestSubmitter(ClientSession &session, QObject *parent)
    : QObject(parent), m_session(session)
{
    load();
    OutboxSender *sender = &session.sender();
    connect(sender, &OutboxSender::acknowledged, this, &RequestSubmitter::acknowledged);
    connect(sender, &OutboxSender::refused, this, &RequestSubmitter::senderRefused);
    connect(sender, &OutboxSender::stateChanged, this, [this](OutboxSender::State state) {
        if (state == OutboxSender::State::Waiting)
            reportQueued();
    });
}

storage::Result<qint64> RequestSubmitter::submit(const QJsonObject &request,
                                                 const QStringList &files)
{
    auto entry = m_session.outbox().createTicket(request, files);
    if (!entry)
        return entry.error();
    m_followed.insert(entry->id, Followed{entry->uuid, false});
    save();
    qCInfo(lcSubmit) << "request queued as outbox entry" << entry->id;
    m_session.sendQueued();
    // Waiting for a retry or not even started: it will not go out right now. Reported from
    // the event loop, so the caller knows the entry's id before the report arrives.
    const OutboxSender::State sending = m_session.sender().state();
    const SyncEngine::State sync = m_session.sync().state();
    if (sending == OutboxSender::State::Waiting || sending == OutboxSender::State::Stopped ||
        sync == SyncEngine::State::Offline)
        QTimer::singleShot(0, this, &RequestSubmitter::reportQueued);
    return entry->id;
}

void RequestSubmitter::resume()
{
    auto entries = m_session.outbox().entries();
    if (!entries) {
        qCWarning(lcSubmit) << "outbox unreadable:" << entries.error().message;
        return;
    }
    QHash<qint64, Followed> stillThere;
    for (const OutboxEntry &entry : entries.value()) {
        if (!follows(entry))
            continue;
        if (entry.state == OutboxEntry::State::Failed) {
            senderRefused(entry, entry.lastError, QString());
            continue;
        }
        stillThere.insert(entry.id, m_followed.value(entry.id));
    }
    // An entry gone from the outbox was acknowledged while nobody listened (a crash right
    // after the answer); the ticket is in "My requests" all the same. Those still waiting are
    // reported as queued once the sender finds the server away.
    m_followed = stillThere;
    save();
}

void RequestSubmitter::acknowledged(const OutboxEntry &entry, const QJsonObject &answer)
{
    if (!follows(entry))
        return;
    forget(entry.id);
    const QString number = answer.value(QStringLiteral("number")).toString();
    qCInfo(lcSubmit) << "request" << entry.id << "accepted as" << number;
    emit submitted(entry.id, number, answer.value(QStringLiteral("id")).toInteger());
}

void RequestSubmitter::senderRefused(const OutboxEntry &entry, const QString &message,
                                     const QString &field)
{
    if (!follows(entry))
        return;
    forget(entry.id);
    // The customer corrects the form and sends again as a new request; the refused one would
    // only show as a phantom pending ticket.
    m_returned.append({entry.id, entry.payload, field, message});
    save();
    if (auto dropped = m_session.outbox().discard(entry.id); !dropped)
        qCWarning(lcSubmit) << "cannot drop the refused request:" << dropped.error().message;
    emit refused(entry.id, field, message);
}

std::optional<RequestSubmitter::Returned> RequestSubmitter::takeReturned(qint64 entryId)
{
    for (qsizetype i = 0; i < m_returned.size(); ++i) {
        if (entryId != 0 && m_returned.at(i).entryId != entryId)
            continue;
        Returned taken = m_returned.takeAt(i);
        save();
        return taken;
    }
    return std::nullopt;
}

void RequestSubmitter::reportQueued()
{
    for (auto it = m_followed.begin(); it != m_followed.end(); ++it) {
        if (it->queuedReported)
            continue;
        it->queuedReported = true;
        emit queued(it.key());
    }
}

bool RequestSubmitter::follows(const OutboxEntry &entry) const
{
    const auto it = m_followed.constFind(entry.id);
    return it != m_followed.constEnd() && it->uuid == entry.uuid;
}

void RequestSubmitter::forget(qint64 entryId)
{
    m_followed.remove(entryId);
    save();
}

QString RequestSubmitter::followFile() const
{
    return QDir(m_session.directory()).filePath(FollowFileName);
}

void RequestSubmitter::load()
{
    QFile file(followFile());
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject stored = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &item : stored.value(QStringLiteral("followed")).toArray()) {
        const QJsonObject object = item.toObject();
        m_followed.insert(object.value(QStringLiteral("entry_id")).toInteger(),
                          Followed{object.value(QStringLiteral("uuid")).toString().toLatin1()});
    }
    for (const QJsonValue &item : stored.value(QStringLiteral("returned")).toArray()) {
        const QJsonObject object = item.toObject();
        m_returned.append({object.value(QStringLiteral("entry_id")).toInteger(),
                           object.value(QStringLiteral("request")).toObject(),
                           object.value(QStringLiteral("field")).toString(),
                           object.value(QStringLiteral("message")).toString()});
    }
}

void RequestSubmitter::save() const
{
    QJsonArray followed;
    for (auto it = m_followed.constBegin(); it != m_followed.constEnd(); ++it)
        followed.append(QJsonObject{{QStringLiteral("entry_id"), it.key()},
                                    {QStringLiteral("uuid"), QString::fromLatin1(it->uuid)}});
    QJsonArray returned;
    for (const Returned &r : m_returned)
        returned.append(QJsonObject{{QStringLiteral("entry_id"), r.entryId},
                                    {QStringLiteral("request"), r.request},
                                    {QStringLiteral("field"), r.field},
                                    {QStringLiteral("message"), r.message}});
    const QJsonObject stored{{QStringLiteral("followed"), followed},
                             {QStringLiteral("returned"), returned}};
    QSaveFile file(followFile());
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(stored).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        qCWarning(lcSubmit) << "cannot remember the requests being sent in" << followFile();
}

} // namespace sd::client
