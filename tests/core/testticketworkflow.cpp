#include "core/ticketworkflow.h"

#include <QtTest>

using namespace sd::core;
using namespace Qt::StringLiterals;

namespace {

TicketStatus status(const QString &name)
{
    const std::optional<TicketStatus> value = fromString<TicketStatus>(name);
    if (!value)
        qFatal("unknown status %s", qPrintable(name));
    return *value;
}

Resolution resolution(const QString &name)
{
    const std::optional<Resolution> value = fromString<Resolution>(name);
    if (!value)
        qFatal("unknown resolution %s", qPrintable(name));
    return *value;
}

QStringList names(const QList<TicketStatus> &statuses)
{
    QStringList out;
    for (TicketStatus s : statuses)
        out.append(toString(s));
    return out;
}

Ticket ticketIn(TicketStatus s)
{
    Ticket ticket;
    ticket.status = s;
    return ticket;
}

} // namespace

class TestTicketWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void allowedTargets_data();
    void allowedTargets();
    void transitionMatrix_data();
    void transitionMatrix();
    void offeredTargetsCanBeReached();
    void resolutionRules_data();
    void resolutionRules();
    void resolutionAfter_data();
    void resolutionAfter();
    void pausesSla_data();
    void pausesSla();
    void customerReply_data();
    void customerReply();
};

void TestTicketWorkflow::allowedTargets_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QStringList>("targets");

    QTest::newRow("new") << u"new"_s
                         << QStringList{u"open"_s, u"pending_customer"_s, u"in_development"_s,
                                        u"resolved"_s, u"closed"_s};
    QTest::newRow("open") << u"open"_s
                          << QStringList{u"pending_customer"_s, u"in_development"_s, u"resolved"_s,
                                         u"closed"_s};
    QTest::newRow("pending_customer")
        << u"pending_customer"_s
        << QStringList{u"open"_s, u"in_development"_s, u"resolved"_s, u"closed"_s};
    QTest::newRow("in_development")
        << u"in_development"_s
        << QStringList{u"open"_s, u"pending_customer"_s, u"resolved"_s, u"closed"_s};
    QTest::newRow("resolved") << u"resolved"_s
                              << QStringList{u"open"_s, u"pending_customer"_s, u"in_development"_s,
                                             u"closed"_s};
    QTest::newRow("closed") << u"closed"_s << QStringList{};
}

void TestTicketWorkflow::allowedTargets()
{
    QFETCH(QString, from);
    QFETCH(QStringList, targets);

    QCOMPARE(names(TicketWorkflow::allowedTargets(status(from))), targets);
    for (const QString &to : allNames<TicketStatus>())
        QCOMPARE(TicketWorkflow::isTransitionAllowed(status(from), status(to)),
                 targets.contains(to));
}

// Every pair, with the resolution an agent would pick for the target: `fixed` for resolved and
// closed, none otherwise. The expected code is "" when the change is accepted.
void TestTicketWorkflow::transitionMatrix_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("code");

    const QStringList order = allNames<TicketStatus>();
    // Rows: from; columns: to, in the order new, open, pending_customer, in_development,
    // resolved, closed.
    const QString ok;
    const QString back = u"back_to_new"_s;
    const QString close = u"resolve_before_close"_s;
    const QString closedFinal = u"closed_is_final"_s;
    const QList<QStringList> expected{
        {ok, ok, ok, ok, ok, close},
        {back, ok, ok, ok, ok, close},
        {back, ok, ok, ok, ok, close},
        {back, ok, ok, ok, ok, close},
        {back, ok, ok, ok, ok, ok},
        {closedFinal, closedFinal, closedFinal, closedFinal, closedFinal, closedFinal},
    };
    for (qsizetype row = 0; row < order.size(); ++row)
        for (qsizetype column = 0; column < order.size(); ++column)
            QTest::addRow("%s -> %s", qPrintable(order[row]), qPrintable(order[column]))
                << order[row] << order[column] << expected[row][column];
}

