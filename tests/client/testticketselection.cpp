// TicketSelection against a plain re-implementation of the same rules over the same rows:
// every filter, every sort column, narrowing while typing and rows changed by a sync must give
// exactly what a fresh selection computed from scratch gives.
#include "client/textfold.h"
#include "client/ticketselection.h"
#include "client/ticketsla.h"
#include "testtickets.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using sd::client::SubjectRank;
using sd::client::TicketColumn;
using sd::client::TicketFilter;
using sd::client::TicketRowInput;
using sd::client::TicketSelection;
using sd::client::TicketSortKey;
using sd::client::TicketStore;
using sd::core::TicketStatus;

Q_DECLARE_METATYPE(sd::client::TicketFilter)

using namespace sd::testtickets;

class TestTicketSelection : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void foldsLikeQt_data();
    void foldsLikeQt();
    void filters_data();
    void filters();
    void sortsByEveryColumn_data();
    void sortsByEveryColumn();
    void narrowingWhileTypingEqualsFromScratch();
    void changedRowsEqualFromScratch();
    void correctionAfterAChangeSeesIt();
    void viewCountsMatch();
    void splitAcrossThreadsEqualsRules_data();
    void splitAcrossThreadsEqualsRules();
    void subjectsWrittenAfterRankingSortExactly_data();
    void subjectsWrittenAfterRankingSortExactly();
    void manyWrittenSubjectsRankAgain();
    void ranksOnTwoThreadsLikeTheRules_data();
    void ranksOnTwoThreadsLikeTheRules();

private:
    bool expectedVisible(const Ticket &t, const TicketFilter &f) const;
    std::vector<qint64> expectedOrder(const QList<TicketSortKey> &order) const;
    TicketSelection fresh(const TicketFilter &filter, const QList<TicketSortKey> &order);
    std::vector<qint64> ids(const TicketSelection &selection) const;

    QList<Ticket> m_tickets;
    TicketStore m_store;
};

void TestTicketSelection::init()
{
    m_store = TicketStore();
    m_tickets.clear();
    QRandomGenerator random(42);
    for (qint64 id = 1; id <= 3000; ++id) {
        m_tickets.append(randomTicket(id, random));
        m_store.upsert(m_tickets.constLast().input());
    }
}

TicketSelection TestTicketSelection::fresh(const TicketFilter &filter,
                                           const QList<TicketSortKey> &order)
{
    TicketSelection selection(m_store);
    selection.setUser(Me);
    selection.setNow(Now);
    selection.refresh();
    selection.setOrder(order);
    selection.setFilter(filter);
    return selection;
}

std::vector<qint64> TestTicketSelection::ids(const TicketSelection &selection) const
{
    std::vector<qint64> out;
    for (std::size_t i = 0; i < selection.size(); ++i)
        out.push_back(m_store.id(selection.at(i)));
    return out;
}

std::vector<qint64> TestTicketSelection::expectedOrder(const QList<TicketSortKey> &order) const
{
    QHash<qint64, QByteArray> subjects;
    for (const Ticket &t : m_tickets)
        subjects.insert(t.id, folded(t.subject).toUtf8());
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    QList<Ticket> sorted = m_tickets;
    std::sort(sorted.begin(), sorted.end(), [&](const Ticket &a, const Ticket &b) {
        for (const TicketSortKey &key : order)
            if (const int c = plainCompare(key.column, a, b, subjects, collator); c != 0)
                return key.order == Qt::AscendingOrder ? c < 0 : c > 0;
        return a.id > b.id;
    });
    std::vector<qint64> out;
    for (const Ticket &t : std::as_const(sorted))
        out.push_back(t.id);
    return out;
}

