#pragma once

#include "customerkind.h"

#include <QString>
#include <QStringList>

namespace sd::core {

// A customer organisation with its contract: the support level picks the SLA policy and the
// customer kind orders current customers before prospects (seeds 003, 004).
struct Organisation
{
    qint64 id = 0;
    QString name;
    QString accountNumber;
    QString contractNumber;
    QString projectCode;
    CustomerKind kind = CustomerKind::Paying;
    QString supportLevel;        // e.g. "standard", "premium"; names an SLA policy
    QStringList allowedContacts; // emails allowed to open tickets for the organisation
};

} // namespace sd::core
