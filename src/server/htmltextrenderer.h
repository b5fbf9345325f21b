#pragma once

#include <QList>
#include <QString>

struct GumboInternalNode;

namespace sd::server {

// The plain text of a parsed document, as a person would copy it from the rendered page:
// whitespace collapsed except in <pre>, blocks on lines of their own, paragraphs apart by an
// empty line, list items marked "- " or "1. ", table cells apart by tabs.
class HtmlTextRenderer final
{
public:
    static QString render(const GumboInternalNode *node);

private:
    struct List
    {
        bool ordered = false;
        int next = 1;
    };

    HtmlTextRenderer() = default;
    void visit(const GumboInternalNode *node);
    void visitChildren(const GumboInternalNode *node);
    void visitElement(const GumboInternalNode *node);
    void visitBlock(const GumboInternalNode *node, int breaks);
    void visitList(const GumboInternalNode *node, bool ordered);
    void visitListItem(const GumboInternalNode *node);
    void visitRow(const GumboInternalNode *node);
    void appendText(QStringView text);
    void appendVerbatim(QStringView text);
    void requestBreaks(int count);
    void flushBreaks();

    QString m_out;
    int m_breaks = 0;     // newlines owed before the next content
    bool m_space = false; // whitespace seen since the last content
    int m_preDepth = 0;
    int m_cell = 0;
    QList<List> m_lists;
};

} // namespace sd::server