bool TestTicketSelection::expectedVisible(const Ticket &t, const TicketFilter &f) const
{
    const bool open = t.status != TicketStatus::Resolved && t.status != TicketStatus::Closed;
    const qint64 due = t.responded == 0 ? t.responseDue : t.resolutionDue;
    bool inView = false;
    switch (f.view) {
    case TicketFilter::View::MyOpen:
        inView = open && t.assigneeId == Me;
        break;
    case TicketFilter::View::Unassigned:
        inView = open && t.assigneeId == 0;
        break;
    case TicketFilter::View::BreachingSoon:
        inView = open && t.status != TicketStatus::PendingCustomer && due <= Now + 3600;
        break;
    case TicketFilter::View::PendingCustomer:
        inView = t.status == TicketStatus::PendingCustomer;
        break;
    case TicketFilter::View::InDevelopment:
        inView = t.status == TicketStatus::InDevelopment;
        break;
    case TicketFilter::View::AllOpen:
        inView = open;
        break;
    case TicketFilter::View::RecentlyResolved:
        inView = !open && t.resolved >= Now - 7 * 86400;
        break;
    case TicketFilter::View::Everything:
        inView = true;
        break;
    }
    if (!inView || !(f.statuses & (1u << int(t.status))) ||
        !(f.priorities & (1u << int(t.priority))))
        return false;
    if (!f.queueIds.isEmpty() && !f.queueIds.contains(t.queueId))
        return false;
    const QString needle = f.text.trimmed().toCaseFolded().replace(QChar(0x451), QChar(0x435));
    if (!needle.isEmpty() && !folded(t.number + " " + t.subject).contains(needle) &&
        !folded(t.requester).contains(needle) && !folded(t.organisation).contains(needle))
        return false;
    if (!f.organisationText.isEmpty() &&
        !folded(t.organisation).contains(f.organisationText.toCaseFolded()))
        return false;
    return true;
}

void TestTicketSelection::foldsLikeQt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("ascii") << u"Invoice PRINTING hangs"_s;
    QTest::addRow("russian with ё") << u"СЧЁТ не печатается, ёлка Ёж"_s;
    QTest::addRow("mixed scripts") << u"Ошибка 0x80070005 in Windows"_s;
    QTest::addRow("greek and german") << u"ΣΊΣΥΦΟΣ Straße"_s;
    QTest::addRow("control characters") << u"line\none\ttab"_s;
    QTest::addRow("emoji") << u"Crash 😀 Ошибка"_s;
}

void TestTicketSelection::foldsLikeQt()
{
    QFETCH(QString, text);
    QByteArray fast;
    sd::client::TextFold::appendFolded(fast, text.toUtf8());
    QCOMPARE(QString::fromUtf8(fast), QString::fromUtf8(sd::client::TextFold::fold(text)));
    QVERIFY(!fast.contains('\n') && !fast.contains('\t'));
}

void TestTicketSelection::filters_data()
{
    QTest::addColumn<TicketFilter>("filter");
    const auto view = [](TicketFilter::View v) {
        TicketFilter f;
        f.view = v;
        return f;
    };
    for (int v = 0; v < TicketFilter::ViewCount; ++v)
        QTest::addRow("view %d", v) << view(TicketFilter::View(v));
    const auto text = [&](const QString &t, TicketFilter::View v = TicketFilter::View::Everything) {
        TicketFilter f = view(v);
        f.text = t;
        return f;
    };
    QTest::addRow("text ascii") << text(u"print"_s);
    QTest::addRow("text any case, ё as е") << text(u"СЧЕТ"_s);
    QTest::addRow("text number") << text(u"sd-2026-0012"_s);
    QTest::addRow("text requester") << text(u"сидоров"_s);
    QTest::addRow("text organisation") << text(u"ромашка"_s, TicketFilter::View::AllOpen);
    QTest::addRow("text with spaces around") << text(u"  hangs  "_s);
    QTest::addRow("text nowhere") << text(u"zzzz"_s);
    TicketFilter columns = view(TicketFilter::View::AllOpen);
    columns.priorities =
        (1u << int(sd::core::Priority::High)) | (1u << int(sd::core::Priority::Critical));
    columns.queueIds = {2};
    QTest::addRow("priority and queue columns") << columns;
    TicketFilter org = view(TicketFilter::View::Everything);
    org.organisationText = u"acme"_s;
    org.statuses = 1u << int(TicketStatus::Open);
    QTest::addRow("organisation column, status") << org;
}

void TestTicketSelection::filters()
{
    QFETCH(TicketFilter, filter);
    const TicketSelection selection = fresh(filter, {});
    std::vector<qint64> expected;
    for (const Ticket &t : std::as_const(m_tickets))
        if (expectedVisible(t, filter))
            expected.push_back(t.id);
    std::vector<qint64> shown = ids(selection);
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, expected);
}

