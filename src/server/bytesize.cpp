#include "bytesize.h"

#include <QRegularExpression>

#include <array>
#include <limits>
#include <utility>

namespace sd::server {

namespace {

// Largest first, binary before decimal, so format() prefers "1MiB" over "1048576".
constexpr std::array<std::pair<const char16_t *, qint64>, 6> Units{{
    {u"GiB", qint64(1) << 30},
    {u"GB", qint64(1'000'000'000)},
    {u"MiB", qint64(1) << 20},
    {u"MB", qint64(1'000'000)},
    {u"KiB", qint64(1) << 10},
    {u"KB", qint64(1'000)},
}};

std::optional<qint64> multiplier(QStringView unit)
{
    if (unit.isEmpty() || unit.compare(u"B", Qt::CaseInsensitive) == 0)
        return 1;
    for (const auto &[name, factor] : Units)
        if (unit.compare(QStringView(name), Qt::CaseInsensitive) == 0)
            return factor;
    return std::nullopt;
}

} // namespace

std::optional<qint64> ByteSize::parse(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+)\\s*([A-Za-z]*)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 number = match.capturedView(1).toLongLong(&ok);
    const std::optional<qint64> factor = multiplier(match.capturedView(2));
    if (!ok || !factor || number > std::numeric_limits<qint64>::max() / *factor)
        return std::nullopt;
    return number * *factor;
}

QString ByteSize::format(qint64 bytes)
{
    for (const auto &[name, factor] : Units)
        if (bytes != 0 && bytes % factor == 0)
            return QString::number(bytes / factor) + QString::fromUtf16(name);
    return QString::number(bytes);
}

} // namespace sd::server