void TestTicketWorkflow::transitionMatrix()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, code);

    const TicketStatus target = status(to);
    const Resolution chosen = TicketWorkflow::isDone(target) ? Resolution::Fixed : Resolution::None;
    const TicketWorkflow::Verdict verdict =
        TicketWorkflow::check(ticketIn(status(from)), target, chosen);
    QCOMPARE(verdict.code, code);
    QCOMPARE(verdict.allowed(), code.isEmpty());
    QCOMPARE(verdict.reason.isEmpty(), code.isEmpty());
    if (!code.isEmpty())
        QCOMPARE(verdict.field, u"status"_s);
}

// The GUI offers allowedTargets(); each must be reachable with some resolution, and a status
// it does not offer must be refused whatever the resolution.
void TestTicketWorkflow::offeredTargetsCanBeReached()
{
    for (const QString &fromName : allNames<TicketStatus>()) {
        Ticket ticket = ticketIn(status(fromName));
        ticket.category = Category::FeatureRequest;
        ticket.mergedIntoId = 7;
        const QList<TicketStatus> offered = TicketWorkflow::allowedTargets(ticket.status);
        for (const QString &toName : allNames<TicketStatus>()) {
            const TicketStatus to = status(toName);
            if (to == ticket.status)
                continue;
            bool reachable = false;
            for (const QString &resolutionName : allNames<Resolution>())
                reachable = reachable ||
                            TicketWorkflow::check(ticket, to, resolution(resolutionName)).allowed();
            QVERIFY2(reachable == offered.contains(to), qPrintable(fromName + u" -> "_s + toName));
        }
    }
}

