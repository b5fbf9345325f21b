#include "requestthreadhtml.h"

#include "ticketvalues.h"

#include <QLocale>

namespace sd::widgets {

namespace {

QString attachmentsHtml(const QJsonObject &message)
{
    QString files;
    for (const QJsonValue &value : message.value(u"attachments").toArray()) {
        const QJsonObject file = value.toObject();
        const QString name = file.value(u"name").toString().toHtmlEscaped();
        const qint64 id = file.value(u"id").toInteger();
        // A file still waiting to be uploaded has no id yet: nothing to open on the server.
        const QString shown =
            id > 0 ? QStringLiteral("<a href='attachment:%1'>%2</a>").arg(id).arg(name) : name;
        QString size;
        if (const qint64 bytes = file.value(u"size").toInteger(); bytes > 0)
            size = QStringLiteral(" <span style='color:#6b6b6b'>(%1)</span>")
                       .arg(QLocale().formattedDataSize(bytes));
        files += QStringLiteral("<br>📎 ") + shown + size;
    }
    return files;
}

QString messageHtml(const QJsonObject &message, qint64 customerId)
{
    const bool fromCustomer = message.value(u"kind").toString() == u"customer";
    const QJsonObject author = message.value(u"author").toObject();
    QString who = author.value(u"name").toString();
    if (fromCustomer && author.value(u"id").toInteger() == customerId)
        who = RequestThreadHtml::tr("You");
    else if (!fromCustomer)
        who = RequestThreadHtml::tr("%1, support team").arg(who);
    QString when = TicketValues::when(TicketValues::wireSeconds(message.value(u"created_at")));
    if (message.value(u"pending").toBool())
        when = RequestThreadHtml::tr("waiting to be sent");
    QString body = message.value(u"body_html").toString();
    if (body.isEmpty())
        body = message.value(u"body_text")
                   .toString()
                   .toHtmlEscaped()
                   .replace(u'\n', QStringLiteral("<br>"));
    // The customer side in blue, the team's on white with a green edge: who said what is clear
    // at a glance.
    const char *background = fromCustomer ? "#eaf2fb" : "#ffffff";
    const char *border = fromCustomer ? "#3584e4" : "#2ec27e";
    return QStringLiteral("<table width='100%' cellspacing='0' cellpadding='8' "
                          "style='margin-bottom:8px; background:%1; border-left:4px solid %2'>"
                          "<tr><td><b>%3</b> <span style='color:#6b6b6b'>%4</span>"
                          "<br>%5%6</td></tr></table>")
        .arg(QLatin1StringView(background), QLatin1StringView(border), who.toHtmlEscaped(),
             when.toHtmlEscaped(), body, attachmentsHtml(message));
}

} // namespace

bool RequestThreadHtml::isShownToCustomer(const QJsonObject &message)
{
    const QString kind = message.value(u"kind").toString();
    return kind == u"customer" || kind == u"reply";
}

QString RequestThreadHtml::conversation(const QJsonArray &messages, qint64 customerId)
{
    QString html;
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        if (isShownToCustomer(message))
            html += messageHtml(message, customerId);
    }
    return html;
}

QJsonObject RequestThreadHtml::attachment(const QJsonArray &messages, qint64 id)
{
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        if (!isShownToCustomer(message))
            continue;
        for (const QJsonValue &file : message.value(u"attachments").toArray())
            if (file.toObject().value(u"id").toInteger() == id)
                return file.toObject();
    }
    return {};
}

} // namespace sd::widgets
