#include "cssstylefilter.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace sd::server {

namespace {

using namespace Qt::StringLiterals;

// Below this WCAG contrast ratio text counts as hidden: equal colours give 1.0, yellow on white
// 1.07, light grey (#cccccc) on white still 1.6.
constexpr double kMinContrast = 1.5;

// Declarations are written back in this order, whatever order they came in, so sanitizing
// twice gives the same text.
enum Property { Color, BackgroundColor, FontWeight, FontStyle, TextDecoration, TextAlign, Count };
constexpr std::array<QLatin1StringView, Count> kPropertyNames = {
    "color"_L1,      "background-color"_L1, "font-weight"_L1,
    "font-style"_L1, "text-decoration"_L1,  "text-align"_L1};

struct NamedColor
{
    QLatin1StringView name;
    quint32 rgb;
};

// Only opaque colours: "transparent", "currentcolor" and friends are refused by omission.
constexpr std::array<NamedColor, 30> kNamedColors = {{
    {"black"_L1, 0x000000},    {"silver"_L1, 0xc0c0c0},    {"gray"_L1, 0x808080},
    {"grey"_L1, 0x808080},     {"white"_L1, 0xffffff},     {"maroon"_L1, 0x800000},
    {"red"_L1, 0xff0000},      {"purple"_L1, 0x800080},    {"fuchsia"_L1, 0xff00ff},
    {"magenta"_L1, 0xff00ff},  {"green"_L1, 0x008000},     {"lime"_L1, 0x00ff00},
    {"olive"_L1, 0x808000},    {"yellow"_L1, 0xffff00},    {"navy"_L1, 0x000080},
    {"blue"_L1, 0x0000ff},     {"teal"_L1, 0x008080},      {"aqua"_L1, 0x00ffff},
    {"cyan"_L1, 0x00ffff},     {"orange"_L1, 0xffa500},    {"brown"_L1, 0xa52a2a},
    {"pink"_L1, 0xffc0cb},     {"gold"_L1, 0xffd700},      {"violet"_L1, 0xee82ee},
    {"darkred"_L1, 0x8b0000},  {"darkgreen"_L1, 0x006400}, {"darkblue"_L1, 0x00008b},
    {"darkgray"_L1, 0xa9a9a9}, {"lightgray"_L1, 0xd3d3d3}, {"lightyellow"_L1, 0xffffe0},
}};

bool isDigits(QStringView text, int base)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [base](QChar c) {
        return (c >= u'0' && c <= u'9') ||
               (base == 16 && ((c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')));
    });
}

std::optional<quint32> parseHexColor(QStringView digits)
{
    if ((digits.size() != 3 && digits.size() != 6) || !isDigits(digits, 16))
        return std::nullopt;
    const quint32 value = digits.toUInt(nullptr, 16);
    if (digits.size() == 6)
        return value;
    const quint32 r = (value >> 8) & 0xf, g = (value >> 4) & 0xf, b = value & 0xf;
    return (r * 0x11) << 16 | (g * 0x11) << 8 | b * 0x11;
}

// rgb(r, g, b) with integers 0-255 or percentages; no alpha, so nothing can be transparent.
std::optional<quint32> parseRgbColor(QStringView arguments)
{
    const QList<QStringView> parts = arguments.split(u',');
    if (parts.size() != 3)
        return std::nullopt;
    quint32 rgb = 0;
    for (QStringView part : parts) {
        part = part.trimmed();
        const bool percent = part.endsWith(u'%');
        const QStringView digits = percent ? part.chopped(1) : part;
        if (!isDigits(digits, 10) || digits.size() > 3)
            return std::nullopt;
        const uint number = digits.toUInt();
        if (number > (percent ? 100u : 255u))
            return std::nullopt;
        rgb = rgb << 8 | (percent ? (number * 255 + 50) / 100 : number);
    }
    return rgb;
}

std::optional<quint32> parseColor(QStringView value)
{
    if (value.startsWith(u'#'))
        return parseHexColor(value.mid(1));
    if (value.startsWith(u"rgb(") && value.endsWith(u')'))
        return parseRgbColor(value.sliced(4).chopped(1));
    const auto named =
        std::find_if(kNamedColors.begin(), kNamedColors.end(),
                     [value](const NamedColor &color) { return color.name == value; });
    if (named == kNamedColors.end())
        return std::nullopt;
    return named->rgb;
}

bool isOneOf(QStringView value, std::initializer_list<QLatin1StringView> keywords)
{
    return std::find(keywords.begin(), keywords.end(), value) != keywords.end();
}

bool isTextDecoration(QStringView value)
{
    if (value == u"none")
        return true;
    const QList<QStringView> lines = value.split(u' ');
    return std::all_of(lines.begin(), lines.end(), [](QStringView line) {
        return isOneOf(line, {"underline"_L1, "overline"_L1, "line-through"_L1});
    });
}

// The value in normal form, or an empty string when it is not one this property allows.
QString normalValue(Property property, const QString &value)
{
    switch (property) {
    case Color:
    case BackgroundColor:
        if (const auto rgb = parseColor(value))
            return u"#%1"_s.arg(qulonglong(*rgb), 6, 16, QChar(u'0'));
        return {};
    case FontWeight:
        if (isOneOf(value, {"normal"_L1, "bold"_L1, "bolder"_L1, "lighter"_L1}) ||
            (value.size() == 3 && value.endsWith(u"00") && value[0] >= u'1' && value[0] <= u'9'))
            return value;
        return {};
    case FontStyle:
        return isOneOf(value, {"normal"_L1, "italic"_L1, "oblique"_L1}) ? value : QString();
    case TextDecoration:
        return isTextDecoration(value) ? value : QString();
    case TextAlign:
        return isOneOf(value,
                       {"left"_L1, "right"_L1, "center"_L1, "justify"_L1, "start"_L1, "end"_L1})
                   ? value
                   : QString();
    case Count:
        break;
    }
    return {};
}

int propertyIndex(const QString &name)
{
    const auto found = std::find(kPropertyNames.begin(), kPropertyNames.end(), name);
    return found == kPropertyNames.end() ? -1 : int(found - kPropertyNames.begin());
}

// Property names come from the sender and end up in logs: keep them short and plain.
QString logName(const QString &name)
{
    QString plain;
    for (const QChar c : name) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-')
            plain += c;
    }
    return plain.isEmpty() ? u"declaration"_s : plain.left(32);
}

QString withoutComments(const QString &style)
{
    QString out;
    qsizetype from = 0;
    while (from < style.size()) {
        const qsizetype open = style.indexOf(u"/*", from);
        if (open < 0)
            return out + QStringView(style).sliced(from);
        out += QStringView(style).sliced(from, open - from) + u' ';
        const qsizetype close = style.indexOf(u"*/", open + 2);
        if (close < 0)
            break;
        from = close + 2;
    }
    return out;
}

double luminance(quint32 rgb)
{
    const auto channel = [](quint32 value) {
        const double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) +
           0.0722 * channel(rgb & 0xff);
}

double contrast(const CssStyleFilter::Colors &colors)
{
    const double a = luminance(colors.text), b = luminance(colors.background);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

CssStyleFilter::Colors effectiveColors(const std::array<QString, Count> &values,
                                       const CssStyleFilter::Colors &inherited)
{
    CssStyleFilter::Colors colors = inherited;
    if (!values[Color].isEmpty())
        colors.text = parseColor(values[Color]).value_or(inherited.text);
    if (!values[BackgroundColor].isEmpty())
        colors.background = parseColor(values[BackgroundColor]).value_or(inherited.background);
    return colors;
}

// Drops this element's own colour, then its own background, until its text stands out again.
void keepTextVisible(std::array<QString, Count> &values, CssStyleFilter::Result &result,
                     const CssStyleFilter::Colors &inherited)
{
    for (const Property property : {Color, BackgroundColor}) {
        if (contrast(effectiveColors(values, inherited)) >= kMinContrast)
            break;
        if (values[property].isEmpty())
            continue;
        values[property].clear();
        result.removed << u"style "_s + kPropertyNames[property] + u" hiding text"_s;
    }
    result.colors = effectiveColors(values, inherited);
}

} // namespace

CssStyleFilter::Result CssStyleFilter::filter(const QString &style, const Colors &inherited)
{
    Result result;
    std::array<QString, Count> values;
    const QStringList declarations = withoutComments(style).split(u';');
    for (const QString &declaration : declarations) {
        if (declaration.trimmed().isEmpty())
            continue;
        const qsizetype colon = declaration.indexOf(u':');
        const QString name = declaration.left(colon).trimmed().toLower();
        const int property = propertyIndex(name);
        const QString value =
            property < 0 || colon < 0
                ? QString()
                : normalValue(Property(property),
                              declaration.sliced(colon + 1).simplified().toLower());
        if (value.isEmpty())
            result.removed << u"style "_s + logName(name);
        else
            values[property] = value;
    }
    keepTextVisible(values, result, inherited);
    QStringList kept;
    for (int property = 0; property < Count; ++property) {
        if (!values[property].isEmpty())
            kept << kPropertyNames[property] + u": "_s + values[property];
    }
    result.style = kept.join(u"; "_s);
    return result;
}

} // namespace sd::server
