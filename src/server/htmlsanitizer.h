#pragma once

#include "cssstylefilter.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

struct GumboInternalNode;

namespace sd::server {

// A message body reduced to the safe subset, with its plain text beside it.
struct SanitizedHtml
{
    QString html;
    QString text;
    bool changed = false; // something was removed
    QStringList removed;  // what, in words for logs: "script", "onclick", "remote image"
};

// Reduces HTML from editors, customers and mail to an allow-listed subset that renders as
// the sender wrote it but cannot run anything, fetch anything or hide text: no scripts or
// event handlers, links only to http, https and mailto, images only from the message's own
// attachments or inline data, a few harmless CSS properties. The output is serialised from
// the parsed tree, so what the client parses is exactly what was checked, and sanitizing it
// again changes nothing.
class HtmlSanitizer final
{
public:
    struct Options
    {
        QSet<qint64> allowedAttachmentIds; // images may point at these only
    };

    static SanitizedHtml sanitize(const QString &html, const Options &options = {});
    // Paragraphs, line breaks and list items become newlines.
    static QString plainText(const QString &html);
    // Escaped paragraphs and line breaks, so plain-text messages have HTML too.
    static QString fromPlainText(const QString &text);

private:
    explicit HtmlSanitizer(const Options &options) : m_options(options) {}
    Q_DISABLE_COPY_MOVE(HtmlSanitizer)
    static std::optional<SanitizedHtml> sanitizeToFixpoint(const QString &html,
                                                           const Options &options);
    void visit(const GumboInternalNode *node, const CssStyleFilter::Colors &colors);
    void visitChildren(const GumboInternalNode *node, const CssStyleFilter::Colors &colors);
    void visitElement(const GumboInternalNode *node, const CssStyleFilter::Colors &colors);
    bool appendAttributes(const GumboInternalNode *node, CssStyleFilter::Colors &colors);
    std::optional<QString> attributeValue(QLatin1StringView name, const QString &value);
    std::optional<QString> imageSource(const QString &value);
    void reportAttributes(const GumboInternalNode *node, bool keptElement);
    void remove(const QString &what);

    const Options &m_options;
    QString m_html;
    QStringList m_removed;
};

} // namespace sd::server