void TestTicketSelection::sortsByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int c = 0; c < sd::client::TicketColumnCount; ++c) {
        QTest::addRow("column %d ascending", c) << c << Qt::AscendingOrder;
        QTest::addRow("column %d descending", c) << c << Qt::DescendingOrder;
    }
}

void TestTicketSelection::sortsByEveryColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    TicketFilter all;
    all.view = TicketFilter::View::Everything;
    // A second key: equal values of the first are ordered by priority, then newest first.
    const QList<TicketSortKey> keys = {{TicketColumn(column), order},
                                       {TicketColumn::Priority, Qt::DescendingOrder}};
    const TicketSelection s = fresh(all, keys);
    QCOMPARE(s.size(), std::size_t(m_tickets.size()));
    const auto value = [&](TicketStore::Row r) -> QVariant {
        switch (TicketColumn(column)) {
        case TicketColumn::Number:
            return m_store.number(r);
        case TicketColumn::Subject:
            return QString::fromUtf8(folded(m_store.subject(r).toUtf8()).toUtf8());
        case TicketColumn::Requester:
            return m_store.requesters().display(m_store.requester(r));
        case TicketColumn::Organisation:
            return m_store.organisations().display(m_store.organisation(r));
        case TicketColumn::Queue:
            return m_store.queues().display(m_store.queue(r));
        case TicketColumn::Assignee:
            return m_store.agents().display(m_store.assignee(r));
        case TicketColumn::Status:
            return int(m_store.status(r));
        case TicketColumn::Priority:
            return int(m_store.priority(r));
        case TicketColumn::Category:
            return int(m_store.category(r));
        case TicketColumn::Sla:
            return sd::client::TicketSla::urgency(m_store, r, Now);
        case TicketColumn::Updated:
            return m_store.updatedAt(r);
        case TicketColumn::Created:
            return m_store.createdAt(r);
        }
        return {};
    };
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const bool names = column == int(TicketColumn::Requester) ||
                       column == int(TicketColumn::Organisation) ||
                       column == int(TicketColumn::Queue) || column == int(TicketColumn::Assignee);
    for (std::size_t i = 1; i < s.size(); ++i) {
        const QVariant a = value(s.at(i - 1)), b = value(s.at(i));
        int c = 0;
        if (names)
            c = a.toString().isEmpty() != b.toString().isEmpty()
                    ? (a.toString().isEmpty() ? -1 : 1)
                    : collator.compare(a.toString(), b.toString());
        else if (a.typeId() == QMetaType::QString)
            c = a.toString().toUtf8() < b.toString().toUtf8() ? -1 : (a == b ? 0 : 1);
        else
            c = a.toLongLong() < b.toLongLong() ? -1 : (a == b ? 0 : 1);
        if (order == Qt::DescendingOrder)
            c = -c;
        QVERIFY2(c <= 0, qPrintable(u"rows %1 and %2 out of order"_s.arg(i - 1).arg(i)));
        if (c == 0) {
            const int pa = int(m_store.priority(s.at(i - 1))), pb = int(m_store.priority(s.at(i)));
            QVERIFY(pa >= pb);
            if (pa == pb)
                QVERIFY(m_store.id(s.at(i - 1)) > m_store.id(s.at(i)));
        }
    }
}

void TestTicketSelection::narrowingWhileTypingEqualsFromScratch()
{
    TicketFilter filter;
    filter.view = TicketFilter::View::Everything;
    TicketSelection typing = fresh(filter, {});
    const QString word = u"печатается"_s;
    // Type the word, then delete it again: each step equals a selection built from scratch.
    QStringList steps;
    for (int i = 1; i <= word.size(); ++i)
        steps.append(word.left(i));
    for (int i = word.size() - 1; i >= 0; --i)
        steps.append(word.left(i));
    for (const QString &step : std::as_const(steps)) {
        filter.text = step;
        typing.setFilter(filter);
        QCOMPARE(ids(typing), ids(fresh(filter, {})));
    }
    QCOMPARE(typing.size(), std::size_t(m_tickets.size()));
}

