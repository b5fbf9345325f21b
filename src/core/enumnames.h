#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <array>
#include <optional>
#include <utility>

namespace sd::core {

// The wire/database spelling of each value of a domain enum lives in one table per enum
// (EnumTraits<E>::names), so JSON, the database and the CLI can never disagree.
template <typename Enum> struct EnumTraits;

template <typename Enum, std::size_t N>
using EnumNames = std::array<std::pair<Enum, const char16_t *>, N>;

template <typename Enum> QString toString(Enum value)
{
    for (const auto &[v, name] : EnumTraits<Enum>::names)
        if (v == value)
            return QString::fromUtf16(name);
    return {};
}

template <typename Enum> std::optional<Enum> fromString(QStringView text)
{
    for (const auto &[v, name] : EnumTraits<Enum>::names)
        if (text == QStringView(name))
            return v;
    return std::nullopt;
}

// Every spelling, in declaration order: for help texts, combo boxes and validation messages.
template <typename Enum> QStringList allNames()
{
    QStringList out;
    for (const auto &entry : EnumTraits<Enum>::names)
        out.append(QString::fromUtf16(entry.second));
    return out;
}

} // namespace sd::core
