#include "nametable.h"

#include "textfold.h"

#include <QCollator>

#include <algorithm>
#include <numeric>

namespace sd::client {

NameTable::NameTable()
{
    m_entries.push_back({});
}

NameTable::Index NameTable::intern(QByteArrayView key, QByteArrayView display)
{
    // A view of the caller's bytes: no copy unless the name is new.
    const auto found = m_byKey.constFind(QByteArray::fromRawData(key.data(), key.size()));
    if (found != m_byKey.cend()) {
        rename(found.value(), display);
        return found.value();
    }
    const Index index = add(display);
    m_byKey.insert(key.toByteArray(), index);
    return index;
}

NameTable::Index NameTable::internId(qint64 id, QByteArrayView display)
{
    const auto found = m_byId.constFind(id);
    if (found != m_byId.cend()) {
        rename(found.value(), display);
        return found.value();
    }
    const Index index = add(display);
    m_byId.insert(id, index);
    return index;
}

NameTable::Index NameTable::add(QByteArrayView display)
{
    const Index index = Index(m_entries.size());
    Entry entry;
    if (!display.isNull()) {
        entry.utf8 = display.toByteArray();
        entry.display = QString::fromUtf8(display);
        TextFold::appendFolded(entry.folded, display);
    }
    m_entries.push_back(std::move(entry));
    m_ranksValid = false;
    return index;
}

void NameTable::rename(Index index, QByteArrayView display)
{
    Entry &entry = m_entries[index];
    if (display.isNull() || entry.utf8 == display)
        return;
    entry.utf8 = display.toByteArray();
    entry.display = QString::fromUtf8(display);
    entry.folded.clear();
    TextFold::appendFolded(entry.folded, display);
    m_ranksValid = false;
}

QList<std::pair<qint64, QString>> NameTable::byId() const
{
    QList<std::pair<qint64, QString>> out;
    for (auto it = m_byId.cbegin(); it != m_byId.cend(); ++it)
        out.append({it.key(), m_entries[it.value()].display});
    const std::vector<std::uint32_t> &rank = ranks();
    std::sort(out.begin(), out.end(), [&](const auto &a, const auto &b) {
        return rank[m_byId.value(a.first)] < rank[m_byId.value(b.first)];
    });
    return out;
}

const std::vector<std::uint32_t> &NameTable::ranks() const
{
    if (m_ranksValid)
        return m_ranks;
    std::vector<Index> order(m_entries.size());
    std::iota(order.begin(), order.end(), Index(0));
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    // Empty names sort first, then by the collation of the user's locale.
    std::stable_sort(order.begin(), order.end(), [&](Index a, Index b) {
        const QString &left = m_entries[a].display;
        const QString &right = m_entries[b].display;
        if (left.isEmpty() != right.isEmpty())
            return left.isEmpty();
        return collator.compare(left, right) < 0;
    });
    m_ranks.assign(m_entries.size(), 0);
    for (std::uint32_t rank = 0; rank < order.size(); ++rank)
        m_ranks[order[rank]] = rank;
    m_ranksValid = true;
    return m_ranks;
}

} // namespace sd::client