void TestTicketSelection::changedRowsEqualFromScratch()
{
    TicketFilter filter;
    filter.view = TicketFilter::View::AllOpen;
    filter.text = u"a"_s;
    const QList<TicketSortKey> order = {{TicketColumn::Subject, Qt::AscendingOrder}};
    TicketSelection live = fresh(filter, order);
    QRandomGenerator random(7);
    std::vector<TicketStore::Row> changed;
    // Edited subjects and statuses, a new requester, a brand-new ticket and a removed one.
    for (int i = 0; i < 40; ++i) {
        Ticket &t = m_tickets[random.bounded(m_tickets.size())];
        t.subject = Words[random.bounded(Words.size())] + " changed " + QByteArray::number(i);
        t.status = TicketStatus(random.bounded(4));
        if (i == 3) {
            t.requester = "Новый Заявитель";
            t.email = "new@example.org";
        }
        changed.push_back(m_store.upsert(t.input()));
    }
    Ticket added = randomTicket(5000, random);
    added.subject = "a brand new ticket";
    added.status = TicketStatus::New;
    changed.push_back(m_store.upsert(added.input()));
    m_store.remove(m_tickets[10].id);
    changed.push_back(*m_store.rowOf(m_tickets[10].id));
    live.rowsChanged(changed);
    QCOMPARE(ids(live), ids(fresh(filter, order)));
    QVERIFY(live.position(*m_store.rowOf(5000)).has_value());
    QVERIFY(!live.position(*m_store.rowOf(m_tickets[10].id)).has_value());
}

void TestTicketSelection::correctionAfterAChangeSeesIt()
{
    TicketFilter filter;
    filter.view = TicketFilter::View::Everything;
    filter.text = u"zq"_s;
    TicketSelection typing = fresh(filter, {});
    QCOMPARE(typing.size(), std::size_t(0));
    filter.text = u"zqx"_s;
    typing.setFilter(filter);
    // A sync renames a ticket so that it matches the shorter text; then a backspace: the
    // remembered result for "zq" must not hide it.
    Ticket &t = m_tickets[5];
    t.subject = "zq renamed";
    typing.rowsChanged({m_store.upsert(t.input())});
    filter.text = u"zq"_s;
    typing.setFilter(filter);
    QCOMPARE(ids(typing), std::vector<qint64>{t.id});
}

void TestTicketSelection::viewCountsMatch()
{
    const TicketSelection s = fresh({}, {});
    const auto counts = s.viewCounts();
    for (int v = 0; v < TicketFilter::ViewCount; ++v) {
        TicketFilter f;
        f.view = TicketFilter::View(v);
        qsizetype expected = 0;
        for (const Ticket &t : std::as_const(m_tickets))
            expected += expectedVisible(t, f) ? 1 : 0;
        QCOMPARE(qsizetype(counts[v]), expected);
    }
}

void TestTicketSelection::splitAcrossThreadsEqualsRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("common letter") << u"e"_s;
    QTest::addRow("word") << u"печатается"_s;
    QTest::addRow("number") << u"sd-2026-0700"_s;
    QTest::addRow("requester") << u"smith"_s;
}

void TestTicketSelection::splitAcrossThreadsEqualsRules()
{
    QFETCH(QString, text);
    // Enough rows for the passes to run on two threads; the split must not lose or double a
    // match at the boundary.
    QRandomGenerator random(99);
    for (auto id = qint64(m_tickets.size()) + 1; id <= qint64(TicketSelection::ParallelRows) + 5000;
         ++id) {
        m_tickets.append(randomTicket(id, random));
        m_store.upsert(m_tickets.constLast().input());
    }
    TicketFilter filter;
    filter.view = TicketFilter::View::Everything;
    filter.text = text;
    std::vector<qint64> expected;
    for (const Ticket &t : std::as_const(m_tickets))
        if (expectedVisible(t, filter))
            expected.push_back(t.id);
    QVERIFY(!expected.empty());
    TicketSelection selection = fresh(filter, {{TicketColumn::Created, Qt::AscendingOrder}});
    std::vector<qint64> shown = ids(selection);
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, expected);
    // Narrowing from a shorter needle on the same rows gives the same answer.
    TicketFilter shorter = filter;
    shorter.text = text.left(1);
    TicketSelection typing = fresh(shorter, {{TicketColumn::Created, Qt::AscendingOrder}});
    typing.setFilter(filter);
    QCOMPARE(ids(typing), ids(selection));
}

