#include "htmltree.h"

#include <QElapsedTimer>

#include <gumbo.h>

#include <csetjmp>
#include <cstdlib>
#include <utility>
#include <vector>

namespace sd::server {

namespace {

// Browsers stop nesting elements at 512 levels; real messages stay far below that, and the
// walks over the tree may then recurse.
constexpr int kMaxDepth = 512;
// gumbo's tree takes about ten times its input; a fixed margin covers small inputs, and more
// than this means the input makes the parser amplify it.
constexpr size_t kBaseBudget = 16 * 1024 * 1024;
constexpr size_t kBudgetPerInputByte = 32;
// A last resort against slow parses that allocate little: a megabyte of real HTML parses in a
// fraction of this. Every tag allocates, so checking at allocations is frequent enough.
constexpr qint64 kTimeBudgetMs = 2000;
constexpr unsigned kClockEvery = 256;

const GumboVector *children(const GumboNode *node)
{
    switch (node->type) {
    case GUMBO_NODE_DOCUMENT:
        return &node->v.document.children;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        return &node->v.element.children;
    default:
        return nullptr;
    }
}

bool nestsTooDeep(const GumboNode *root)
{
    std::vector<std::pair<const GumboNode *, int>> pending{{root, 0}};
    while (!pending.empty()) {
        const auto [node, depth] = pending.back();
        pending.pop_back();
        if (depth > kMaxDepth)
            return true;
        for (unsigned i = 0; i < HtmlTree::childCount(node); ++i)
            pending.emplace_back(HtmlTree::childAt(node, i), depth + 1);
    }
    return false;
}

} // namespace

// Every block gumbo allocates, linked, so that an abandoned parse is freed in one sweep, and a
// finished one without gumbo's recursive destructor.
struct HtmlTree::Arena
{
    struct alignas(std::max_align_t) Block
    {
        Block *prev;
        Block *next;
        size_t size;
    };

    explicit Arena(size_t budget) : limit(budget)
    {
        ring.prev = ring.next = &ring;
        clock.start();
    }
    ~Arena()
    {
        while (ring.next != &ring)
            release(ring.next);
    }
    Q_DISABLE_COPY_MOVE(Arena)

    const GumboNode *parse(const QByteArray &utf8);
    void release(Block *block);
    static void *allocate(void *userdata, size_t size);
    static void deallocate(void *userdata, void *pointer);

    Block ring{};
    size_t live = 0;
    const size_t limit;
    unsigned calls = 0;
    QElapsedTimer clock;
    std::jmp_buf exceeded;
};

const GumboNode *HtmlTree::Arena::parse(const QByteArray &utf8)
{
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &Arena::allocate;
    options.deallocator = &Arena::deallocate;
    options.userdata = this;
    options.max_errors = 0; // gumbo copies its whole element stack into every error it records
    // gumbo cannot fail, so running out of budget jumps out of the allocator, the way libpng
    // and libjpeg abandon work. Only C frames lie between here and there: no destructor is
    // skipped, and the arena frees what the parse had allocated.
    if (setjmp(exceeded) != 0)
        return nullptr;
    return gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()))->document;
}

void HtmlTree::Arena::release(Block *block)
{
    block->prev->next = block->next;
    block->next->prev = block->prev;
    live -= block->size;
    std::free(block);
}

void *HtmlTree::Arena::allocate(void *userdata, size_t size)
{
    auto *arena = static_cast<Arena *>(userdata);
    if (size > arena->limit - arena->live)
        std::longjmp(arena->exceeded, 1);
    if (++arena->calls % kClockEvery == 0 && arena->clock.hasExpired(kTimeBudgetMs))
        std::longjmp(arena->exceeded, 1);
    auto *block = static_cast<Block *>(std::malloc(sizeof(Block) + size));
    if (!block)
        std::longjmp(arena->exceeded, 1);
    block->size = size;
    block->prev = arena->ring.prev;
    block->next = &arena->ring;
    arena->ring.prev->next = block;
    arena->ring.prev = block;
    arena->live += size;
    return block + 1;
}

void HtmlTree::Arena::deallocate(void *userdata, void *pointer)
{
    if (pointer)
        static_cast<Arena *>(userdata)->release(static_cast<Block *>(pointer) - 1);
}

HtmlTree::HtmlTree(const QString &html)
    : m_utf8(html.toUtf8()),
      m_arena(std::make_unique<Arena>(kBaseBudget + kBudgetPerInputByte * size_t(m_utf8.size())))
{
    m_document = m_arena->parse(m_utf8);
    if (m_document && nestsTooDeep(m_document))
        m_document = nullptr;
    if (!m_document)
        m_arena.reset();
}

HtmlTree::~HtmlTree() = default;

unsigned HtmlTree::childCount(const GumboNode *node)
{
    const GumboVector *list = children(node);
    return list ? list->length : 0;
}

const GumboNode *HtmlTree::childAt(const GumboNode *node, unsigned index)
{
    return static_cast<const GumboNode *>(children(node)->data[index]);
}

} // namespace sd::server
