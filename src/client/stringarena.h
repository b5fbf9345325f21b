#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <vector>

namespace sd::client {

// Many short UTF-8 strings in one buffer, addressed by index: a million ticket subjects cost
// their bytes plus sixteen bytes each, instead of a QString's header, allocation and UTF-16
// copy. Each string is followed by a zero byte, so one byte search over the whole buffer
// (see buffer()) never finds a match spanning two strings. A replacement that does not fit
// in place goes to the end; the old bytes stay until compaction.
class StringArena final
{
public:
    using Index = std::uint32_t;

    Index append(QByteArrayView utf8);
    void replace(Index index, QByteArrayView utf8);
    QByteArrayView view(Index index) const
    {
        const Slot &slot = m_slots[index];
        return QByteArrayView(m_bytes.constData() + slot.offset, slot.size);
    }
    QString string(Index index) const { return QString::fromUtf8(view(index)); }
    std::size_t size() const { return m_slots.size(); }
    // Bytes held, including those of replaced strings.
    qsizetype bytes() const { return m_bytes.size(); }
    // Rewrites the buffer without replaced strings once they waste more than half of it.
    void compactIfWasteful();
    // Rewrites the buffer with the strings in index order and nothing else between them.
    void compact();
    // Whether the strings lie in index order (offsets grow with the index); bytes between them
    // may be left over from shorter replacements.
    bool inIndexOrder() const { return m_inOrder; }
    QByteArrayView buffer() const { return m_bytes; }
    qsizetype offset(Index index) const { return m_slots[index].offset; }
    qsizetype length(Index index) const { return m_slots[index].size; }
    void reserve(std::size_t strings, qsizetype bytes);

private:
    struct Slot
    {
        qsizetype offset;
        std::uint32_t size;
    };

    QByteArray m_bytes;
    std::vector<Slot> m_slots;
    qsizetype m_live = 0;
    bool m_inOrder = true;
};

} // namespace sd::client
