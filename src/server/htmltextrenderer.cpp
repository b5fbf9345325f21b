#include "htmltextrenderer.h"

#include "htmltree.h"

#include <gumbo.h>

#include <algorithm>

namespace sd::server {

namespace {

using namespace Qt::StringLiterals;

constexpr char16_t kNoBreakSpace = 0x00a0;

bool isCollapsible(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

} // namespace

QString HtmlTextRenderer::render(const GumboNode *node)
{
    HtmlTextRenderer renderer;
    renderer.visit(node);
    QString &out = renderer.m_out;
    while (!out.isEmpty() && out.back().isSpace())
        out.chop(1);
    qsizetype leading = 0;
    while (leading < out.size() && out[leading] == u'\n')
        ++leading;
    return out.sliced(leading);
}

void HtmlTextRenderer::visit(const GumboNode *node)
{
    switch (node->type) {
    case GUMBO_NODE_DOCUMENT:
        visitChildren(node);
        break;
    case GUMBO_NODE_ELEMENT:
        visitElement(node);
        break;
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA: {
        const QString text = QString::fromUtf8(node->v.text.text);
        if (m_preDepth > 0)
            appendVerbatim(text);
        else
            appendText(text);
        break;
    }
    default:
        break;
    }
}

void HtmlTextRenderer::visitChildren(const GumboNode *node)
{
    for (unsigned i = 0; i < HtmlTree::childCount(node); ++i)
        visit(HtmlTree::childAt(node, i));
}

void HtmlTextRenderer::visitElement(const GumboNode *node)
{
    switch (node->v.element.tag) {
    case GUMBO_TAG_BR:
        appendVerbatim(u"\n");
        break;
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_TABLE:
        visitBlock(node, 2);
        break;
    case GUMBO_TAG_PRE:
        ++m_preDepth;
        visitBlock(node, 2);
        --m_preDepth;
        break;
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_HR:
        visitBlock(node, 1);
        break;
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
        visitList(node, node->v.element.tag == GUMBO_TAG_OL);
        break;
    case GUMBO_TAG_LI:
        visitListItem(node);
        break;
    case GUMBO_TAG_TR:
        visitRow(node);
        break;
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        if (m_cell++ > 0)
            appendVerbatim(u"\t");
        visitChildren(node);
        break;
    default:
        visitChildren(node);
        break;
    }
}

void HtmlTextRenderer::visitBlock(const GumboNode *node, int breaks)
{
    requestBreaks(breaks);
    visitChildren(node);
    requestBreaks(breaks);
}

void HtmlTextRenderer::visitList(const GumboNode *node, bool ordered)
{
    List list{ordered, 1};
    if (const GumboAttribute *start = gumbo_get_attribute(&node->v.element.attributes, "start"))
        list.next = QByteArray(start->value).trimmed().toInt();
    // A nested list belongs to its item: a line break, not a paragraph break.
    const int breaks = m_lists.isEmpty() ? 2 : 1;
    m_lists.append(list);
    visitBlock(node, breaks);
    m_lists.removeLast();
}

void HtmlTextRenderer::visitListItem(const GumboNode *node)
{
    requestBreaks(1);
    const qsizetype depth = std::max<qsizetype>(m_lists.size(), 1);
    QString marker(2 * (depth - 1), u' ');
    if (!m_lists.isEmpty() && m_lists.back().ordered)
        marker += QString::number(m_lists.back().next++) + u". "_s;
    else
        marker += u"- "_s;
    appendVerbatim(marker);
    visitChildren(node);
    requestBreaks(1);
}

void HtmlTextRenderer::visitRow(const GumboNode *node)
{
    const int outerCell = m_cell;
    m_cell = 0;
    visitBlock(node, 1);
    m_cell = outerCell;
}

void HtmlTextRenderer::appendText(QStringView text)
{
    for (const QChar c : text) {
        if (isCollapsible(c)) {
            m_space = true;
            continue;
        }
        flushBreaks();
        if (m_space && !m_out.isEmpty() && !m_out.endsWith(u'\n') && !m_out.endsWith(u' ') &&
            !m_out.endsWith(u'\t'))
            m_out += u' ';
        m_space = false;
        m_out += c == kNoBreakSpace ? QChar(u' ') : c;
    }
}

void HtmlTextRenderer::appendVerbatim(QStringView text)
{
    flushBreaks();
    m_space = false;
    if (text.startsWith(u'\n')) {
        while (m_out.endsWith(u' '))
            m_out.chop(1);
    }
    m_out += text;
}

void HtmlTextRenderer::requestBreaks(int count)
{
    m_breaks = std::max(m_breaks, count);
}

void HtmlTextRenderer::flushBreaks()
{
    if (m_breaks == 0)
        return;
    if (!m_out.isEmpty()) {
        while (m_out.endsWith(u' '))
            m_out.chop(1);
        qsizetype present = 0;
        while (present < m_out.size() && m_out[m_out.size() - 1 - present] == u'\n')
            ++present;
        for (; present < m_breaks; ++present)
            m_out += u'\n';
    }
    m_breaks = 0;
    m_space = false;
}

} // namespace sd::server
