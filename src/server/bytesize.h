#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace sd::server {

// Sizes as admins write them in the config file and on the command line: "300KB", "10 MB",
// "10MiB", "1048576". KB/MB/GB are decimal (1000) and KiB/MiB/GiB binary (1024), as the SI
// and IEC define them, so "300KB" from seed 004 means exactly 300,000 bytes.
class ByteSize final
{
public:
    // nullopt for anything but a whole non-negative number with an optional known unit, and
    // for sizes that do not fit in 64 bits.
    static std::optional<qint64> parse(QStringView text);
    // The largest unit that divides the size exactly ("10MiB", "300KB", "1234"), so that
    // parse(format(n)) == n.
    static QString format(qint64 bytes);
};

} // namespace sd::server
