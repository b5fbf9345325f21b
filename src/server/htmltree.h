#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

struct GumboInternalNode;

namespace sd::server {

// An HTML document parsed by gumbo, with bounds the parser itself lacks. gumbo 0.10 neither
// limits nesting nor checks its allocations, and some tiny inputs make the HTML5 tree builder
// create millions of elements or spend minutes re-walking a deep stack; a message from anyone
// on the internet must not take the server down, so the parse runs within a memory and time
// budget and the tree is refused when it nests deeper than browsers render.
class HtmlTree final
{
public:
    explicit HtmlTree(const QString &html);
    ~HtmlTree();
    Q_DISABLE_COPY_MOVE(HtmlTree)

    // The document node, or null when the markup was refused.
    const GumboInternalNode *document() const { return m_document; }

    static unsigned childCount(const GumboInternalNode *node);
    static const GumboInternalNode *childAt(const GumboInternalNode *node, unsigned index);

private:
    struct Arena;

    QByteArray m_utf8; // gumbo's tree points into it
    std::unique_ptr<Arena> m_arena;
    const GumboInternalNode *m_document = nullptr;
};

} // namespace sd::server