void TestTicketWorkflow::resolutionRules_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("category");
    QTest::addColumn<qint64>("mergedInto");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("resolution");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    const QString none;
    QTest::newRow("resolve without resolution")
        << u"open"_s << u"incident"_s << qint64(0) << u"resolved"_s << u"none"_s
        << u"resolution_required"_s << u"resolution"_s;
    QTest::newRow("close resolved without resolution")
        << u"resolved"_s << u"incident"_s << qint64(0) << u"closed"_s << u"none"_s
        << u"resolution_required"_s << u"resolution"_s;
    QTest::newRow("resolved keeps none")
        << u"resolved"_s << u"question"_s << qint64(0) << u"resolved"_s << u"none"_s
        << u"resolution_required"_s << u"resolution"_s;
    QTest::newRow("reopen keeping resolution")
        << u"resolved"_s << u"incident"_s << qint64(0) << u"open"_s << u"fixed"_s
        << u"resolution_not_allowed"_s << u"resolution"_s;
    QTest::newRow("pending with resolution")
        << u"open"_s << u"question"_s << qint64(0) << u"pending_customer"_s << u"answered"_s
        << u"resolution_not_allowed"_s << u"resolution"_s;
    QTest::newRow("hand over with resolution")
        << u"open"_s << u"incident"_s << qint64(0) << u"in_development"_s << u"cannot_reproduce"_s
        << u"resolution_not_allowed"_s << u"resolution"_s;
    QTest::newRow("duplicate not merged")
        << u"open"_s << u"incident"_s << qint64(0) << u"resolved"_s << u"duplicate"_s
        << u"duplicate_needs_merge"_s << u"resolution"_s;
    QTest::newRow("duplicate merged") << u"open"_s << u"incident"_s << qint64(42) << u"resolved"_s
                                      << u"duplicate"_s << none << none;
    QTest::newRow("merged duplicate closed at once")
        << u"new"_s << u"question"_s << qint64(42) << u"closed"_s << u"duplicate"_s << none << none;
    QTest::newRow("unmerged duplicate closed at once")
        << u"new"_s << u"question"_s << qint64(0) << u"closed"_s << u"duplicate"_s
        << u"duplicate_needs_merge"_s << u"resolution"_s;
    QTest::newRow("abusive closed at once") << u"open"_s << u"question"_s << qint64(0)
                                            << u"closed"_s << u"declined_abusive"_s << none << none;
    QTest::newRow("out of scope closed at once")
        << u"in_development"_s << u"question"_s << qint64(0) << u"closed"_s << u"out_of_scope"_s
        << u"resolve_before_close"_s << u"status"_s;
    QTest::newRow("insufficient information closed at once")
        << u"pending_customer"_s << u"incident"_s << qint64(0) << u"closed"_s
        << u"insufficient_information"_s << u"resolve_before_close"_s << u"status"_s;
    QTest::newRow("insufficient information resolved")
        << u"pending_customer"_s << u"incident"_s << qint64(0) << u"resolved"_s
        << u"insufficient_information"_s << none << none;
    QTest::newRow("feature accepted for a question")
        << u"open"_s << u"question"_s << qint64(0) << u"resolved"_s << u"feature_accepted"_s
        << u"feature_accepted_needs_feature_request"_s << u"resolution"_s;
    QTest::newRow("feature accepted for a feature request")
        << u"in_development"_s << u"feature_request"_s << qint64(0) << u"resolved"_s
        << u"feature_accepted"_s << none << none;
    QTest::newRow("change resolution while resolved")
        << u"resolved"_s << u"incident"_s << qint64(0) << u"resolved"_s << u"cannot_reproduce"_s
        << none << none;
    QTest::newRow("close resolved with another resolution")
        << u"resolved"_s << u"incident"_s << qint64(0) << u"closed"_s << u"out_of_scope"_s << none
        << none;
    QTest::newRow("reopen resolved cleared")
        << u"resolved"_s << u"incident"_s << qint64(0) << u"open"_s << u"none"_s << none << none;
    QTest::newRow("closed reopened") << u"closed"_s << u"incident"_s << qint64(0) << u"open"_s
                                     << u"none"_s << u"closed_is_final"_s << u"status"_s;
    QTest::newRow("closed resolution changed")
        << u"closed"_s << u"incident"_s << qint64(0) << u"closed"_s << u"answered"_s
        << u"closed_is_final"_s << u"status"_s;
}

void TestTicketWorkflow::resolutionRules()
{
    QFETCH(QString, from);
    QFETCH(QString, category);
    QFETCH(qint64, mergedInto);
    QFETCH(QString, to);
    QFETCH(QString, resolution);
    QFETCH(QString, code);
    QFETCH(QString, field);

    Ticket ticket = ticketIn(status(from));
    ticket.category = *fromString<Category>(category);
    ticket.mergedIntoId = mergedInto;
    const TicketWorkflow::Verdict verdict =
        TicketWorkflow::check(ticket, status(to), ::resolution(resolution));
    QCOMPARE(verdict.code, code);
    QCOMPARE(verdict.field, field);
    QCOMPARE(verdict.reason.isEmpty(), code.isEmpty());
}

void TestTicketWorkflow::resolutionAfter_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("expected");

    QTest::newRow("reopen clears") << u"open"_s << u"fixed"_s << u"none"_s;
    QTest::newRow("pending clears") << u"pending_customer"_s << u"answered"_s << u"none"_s;
    QTest::newRow("development clears") << u"in_development"_s << u"fixed"_s << u"none"_s;
    QTest::newRow("resolved keeps")
        << u"resolved"_s << u"cannot_reproduce"_s << u"cannot_reproduce"_s;
    QTest::newRow("closed keeps") << u"closed"_s << u"duplicate"_s << u"duplicate"_s;
}

