#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>

namespace sd::widgets {

// The ticket header's SLA line from the server's per-target SLA (`sla.targets`: first
// response, next response, resolution): a countdown for running targets ("at risk" once the
// warning instant has passed), the pause reason and the business minutes used while paused,
// when a met target was met and whether late.
class SlaTargetText final
{
    Q_DECLARE_TR_FUNCTIONS(SlaTargetText)

public:
    // `now` in seconds since the epoch; targets without anything to say are left out.
    static QString describe(const QJsonArray &targets, qint64 now);
};

} // namespace sd::widgets
