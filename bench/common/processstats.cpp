#include "processstats.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <unistd.h>

namespace sd::bench {

namespace {

QString procFile(qint64 pid, const char *name)
{
    const QString process = pid == 0 ? QStringLiteral("self") : QString::number(pid);
    return QStringLiteral("/proc/%1/%2").arg(process, QLatin1StringView(name));
}

double statusMegabytes(qint64 pid, const QString &field)
{
    QFile status(procFile(pid, "status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression line(u'^' + field + uR"(:\s+(\d+)\s+kB)",
                                  QRegularExpression::MultilineOption);
    const auto match = line.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : -1;
}

} // namespace

double ProcessStats::residentMegabytes(qint64 pid)
{
    return statusMegabytes(pid, QStringLiteral("VmRSS"));
}

double ProcessStats::peakMegabytes(qint64 pid)
{
    return statusMegabytes(pid, QStringLiteral("VmHWM"));
}

bool ProcessStats::resetPeak(qint64 pid)
{
    QFile clearRefs(procFile(pid, "clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

double ProcessStats::cpuSeconds(qint64 pid)
{
    QFile stat(procFile(pid, "stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // The command name in parentheses may contain spaces: fields are counted after it.
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
    if (fields.size() < 13)
        return -1;
    const double ticks = fields.at(11).toDouble() + fields.at(12).toDouble();
    return ticks / double(::sysconf(_SC_CLK_TCK));
}

} // namespace sd::bench