void TestTicketWorkflow::resolutionAfter()
{
    QFETCH(QString, to);
    QFETCH(QString, current);
    QFETCH(QString, expected);

    const Resolution after = TicketWorkflow::resolutionAfter(status(to), resolution(current));
    QCOMPARE(toString(after), expected);
    Ticket ticket = ticketIn(TicketStatus::Resolved);
    ticket.mergedIntoId = 3;
    QVERIFY(TicketWorkflow::check(ticket, status(to), after).allowed());
}

void TestTicketWorkflow::pausesSla_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("pauses");
    QTest::addColumn<bool>("done");

    QTest::newRow("new") << u"new"_s << false << false;
    QTest::newRow("open") << u"open"_s << false << false;
    QTest::newRow("pending_customer") << u"pending_customer"_s << true << false;
    QTest::newRow("in_development") << u"in_development"_s << false << false;
    QTest::newRow("resolved") << u"resolved"_s << false << true;
    QTest::newRow("closed") << u"closed"_s << false << true;
}

void TestTicketWorkflow::pausesSla()
{
    QFETCH(QString, status);
    QFETCH(bool, pauses);
    QFETCH(bool, done);

    QCOMPARE(TicketWorkflow::pausesSla(::status(status)), pauses);
    QCOMPARE(TicketWorkflow::defaultSlaPausingStatuses().contains(::status(status)), pauses);
    QCOMPARE(TicketWorkflow::isDone(::status(status)), done);
}

void TestTicketWorkflow::customerReply_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("resolvedAtKnown");
    QTest::addColumn<qint64>("secondsAfterResolution");
    QTest::addColumn<int>("windowDays");
    QTest::addColumn<int>("effect");

    using E = TicketWorkflow::ReplyEffect;
    constexpr qint64 day = 24 * 60 * 60;
    QTest::newRow("new") << u"new"_s << false << qint64(0) << 7 << int(E::Append);
    QTest::newRow("open") << u"open"_s << false << qint64(0) << 7 << int(E::Append);
    QTest::newRow("in development")
        << u"in_development"_s << false << qint64(0) << 7 << int(E::Append);
    QTest::newRow("pending resumes")
        << u"pending_customer"_s << false << qint64(0) << 7 << int(E::Resume);
    QTest::newRow("closed") << u"closed"_s << true << qint64(60) << 7 << int(E::NewLinkedTicket);
    QTest::newRow("resolved next day") << u"resolved"_s << true << day << 7 << int(E::Reopen);
    QTest::newRow("resolved last second")
        << u"resolved"_s << true << 7 * day << 7 << int(E::Reopen);
    QTest::newRow("resolved just after window")
        << u"resolved"_s << true << 7 * day + 1 << 7 << int(E::NewLinkedTicket);
    QTest::newRow("longer window") << u"resolved"_s << true << 10 * day << 14 << int(E::Reopen);
    QTest::newRow("no window, same instant")
        << u"resolved"_s << true << qint64(0) << 0 << int(E::Reopen);
    QTest::newRow("no window, a second later")
        << u"resolved"_s << true << qint64(1) << 0 << int(E::NewLinkedTicket);
    QTest::newRow("resolution time unknown")
        << u"resolved"_s << false << 400 * day << 7 << int(E::Reopen);
}

void TestTicketWorkflow::customerReply()
{
    QFETCH(QString, status);
    QFETCH(bool, resolvedAtKnown);
    QFETCH(qint64, secondsAfterResolution);
    QFETCH(int, windowDays);
    QFETCH(int, effect);

    const QDateTime resolvedAt(QDate(2026, 3, 27), QTime(16, 30), Qt::UTC);
    Ticket ticket = ticketIn(::status(status));
    if (resolvedAtKnown)
        ticket.resolvedAt = resolvedAt;
    const QDateTime replyAt = resolvedAt.addSecs(secondsAfterResolution);
    QCOMPARE(int(TicketWorkflow::effectOfCustomerReply(ticket, replyAt, windowDays)), effect);
}

QTEST_GUILESS_MAIN(TestTicketWorkflow)
#include "testticketworkflow.moc"
