#include "stringarena.h"

#include <algorithm>

namespace sd::client {

StringArena::Index StringArena::append(QByteArrayView utf8)
{
    m_slots.push_back({m_bytes.size(), std::uint32_t(utf8.size())});
    m_bytes.append(utf8);
    m_bytes.append('\0');
    m_live += utf8.size() + 1;
    return Index(m_slots.size() - 1);
}

void StringArena::replace(Index index, QByteArrayView utf8)
{
    Slot &slot = m_slots[index];
    if (view(index) == utf8)
        return;
    m_live += utf8.size() - qsizetype(slot.size);
    if (utf8.size() <= qsizetype(slot.size)) {
        char *at = m_bytes.data() + slot.offset;
        std::copy(utf8.begin(), utf8.end(), at);
        at[utf8.size()] = '\0';
    } else {
        if (index + 1 < m_slots.size())
            m_inOrder = false;
        slot.offset = m_bytes.size();
        m_bytes.append(utf8);
        m_bytes.append('\0');
    }
    slot.size = std::uint32_t(utf8.size());
}

void StringArena::compactIfWasteful()
{
    if (m_bytes.size() >= 2 * m_live + 4096)
        compact();
}

void StringArena::compact()
{
    QByteArray compact;
    compact.reserve(m_live);
    for (Slot &slot : m_slots) {
        const qsizetype offset = compact.size();
        compact.append(m_bytes.constData() + slot.offset, slot.size);
        compact.append('\0');
        slot.offset = offset;
    }
    m_bytes = std::move(compact);
    m_inOrder = true;
}

void StringArena::reserve(std::size_t strings, qsizetype bytes)
{
    m_slots.reserve(strings);
    m_bytes.reserve(bytes);
}

} // namespace sd::client
