#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace sd::client {

// The few thousand distinct names a million tickets share (requesters, organisations, queues,
// agents): each ticket keeps a 32-bit index, the table keeps the name once with its folded
// form for the typed filter and, on demand, its rank in alphabetical order for sorting.
class NameTable final
{
public:
    using Index = std::uint32_t;
    // Index 0 is the empty name, for tickets without one.
    static constexpr Index None = 0;

    NameTable();

    // The entry for `key`, created with `display` (UTF-8) if new. A known key with a different
    // non-null `display` is renamed (a queue renamed on the server); a null `display` keeps
    // the known name (an offline edit knows the queue's id, not its name).
    Index intern(QByteArrayView key, QByteArrayView display);
    // The same, for names known by a server id (queues, agents, organisations).
    Index internId(qint64 id, QByteArrayView display);

    // Server ids and names of the entries made by internId(), in alphabetical order.
    QList<std::pair<qint64, QString>> byId() const;

    const QString &display(Index index) const { return m_entries[index].display; }
    const QByteArray &folded(Index index) const { return m_entries[index].folded; }
    std::size_t size() const { return m_entries.size(); }

    // Alphabetical position (locale-aware) of each entry; recomputed after names change.
    const std::vector<std::uint32_t> &ranks() const;

private:
    struct Entry
    {
        QByteArray utf8;
        QString display;
        QByteArray folded;
    };

    Index add(QByteArrayView display);
    void rename(Index index, QByteArrayView display);

    std::vector<Entry> m_entries;
    QHash<QByteArray, Index> m_byKey;
    QHash<qint64, Index> m_byId;
    mutable std::vector<std::uint32_t> m_ranks;
    mutable bool m_ranksValid = false;
};

} // namespace sd::client
