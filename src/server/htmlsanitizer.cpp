#include "htmlsanitizer.h"

#include "htmltextrenderer.h"
#include "htmltree.h"

#include <QRegularExpression>

#include <gumbo.h>

#include <algorithm>
#include <iterator>

namespace sd::server {

namespace {

using namespace Qt::StringLiterals;

// Unwrapping can leave markup the parser would restructure (an <li> directly in an <li> once
// a <section> between them is gone), so sanitizing repeats until the output parses back to
// itself. Two passes are the rule; input still unsettled after four is treated like input
// beyond the parser's limits.
constexpr int kMaxPasses = 4;

enum class Treatment {
    Keep,
    Unwrap, // unknown or presentational: the element goes, its content stays
    Drop,   // active, embedded or form content: gone with everything inside
    Frame,  // html, head, body: the parser adds them to every input
};

constexpr GumboTag kKeptTags[] = {
    GUMBO_TAG_P,      GUMBO_TAG_BR,  GUMBO_TAG_DIV, GUMBO_TAG_SPAN,       GUMBO_TAG_B,
    GUMBO_TAG_STRONG, GUMBO_TAG_I,   GUMBO_TAG_EM,  GUMBO_TAG_U,          GUMBO_TAG_S,
    GUMBO_TAG_STRIKE, GUMBO_TAG_SUB, GUMBO_TAG_SUP, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_PRE,
    GUMBO_TAG_CODE,   GUMBO_TAG_UL,  GUMBO_TAG_OL,  GUMBO_TAG_LI,         GUMBO_TAG_H1,
    GUMBO_TAG_H2,     GUMBO_TAG_H3,  GUMBO_TAG_H4,  GUMBO_TAG_H5,         GUMBO_TAG_H6,
    GUMBO_TAG_HR,     GUMBO_TAG_A,   GUMBO_TAG_IMG, GUMBO_TAG_TABLE,      GUMBO_TAG_THEAD,
    GUMBO_TAG_TBODY,  GUMBO_TAG_TR,  GUMBO_TAG_TH,  GUMBO_TAG_TD,         GUMBO_TAG_CAPTION,
};

constexpr GumboTag kDroppedTags[] = {
    GUMBO_TAG_TITLE,    GUMBO_TAG_BASE,     GUMBO_TAG_LINK,     GUMBO_TAG_META,
    GUMBO_TAG_STYLE,    GUMBO_TAG_SCRIPT,   GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE,
    GUMBO_TAG_IFRAME,   GUMBO_TAG_EMBED,    GUMBO_TAG_OBJECT,   GUMBO_TAG_PARAM,
    GUMBO_TAG_VIDEO,    GUMBO_TAG_AUDIO,    GUMBO_TAG_SOURCE,   GUMBO_TAG_TRACK,
    GUMBO_TAG_CANVAS,   GUMBO_TAG_AREA,     GUMBO_TAG_INPUT,    GUMBO_TAG_BUTTON,
    GUMBO_TAG_SELECT,   GUMBO_TAG_DATALIST, GUMBO_TAG_OPTGROUP, GUMBO_TAG_OPTION,
    GUMBO_TAG_TEXTAREA, GUMBO_TAG_KEYGEN,   GUMBO_TAG_OUTPUT,   GUMBO_TAG_PROGRESS,
    GUMBO_TAG_METER,    GUMBO_TAG_MENUITEM, GUMBO_TAG_APPLET,   GUMBO_TAG_BGSOUND,
    GUMBO_TAG_FRAME,    GUMBO_TAG_FRAMESET, GUMBO_TAG_NOFRAMES, GUMBO_TAG_ISINDEX,
    GUMBO_TAG_NOEMBED,
};

template <size_t N> bool isAmong(GumboTag tag, const GumboTag (&tags)[N])
{
    return std::find(std::begin(tags), std::end(tags), tag) != std::end(tags);
}

Treatment treatment(const GumboElement &element)
{
    if (element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return Treatment::Drop; // svg, math and whatever they contain
    if (isAmong(element.tag, kKeptTags))
        return Treatment::Keep;
    if (isAmong(element.tag, kDroppedTags))
        return Treatment::Drop;
    if (element.tag == GUMBO_TAG_HTML || element.tag == GUMBO_TAG_HEAD ||
        element.tag == GUMBO_TAG_BODY)
        return Treatment::Frame;
    return Treatment::Unwrap;
}

// In the order they are written, so the output does not depend on the input's order.
QList<QLatin1StringView> allowedAttributes(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_A:
        return {"href"_L1, "title"_L1};
    case GUMBO_TAG_IMG:
        return {"src"_L1, "alt"_L1, "width"_L1, "height"_L1};
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        return {"colspan"_L1, "rowspan"_L1};
    case GUMBO_TAG_OL:
        return {"start"_L1};
    default:
        return {};
    }
}

bool isVoid(GumboTag tag)
{
    return tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_IMG;
}

// Names from the input end up in logs: plain, short, lower case.
QString logName(QStringView name, const QString &fallback)
{
    QString plain;
    for (const QChar c : name) {
        const QChar lower = c.toLower();
        if ((lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9') || lower == u'-' ||
            lower == u'_' || lower == u':')
            plain += lower;
    }
    return plain.isEmpty() ? fallback : plain.left(32);
}

QString tagName(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(element.tag));
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return logName(QString::fromUtf8(piece.data, qsizetype(piece.length)), u"element"_s);
}

QString escaped(QStringView text, bool inAttribute)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;";
            break;
        case u'<':
            out += u"&lt;";
            break;
        case u'>':
            out += u"&gt;";
            break;
        case u'"':
            out += inAttribute ? u"&quot;" : u"\"";
            break;
        case 0x00a0:
            out += u"&nbsp;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

// What a browser makes of an attribute URL before looking at its scheme: tabs and newlines
// anywhere are dropped ("jav&#x09;ascript:"), controls and spaces around it are trimmed.
QString browserUrl(const QString &value)
{
    QString url;
    for (const QChar c : value) {
        if (c != u'\t' && c != u'\n' && c != u'\r')
            url += c;
    }
    qsizetype begin = 0, end = url.size();
    while (begin < end && url[begin].unicode() <= 0x20)
        ++begin;
    while (end > begin && url[end - 1].unicode() <= 0x20)
        --end;
    return url.sliced(begin, end - begin);
}

QString urlScheme(const QString &url)
{
    static const QRegularExpression scheme(u"^([a-zA-Z][a-zA-Z0-9+.-]*):"_s);
    return scheme.match(url).captured(1).toLower();
}

bool hasControls(const QString &url)
{
    return std::any_of(url.begin(), url.end(),
                       [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

std::optional<int> boundedNumber(const QString &value, int min, int max)
{
    static const QRegularExpression number(u"^-?[0-9]{1,9}$"_s);
    const QString trimmed = value.trimmed();
    if (!number.match(trimmed).hasMatch())
        return std::nullopt;
    const int parsed = trimmed.toInt();
    if (parsed < min || parsed > max)
        return std::nullopt;
    return parsed;
}

bool startsWithNewline(const GumboNode *node)
{
    if (HtmlTree::childCount(node) == 0)
        return false;
    const GumboNode *first = HtmlTree::childAt(node, 0);
    return (first->type == GUMBO_NODE_TEXT || first->type == GUMBO_NODE_WHITESPACE) &&
           first->v.text.text[0] == '\n';
}

} // namespace

SanitizedHtml HtmlSanitizer::sanitize(const QString &html, const Options &options)
{
    if (auto result = sanitizeToFixpoint(html, options))
        return *result;
    // Markup beyond the parser's limits (see HtmlTree) is kept as escaped text: nothing the
    // sender wrote is lost, and nothing of it is interpreted.
    const QString source = fromPlainText(html);
    SanitizedHtml result;
    if (auto escapedResult = sanitizeToFixpoint(source, options)) {
        result = *escapedResult;
    } else {
        result.html = source;
        result.text = html.trimmed();
    }
    result.removed.prepend(u"markup beyond parser limits"_s);
    result.changed = true;
    return result;
}

QString HtmlSanitizer::plainText(const QString &html)
{
    return sanitize(html).text;
}

QString HtmlSanitizer::fromPlainText(const QString &text)
{
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    QString html;
    QStringList paragraph;
    const auto endParagraph = [&html, &paragraph] {
        if (!paragraph.isEmpty())
            html += u"<p>"_s + paragraph.join(u"<br>"_s) + u"</p>"_s;
        paragraph.clear();
    };
    const QStringList lines = normalised.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            endParagraph();
        else
            paragraph << escaped(line, false);
    }
    endParagraph();
    return html;
}

std::optional<SanitizedHtml> HtmlSanitizer::sanitizeToFixpoint(const QString &html,
                                                               const Options &options)
{
    SanitizedHtml result;
    QString current = html;
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        const HtmlTree tree(current);
        if (!tree.document())
            return std::nullopt;
        HtmlSanitizer sanitizer(options);
        sanitizer.visit(tree.document(), {});
        for (const QString &what : std::as_const(sanitizer.m_removed)) {
            if (!result.removed.contains(what))
                result.removed << what;
        }
        if (sanitizer.m_html == current) {
            // This tree is the parse of the output itself: its text is the output's text.
            result.html = current;
            result.text = HtmlTextRenderer::render(tree.document());
            result.changed = !result.removed.isEmpty();
            return result;
        }
        current = sanitizer.m_html;
    }
    return std::nullopt;
}

void HtmlSanitizer::visit(const GumboNode *node, const CssStyleFilter::Colors &colors)
{
    switch (node->type) {
    case GUMBO_NODE_DOCUMENT:
        visitChildren(node, colors);
        break;
    case GUMBO_NODE_ELEMENT:
        visitElement(node, colors);
        break;
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
        m_html += escaped(QString::fromUtf8(node->v.text.text), false);
        break;
    case GUMBO_NODE_COMMENT:
        remove(u"comment"_s);
        break;
    case GUMBO_NODE_TEMPLATE:
        remove(u"template"_s);
        break;
    }
}

void HtmlSanitizer::visitChildren(const GumboNode *node, const CssStyleFilter::Colors &colors)
{
    for (unsigned i = 0; i < HtmlTree::childCount(node); ++i)
        visit(HtmlTree::childAt(node, i), colors);
}

void HtmlSanitizer::visitElement(const GumboNode *node, const CssStyleFilter::Colors &colors)
{
    const GumboElement &element = node->v.element;
    switch (treatment(element)) {
    case Treatment::Drop:
        remove(tagName(element));
        return;
    case Treatment::Unwrap:
        remove(tagName(element));
        visitChildren(node, colors);
        return;
    case Treatment::Frame:
        reportAttributes(node, false);
        visitChildren(node, colors);
        return;
    case Treatment::Keep:
        break;
    }
    const QString name = tagName(element);
    const qsizetype start = m_html.size();
    m_html += u'<' + name;
    CssStyleFilter::Colors inner = colors;
    if (!appendAttributes(node, inner)) {
        m_html.truncate(start);
        return;
    }
    m_html += u'>';
    if (isVoid(element.tag))
        return;
    // The parser drops a newline right after <pre>; one that belongs to the text needs another.
    if (element.tag == GUMBO_TAG_PRE && startsWithNewline(node))
        m_html += u'\n';
    visitChildren(node, inner);
    m_html += u"</"_s + name + u'>';
}

// False when the element is worthless without what was refused (an image without its source).
bool HtmlSanitizer::appendAttributes(const GumboNode *node, CssStyleFilter::Colors &colors)
{
    const GumboElement &element = node->v.element;
    reportAttributes(node, true);
    bool linked = false;
    const QList<QLatin1StringView> names = allowedAttributes(element.tag);
    for (const QLatin1StringView name : names) {
        const GumboAttribute *attribute = gumbo_get_attribute(&element.attributes, name.data());
        const std::optional<QString> value =
            attribute ? attributeValue(name, QString::fromUtf8(attribute->value)) : std::nullopt;
        if (!value && name == u"src") {
            if (!attribute)
                remove(u"image without source"_s);
            return false;
        }
        if (!value)
            continue;
        m_html += u' ' + name + u"=\""_s + escaped(*value, true) + u'"';
        linked = linked || name == u"href";
    }
    if (linked)
        m_html += u" rel=\"noopener noreferrer nofollow\""_s;
    if (const GumboAttribute *style = gumbo_get_attribute(&element.attributes, "style")) {
        const CssStyleFilter::Result filtered =
            CssStyleFilter::filter(QString::fromUtf8(style->value), colors);
        for (const QString &what : filtered.removed)
            remove(what);
        colors = filtered.colors;
        if (!filtered.style.isEmpty())
            m_html += u" style=\""_s + escaped(filtered.style, true) + u'"';
    }
    return true;
}

std::optional<QString> HtmlSanitizer::attributeValue(QLatin1StringView name, const QString &value)
{
    std::optional<int> number;
    if (name == u"href") {
        const QString url = browserUrl(value);
        const QString scheme = urlScheme(url);
        if (!hasControls(url) && (scheme == u"http" || scheme == u"https" || scheme == u"mailto"))
            return url;
        remove(u"unsafe link"_s);
        return std::nullopt;
    }
    if (name == u"src")
        return imageSource(value);
    if (name == u"width" || name == u"height")
        number = boundedNumber(value, 1, 9999);
    else if (name == u"colspan" || name == u"rowspan")
        number = boundedNumber(value, 1, 1000);
    else if (name == u"start")
        number = boundedNumber(value, -999999999, 999999999);
    else
        return value; // title, alt: text, escaped when written
    if (!number)
        remove(name);
    return number ? std::optional<QString>(QString::number(*number)) : std::nullopt;
}

// The message's own attachments, or a pasted screenshot inline: never anything fetched from
// elsewhere (a tracking pixel tells the sender who read the message and when).
std::optional<QString> HtmlSanitizer::imageSource(const QString &value)
{
    static const QRegularExpression attachment(
        u"^(attachment:|/api/v1/attachments/)([0-9]{1,18})$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression inlineImage(
        u"^data:image/(png|jpeg|gif);base64,([a-z0-9+/]+={0,2})$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString url = browserUrl(value);
    if (const QRegularExpressionMatch match = attachment.match(url); match.hasMatch()) {
        if (m_options.allowedAttachmentIds.contains(match.captured(2).toLongLong()))
            return match.captured(1).toLower() + match.captured(2);
        remove(u"foreign attachment image"_s);
        return std::nullopt;
    }
    if (const QRegularExpressionMatch match = inlineImage.match(url); match.hasMatch())
        return u"data:image/"_s + match.captured(1).toLower() + u";base64,"_s + match.captured(2);
    const QString scheme = urlScheme(url);
    if (scheme == u"http" || scheme == u"https" || url.startsWith(u"//"))
        remove(u"remote image"_s);
    else
        remove(u"unsafe image"_s);
    return std::nullopt;
}

void HtmlSanitizer::reportAttributes(const GumboNode *node, bool keptElement)
{
    const GumboElement &element = node->v.element;
    const QList<QLatin1StringView> allowed = allowedAttributes(element.tag);
    for (unsigned i = 0; i < element.attributes.length; ++i) {
        const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
        const QLatin1StringView name(attribute->name);
        // rel on a link is always replaced by ours, so it is not reported as removed.
        if (keptElement && (allowed.contains(name) || name == u"style" ||
                            (element.tag == GUMBO_TAG_A && name == u"rel")))
            continue;
        remove(logName(QString::fromUtf8(attribute->name), u"attribute"_s));
    }
}

void HtmlSanitizer::remove(const QString &what)
{
    if (!m_removed.contains(what))
        m_removed << what;
}

} // namespace sd::server
