#pragma once

#include <QHash>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

namespace sd::core {

// Fills {{name}} placeholders in canned responses ("Здравствуйте, {{customer.name}}!"). Blanks
// inside the braces are allowed ("{{ customer.name }}"); names are letters, digits, '_', '.'
// and '-', matched exactly. A placeholder without a value, or with an empty one, stays as it
// was written and is reported, so the agent sees what is left to fill in by hand instead of a
// reply that silently says "Здравствуйте, !".
class Placeholders final
{
public:
    enum class Format {
        PlainText,
        Html, // values are HTML-escaped, so a name like "Smith & <Sons>" cannot add markup
    };

    struct Result
    {
        QString text;
        QStringList missing; // names left unfilled, each once, in order of appearance
    };

    // The names the workstation fills from the ticket it shows.
    static constexpr QLatin1StringView TicketNumber{"ticket.number"};
    static constexpr QLatin1StringView CustomerName{"customer.name"};
    static constexpr QLatin1StringView AgentName{"agent.name"};

    static Result render(const QString &text, const QHash<QString, QString> &values,
                         Format format = Format::PlainText);
};

} // namespace sd::core