void TestTicketSelection::subjectsWrittenAfterRankingSortExactly_data()
{
    using Keys = QList<TicketSortKey>;
    QTest::addColumn<Keys>("order");
    QTest::addColumn<QByteArrayList>("added");
    QTest::addColumn<QByteArrayList>("renamed");
    // Whether every written subject equals one ranked before (so its rank stays exact).
    QTest::addColumn<bool>("exact");
    const Keys subjectFirst = {{TicketColumn::Subject, Qt::AscendingOrder},
                               {TicketColumn::Priority, Qt::DescendingOrder}};
    // Two new subjects in one gap between ranked ones, the greater one written first with the
    // higher priority: sorted by their equal inexact rank, priority would misorder them.
    const QByteArrayList between = {
        "zzz b", "zzz a", "Invoice", "", "яяя", "0 first", "Invoice printing hangs",
        "ЯЯЯ b", "яяя a"};
    const QByteArrayList renamed = {"zzz d", "zzz c", "ОШИБКА не", "hangs", "", "crash crash"};
    QTest::addRow("added between, equal, first, last")
        << subjectFirst << between << QByteArrayList() << false;
    QTest::addRow("renamed") << subjectFirst << QByteArrayList() << renamed << false;
    QTest::addRow("equal to ranked subjects")
        << subjectFirst << QByteArrayList{"Invoice", "INVOICE", "не", "СЧЁТ"}
        << QByteArrayList{"License", "crash"} << true;
    QTest::addRow("ё and е, any case, are one subject")
        << subjectFirst << QByteArrayList{"Ёлка зелёная", "елка зеленая", "ЕЛКА ЗЕЛЕНАЯ", "ёлка"}
        << QByteArrayList{"ЁЛКА", "ОТЧЕТ"} << false;
    QTest::addRow("empty subjects")
        << subjectFirst << QByteArrayList{"", "", "   "} << QByteArrayList{""} << false;
    QTest::addRow("descending") << Keys{{TicketColumn::Subject, Qt::DescendingOrder},
                                        {TicketColumn::Priority, Qt::DescendingOrder}}
                                << between << renamed << false;
    QTest::addRow("subject in the middle") << Keys{{TicketColumn::Requester, Qt::AscendingOrder},
                                                   {TicketColumn::Subject, Qt::AscendingOrder},
                                                   {TicketColumn::Priority, Qt::DescendingOrder}}
                                           << between << renamed << false;
    QTest::addRow("subject in the middle, descending")
        << Keys{{TicketColumn::Organisation, Qt::DescendingOrder},
                {TicketColumn::Subject, Qt::DescendingOrder},
                {TicketColumn::Created, Qt::AscendingOrder}}
        << between << renamed << false;
    QTest::addRow("subject last of three, then newest first")
        << Keys{{TicketColumn::Priority, Qt::DescendingOrder},
                {TicketColumn::Requester, Qt::AscendingOrder},
                {TicketColumn::Subject, Qt::AscendingOrder}}
        << between << renamed << false;
    QTest::addRow("four levels") << Keys{{TicketColumn::Priority, Qt::AscendingOrder},
                                         {TicketColumn::Organisation, Qt::AscendingOrder},
                                         {TicketColumn::Subject, Qt::DescendingOrder},
                                         {TicketColumn::Created, Qt::DescendingOrder}}
                                 << between << renamed << false;
}

