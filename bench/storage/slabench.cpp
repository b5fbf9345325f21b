#include "slabench.h"

#include "core/businesscalendar.h"
#include "core/slaclock.h"
#include "figure.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>

namespace sd::bench {

namespace {

sd::core::SlaClock loadClock(const QString &name)
{
    QFile file(QStringLiteral(":/calendars/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing calendar resource %s", qPrintable(name));
    QString error;
    const auto calendar = sd::core::BusinessCalendar::fromJson(file.readAll(), &error);
    if (!calendar)
        qFatal("%s: %s", qPrintable(name), qPrintable(error));
    return sd::core::SlaClock(*calendar);
}

} // namespace

void runSlaBench(bool quick)
{
    const QList<sd::core::SlaClock> clocks{loadClock(QStringLiteral("moscow-08-17.json")),
                                           loadClock(QStringLiteral("vetmanager-09-20-duty.json")),
                                           loadClock(QStringLiteral("within-one-day.json"))};
    // Starts spread over 2026-2027 at odd minutes; targets are the seeds' 8 hours, a day and
    // 3 working days.
    const qint64 base =
        QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    QList<qint64> starts;
    for (int i = 0; i < 4096; ++i)
        starts.append(base + qint64(i) * 7919 * 60 * 1000 % (2LL * 365 * 24 * 3600 * 1000));
    const qint64 minutes[] = {480, 1440, 3 * 9 * 60};
    for (const auto &clock : clocks) // warm: the timeline is built on first use
        clock.dueMSecs(base, 480);

    const int rounds = quick ? 200'000 : 2'000'000;
    qint64 checksum = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < rounds; ++i) {
        const auto due = clocks[i % 3].dueMSecs(starts[i % 4096], minutes[i % 3], i % 7 == 0);
        checksum += due.value_or(0) & 1;
    }
    printFigure(QStringLiteral("sla.due_msecs.rate"), rounds / (timer.nsecsElapsed() / 1e9),
                QStringLiteral("per_s"));

    QList<QDateTime> startTimes;
    for (qint64 s : starts)
        startTimes.append(QDateTime::fromMSecsSinceEpoch(s, QTimeZone::utc()));
    const int slowRounds = rounds / 4;
    timer.restart();
    for (int i = 0; i < slowRounds; ++i) {
        const QDateTime due = clocks[i % 3].due(startTimes[i % 4096], minutes[i % 3], i % 7 == 0);
        checksum += due.isValid();
    }
    printFigure(QStringLiteral("sla.due.rate"), slowRounds / (timer.nsecsElapsed() / 1e9),
                QStringLiteral("per_s"));
    if (checksum == 0)
        qFatal("no due computed");
}

} // namespace sd::bench
