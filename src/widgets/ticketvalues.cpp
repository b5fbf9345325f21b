#include "ticketvalues.h"

#include <QDateTime>
#include <QLocale>

namespace sd::widgets {

using client::TicketSla;

QString TicketValues::status(core::TicketStatus status)
{
    switch (status) {
    case core::TicketStatus::New:
        return tr("New");
    case core::TicketStatus::Open:
        return tr("Open");
    case core::TicketStatus::PendingCustomer:
        return tr("Pending customer");
    case core::TicketStatus::InDevelopment:
        return tr("In development");
    case core::TicketStatus::Resolved:
        return tr("Resolved");
    case core::TicketStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString TicketValues::priority(core::Priority priority)
{
    switch (priority) {
    case core::Priority::Low:
        return tr("Low");
    case core::Priority::Normal:
        return tr("Normal");
    case core::Priority::High:
        return tr("High");
    case core::Priority::Critical:
        return tr("Critical");
    }
    return {};
}

QString TicketValues::category(core::Category category)
{
    switch (category) {
    case core::Category::Question:
        return tr("Question");
    case core::Category::Incident:
        return tr("Incident");
    case core::Category::FeatureRequest:
        return tr("Feature suggestion");
    case core::Category::Consultation:
        return tr("Consultation");
    }
    return {};
}

QString TicketValues::resolution(core::Resolution resolution)
{
    switch (resolution) {
    case core::Resolution::None:
        return tr("None");
    case core::Resolution::Answered:
        return tr("Answered");
    case core::Resolution::Fixed:
        return tr("Fixed");
    case core::Resolution::CannotReproduce:
        return tr("Cannot reproduce");
    case core::Resolution::InsufficientInformation:
        return tr("Insufficient information");
    case core::Resolution::OutOfScope:
        return tr("Out of scope");
    case core::Resolution::Duplicate:
        return tr("Duplicate");
    case core::Resolution::DeclinedAbusive:
        return tr("Declined: abusive");
    case core::Resolution::FeatureAccepted:
        return tr("Suggestion accepted");
    }
    return {};
}

QString TicketValues::messageKind(const QString &kind)
{
    if (kind == u"customer")
        return tr("Customer");
    if (kind == u"reply")
        return tr("Public reply");
    if (kind == u"note")
        return tr("Internal note");
    if (kind == u"phone_call")
        return tr("Phone call");
    if (kind == u"system")
        return tr("System");
    return kind;
}

QString TicketValues::slaState(TicketSla::State state)
{
    switch (state) {
    case TicketSla::State::None:
        return tr("No SLA");
    case TicketSla::State::Ok:
        return tr("On time");
    case TicketSla::State::AtRisk:
        return tr("At risk");
    case TicketSla::State::Breached:
        return tr("Breached");
    case TicketSla::State::Paused:
        return tr("Paused");
    case TicketSla::State::Met:
        return tr("Met");
    }
    return {};
}

QString TicketValues::countdown(qint64 secondsLeft)
{
    const qint64 minutes = (secondsLeft >= 0 ? secondsLeft : -secondsLeft) / 60;
    QString amount;
    if (minutes >= 48 * 60)
        amount = tr("%n d", nullptr, int(minutes / (24 * 60)));
    else if (minutes >= 60)
        amount = tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    else
        amount = tr("%1 min").arg(minutes);
    return secondsLeft >= 0 ? tr("%1 left").arg(amount) : tr("%1 overdue").arg(amount);
}

QString TicketValues::slaCell(const TicketSla &sla, qint64 now)
{
    switch (sla.state) {
    case TicketSla::State::Ok:
    case TicketSla::State::AtRisk:
    case TicketSla::State::Breached:
        return countdown(sla.due - now);
    case TicketSla::State::None:
        return {};
    case TicketSla::State::Paused:
    case TicketSla::State::Met:
        break;
    }
    return slaState(sla.state);
}

qint64 TicketValues::wireSeconds(const QJsonValue &value)
{
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toSecsSinceEpoch() : 0;
}

QString TicketValues::when(qint64 secondsSinceEpoch)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secondsSinceEpoch),
                              QLocale::ShortFormat);
}

} // namespace sd::widgets