void TestTicketSelection::subjectsWrittenAfterRankingSortExactly()
{
    QFETCH(QList<TicketSortKey>, order);
    QFETCH(QByteArrayList, added);
    QFETCH(QByteArrayList, renamed);
    QFETCH(bool, exact);
    TicketFilter all;
    all.view = TicketFilter::View::Everything;
    TicketSelection live = fresh(all, order); // ranks the subjects
    QVERIFY(!m_store.subjectRanksStale());
    QRandomGenerator random(11);
    std::vector<TicketStore::Row> written;
    // One requester and organisation for all, so that only subject and priority tell apart.
    const auto write = [&](Ticket &t, const QByteArray &subject) {
        t.subject = subject;
        t.priority = sd::core::Priority(3 - int(written.size() % 4));
        t.requester = People[0];
        t.email = "user0@example.org";
        t.organisationId = 1;
        t.organisation = Orgs[0];
        written.push_back(m_store.upsert(t.input()));
    };
    for (const QByteArray &subject : std::as_const(added)) {
        m_tickets.append(randomTicket(10'000 + m_tickets.size(), random));
        write(m_tickets.last(), subject);
    }
    for (qsizetype i = 0; i < renamed.size(); ++i)
        write(m_tickets[100 + 7 * i], renamed[i]);
    // Still the first ranking: the ranks given since are what this test is about.
    QVERIFY(!m_store.subjectRanksStale());
    const auto isExact = [this](TicketStore::Row row) {
        return SubjectRank::isExact(m_store.subjectRank(row));
    };
    QCOMPARE(std::all_of(written.begin(), written.end(), isExact), exact);
    const QString violation = rankViolation(m_store);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    live.rowsChanged(written);
    const std::vector<qint64> expected = expectedOrder(order);
    QCOMPARE(ids(live), expected);
    QCOMPARE(ids(fresh(all, order)), expected);
}

void TestTicketSelection::manyWrittenSubjectsRankAgain()
{
    TicketFilter all;
    all.view = TicketFilter::View::Everything;
    const QList<TicketSortKey> order = {{TicketColumn::Subject, Qt::AscendingOrder}};
    TicketSelection live = fresh(all, order);
    // Each new subject lies between ranked ones, so each rank is inexact; a sync this large
    // makes rowsChanged() sort everything again, which ranks again.
    QRandomGenerator random(5);
    std::vector<TicketStore::Row> written;
    for (int i = 0; i < 5000; ++i) {
        m_tickets.append(randomTicket(10'000 + i, random));
        m_tickets.last().subject += " #" + QByteArray::number(random.bounded(100'000));
        written.push_back(m_store.upsert(m_tickets.last().input()));
    }
    QVERIFY(m_store.subjectRanksStale());
    live.rowsChanged(written);
    QVERIFY(!m_store.subjectRanksStale());
    for (TicketStore::Row row = 0; row < m_store.rowCount(); ++row)
        QVERIFY(SubjectRank::isExact(m_store.subjectRank(row)));
    const QString violation = rankViolation(m_store);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    QCOMPARE(ids(live), expectedOrder(order));
}

void TestTicketSelection::ranksOnTwoThreadsLikeTheRules_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<int>("distinct");
    QTest::addRow("random words") << QByteArray() << 0;
    QTest::addRow("one subject for all") << QByteArray("Один и тот же") << 1;
    // Long equal beginnings: ranking reads many eight-byte steps deep.
    QTest::addRow("long shared beginning")
        << QByteArray("Ошибка при печати счёта на принтере в офисе ") << 5000;
    QTest::addRow("words after a short prefix") << QByteArray("ё ") << 0;
}

void TestTicketSelection::ranksOnTwoThreadsLikeTheRules()
{
    QFETCH(QByteArray, prefix);
    QFETCH(int, distinct);
    QRandomGenerator random(3);
    const auto subjectOf = [&](Ticket &t) {
        if (distinct == 1)
            t.subject = prefix;
        else if (distinct > 1)
            t.subject = prefix + QByteArray::number(random.bounded(distinct));
        else
            t.subject.prepend(prefix);
    };
    for (Ticket &t : m_tickets) {
        subjectOf(t);
        m_store.upsert(t.input());
    }
    for (auto id = qint64(m_tickets.size()) + 1; id <= qint64(TicketSelection::ParallelRows) + 5000;
         ++id) {
        m_tickets.append(randomTicket(id, random));
        subjectOf(m_tickets.last());
        m_store.upsert(m_tickets.last().input());
    }
    TicketFilter all;
    all.view = TicketFilter::View::Everything;
    const QList<TicketSortKey> order = {{TicketColumn::Subject, Qt::AscendingOrder},
                                        {TicketColumn::Created, Qt::DescendingOrder}};
    const TicketSelection selection = fresh(all, order);
    const QString violation = rankViolation(m_store);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    QCOMPARE(ids(selection), expectedOrder(order));
}

QTEST_GUILESS_MAIN(TestTicketSelection)
#include "testticketselection.moc"
