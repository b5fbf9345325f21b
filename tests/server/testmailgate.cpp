// supportdesk-server mailgate, through the real binary on the backend of SD_TEST_BACKEND, as
// an MTA pipes a message in: what it stores (ticket, message, attachments, threading) and the
// sysexits codes an MTA acts on.
#include "core/subjecttag.h"
#include "core/ticketnumber.h"
#include "sampledata.h"
#include "server/mailintake.h"
#include "server/serverconfig.h"
#include "serverprocess.h"
#include "storage/attachmentrepository.h"
#include "storage/changefeedrepository.h"
#include "storage/database.h"
#include "storage/mailmessagerepository.h"
#include "storage/messagerepository.h"
#include "storage/organisationrepository.h"
#include "storage/queuerepository.h"
#include "storage/ticketrepository.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"
#include "testdatabase.h"

#include <QProcess>
#include <QtTest>

#include <thread>

using namespace sd;
using namespace Qt::StringLiterals;

namespace {

struct Mail
{
    QString from = u"Ирина Петрова <irina@example.org>"_s;
    QString subject = u"Касса не печатает чек"_s;
    QString messageId;
    QString inReplyTo;
    QString body = u"После обновления касса перестала печатать чеки."_s;
    QByteArray attachments; // ready-made MIME parts; the message becomes multipart/mixed
};

QByteArray encodedWord(const QString &text)
{
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray part(const char *type, const char *name, const QByteArray &content)
{
    return QByteArray("--BOUNDARY\r\nContent-Type: ") + type +
           "\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; "
           "filename=\"" +
           name + "\"\r\n\r\n" + content.toBase64() + "\r\n";
}

QByteArray eml(const Mail &mail)
{
    const qsizetype angle = mail.from.indexOf(u'<');
    QByteArray out = "From: " + encodedWord(mail.from.left(angle).trimmed()) + ' ' +
                     mail.from.mid(angle).toUtf8() + "\r\n";
    out += "To: support@desk.example\r\nSubject: " + encodedWord(mail.subject) + "\r\n";
    out += "Date: Mon, 07 Dec 2026 10:00:00 +0300\r\n";
    if (!mail.messageId.isEmpty())
        out += "Message-ID: <" + mail.messageId.toUtf8() + ">\r\n";
    if (!mail.inReplyTo.isEmpty())
        out += "In-Reply-To: <" + mail.inReplyTo.toUtf8() + ">\r\nReferences: <" +
               mail.inReplyTo.toUtf8() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    const QByteArray text = "Content-Type: text/plain; charset=utf-8\r\n"
                            "Content-Transfer-Encoding: 8bit\r\n\r\n" +
                            mail.body.toUtf8() + "\r\n";
    if (mail.attachments.isEmpty())
        return out + text;
    return out + "Content-Type: multipart/mixed; boundary=\"BOUNDARY\"\r\n\r\n--BOUNDARY\r\n" +
           text + mail.attachments + "--BOUNDARY--\r\n";
}

QString newMessageId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + u"@mail.example.org"_s;
}

} // namespace

class TestMailgate : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
        QString number() const { return out.section(u' ', 0, 0); }
    };

    testing::TestDatabase m_testDb;
    std::unique_ptr<storage::Database> m_db;

    // Only the options given count: no SUPPORTDESK_* setting of the machine running the test.
    static bool startGate(QProcess &process, const QByteArray &input, const QStringList &options)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys())
            if (key.startsWith(u"SUPPORTDESK_"_s))
                env.remove(key);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SD_SERVER_BIN), QStringList{u"mailgate"_s} + options);
        if (!process.waitForStarted(30000))
            return false;
        process.write(input);
        process.closeWriteChannel();
        return true;
    }

    Outcome gate(const QByteArray &input, const QStringList &options)
    {
        QProcess process;
        if (!startGate(process, input, options) || !process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
                QString::fromUtf8(process.readAllStandardError()).trimmed()};
    }

    Outcome deliver(const Mail &mail, const QString &queue = u"Support"_s)
    {
        return gate(eml(mail), {u"--db"_s, m_testDb.url(), u"--queue"_s, queue});
    }

    core::Ticket ticket(const QString &number)
    {
        auto found = storage::TicketRepository(*m_db).getByNumber(number);
        if (!found)
            qFatal("ticket %s: %s", qPrintable(number), qPrintable(found.error().message));
        return found.value();
    }

    QList<core::Message> messages(const QString &number)
    {
        auto found = storage::MessageRepository(*m_db).forTicket(ticket(number).id, true);
        if (!found)
            qFatal("messages: %s", qPrintable(found.error().message));
        return found.value();
    }

    // A new ticket from a fresh message; its number.
    QString opened(Mail mail = {})
    {
        mail.messageId = newMessageId();
        const Outcome created = deliver(mail);
        if (created.exitCode != 0 || !created.out.endsWith(u" created"_s))
            qFatal("not created: %d %s %s", created.exitCode, qPrintable(created.out),
                   qPrintable(created.err));
        return created.number();
    }

private slots:
    void initTestCase();
    void cleanupTestCase() { m_db.reset(); }
    void newTicketFromMessage();
    void sameMessageIdTwiceIsOneTicket();
    void sameMessageIdAtOnceIsOneTicket();
    void racingDeliveryLosesCleanly();
    void taggedReplyAppends_data();
    void taggedReplyAppends();
    void inReplyToAloneThreads();
    void replyToLongClosedOpensFollowUp();
    void senderIsMatched();
    void executableAttachmentDroppedWithNote();
    void refusedInput_data();
    void refusedInput();
    void unreachableDatabaseIsTemporary();
    void deliveredWhileServeRuns();
};

void TestMailgate::initTestCase()
{
    QVERIFY2(m_testDb.create(), qPrintable(m_testDb.error()));
    m_db = m_testDb.openMigrated();
    QVERIFY2(m_db, qPrintable(m_testDb.error()));
}

void TestMailgate::newTicketFromMessage()
{
    Mail mail;
    mail.messageId = newMessageId();
    const Outcome created = deliver(mail, u"Development"_s);
    QCOMPARE(created.exitCode, 0);
    QVERIFY2(created.out.endsWith(u" created"_s), qPrintable(created.out));
    QVERIFY2(!created.out.contains(u'\n'), qPrintable(created.out));
    QVERIFY(core::TicketNumber::parse(created.number()));
    const core::Ticket stored = ticket(created.number());
    QCOMPARE(stored.subject, mail.subject);
    QVERIFY(stored.channel == core::Channel::Email);
    QCOMPARE(stored.queueId, storage::QueueRepository(*m_db).findByName(u"Development"_s)->id);
    // The SLA engine started on it as on an API ticket.
    QVERIFY(stored.firstResponseDue.isValid());
    const QList<core::Message> all = messages(created.number());
    QCOMPARE(all.size(), 1);
    QVERIFY(all.first().kind == core::MessageKind::Customer);
    QCOMPARE(all.first().bodyText.trimmed(), mail.body);
    QCOMPARE(all.first().emailMessageId, mail.messageId);
}

void TestMailgate::sameMessageIdTwiceIsOneTicket()
{
    Mail mail;
    mail.messageId = newMessageId();
    const Outcome first = deliver(mail);
    const Outcome second = deliver(mail);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.endsWith(u" duplicate"_s), qPrintable(second.out));
    QCOMPARE(second.number(), first.number());
    QCOMPARE(messages(first.number()).size(), 1);
    // A third delivery as a tagged reply must not slip past the check either.
    mail.subject = u"Re: "_s + mail.subject + u" ["_s + first.number() + u']';
    QVERIFY(deliver(mail).out.endsWith(u" duplicate"_s));
    QCOMPARE(messages(first.number()).size(), 1);
}

// An MTA retrying while the first delivery still runs: the deliveries race, one ticket results.
void TestMailgate::sameMessageIdAtOnceIsOneTicket()
{
    Mail mail;
    mail.messageId = newMessageId();
    const QByteArray input = eml(mail);
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < 4; ++i) {
        auto process = std::make_unique<QProcess>();
        QVERIFY(
            startGate(*process, input, {u"--db"_s, m_testDb.url(), u"--queue"_s, u"Support"_s}));
        processes.push_back(std::move(process));
    }
    QStringList outcomes;
    QSet<QString> numbers;
    for (const auto &process : processes) {
        QVERIFY(process->waitForFinished(120000));
        const QString out = QString::fromUtf8(process->readAllStandardOutput()).trimmed();
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        outcomes.append(out.section(u' ', 1));
        numbers.insert(out.section(u' ', 0, 0));
    }
    QCOMPARE(outcomes.count(u"created"_s), 1);
    QCOMPARE(outcomes.count(u"duplicate"_s), 3);
    QCOMPARE(numbers.size(), 1);
    QCOMPARE(messages(*numbers.cbegin()).size(), 1);
}

// The race itself, in process: another delivery records the Message-ID after this one checked
// for it and commits while this one is still writing. This one must end as a duplicate with
// nothing of its own stored, not as a failure the MTA would retry.
void TestMailgate::racingDeliveryLosesCleanly()
{
    const QString number = opened();
    const qint64 firstTicket = ticket(number).id;
    const int before = messages(number).size();
    const auto seqBefore = storage::ChangeFeedRepository(*m_db).latestSeq();
    QVERIFY(seqBefore);
    server::MailMessage mail;
    mail.messageId = newMessageId();
    mail.from = {u"race@example.org"_s, u"Race"_s};
    mail.subject = u"Гонка"_s;
    mail.textBody = u"Одно письмо, две доставки."_s;
    const qint64 queueId = storage::QueueRepository(*m_db).findByName(u"Support"_s)->id;

    storage::Transaction winner(*m_db);
    QVERIFY(winner);
    storage::MailMessageRepository::Record record;
    record.messageId = mail.messageId;
    record.ticketId = firstTicket;
    QVERIFY(storage::MailMessageRepository(*m_db).record(record));

    std::optional<storage::Result<server::MailIntake::Delivery>> raced;
    std::thread loser([&] {
        auto db = m_testDb.open();
        if (db)
            raced = server::MailIntake(*db, server::ServerConfig()).deliver(mail, queueId);
    });
    QTest::qWait(1000);
    QVERIFY(winner.commit());
    loser.join();
    QVERIFY(raced.has_value());
    QVERIFY2(raced->ok(), qPrintable(raced->error().message));
    QVERIFY(raced->value().outcome == server::MailIntake::Outcome::Duplicate);
    QCOMPARE(raced->value().ticketId, firstTicket);
    QCOMPARE(raced->value().ticketNumber, number);
    QCOMPARE(messages(number).size(), before);
    // Its ticket and message were rolled back: nothing new reached the change feed.
    QCOMPARE(storage::ChangeFeedRepository(*m_db).latestSeq().value(), seqBefore.value());
}

void TestMailgate::taggedReplyAppends_data()
{
    QTest::addColumn<QString>("subjectPattern"); // %1: the tag
    QTest::newRow("re aw ответ") << u"Re: AW: Ответ: %1 Касса не печатает чек"_s;
    QTest::newRow("fwd, other system's tag first") << u"Fwd: [JIRA-123] %1 чек"_s;
    QTest::newRow("tag at the end") << u"RE: Касса не печатает чек %1"_s;
}

void TestMailgate::taggedReplyAppends()
{
    QFETCH(QString, subjectPattern);
    const QString number = opened();
    Mail reply;
    reply.messageId = newMessageId();
    reply.subject =
        subjectPattern.arg(core::SubjectTag::format(*core::TicketNumber::parse(number)));
    reply.body = u"Проверили ещё раз: не печатает."_s;
    const Outcome appended = deliver(reply);
    QCOMPARE(appended.exitCode, 0);
    QCOMPARE(appended.out, number + u" appended"_s);
    const QList<core::Message> all = messages(number);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.last().bodyText.trimmed(), reply.body);
}

void TestMailgate::inReplyToAloneThreads()
{
    Mail first;
    first.messageId = newMessageId();
    const QString number = deliver(first).number();
    Mail reply;
    reply.messageId = newMessageId();
    reply.inReplyTo = first.messageId;
    reply.subject = u"Re: Касса не печатает чек"_s;
    const Outcome appended = deliver(reply);
    QCOMPARE(appended.exitCode, 0);
    QCOMPARE(appended.out, number + u" appended"_s);
    QCOMPARE(messages(number).size(), 2);
    // And the reply's own id threads the next one.
    Mail third;
    third.messageId = newMessageId();
    third.inReplyTo = reply.messageId;
    QCOMPARE(deliver(third).out, number + u" appended"_s);
}

void TestMailgate::replyToLongClosedOpensFollowUp()
{
    const QString number = opened();
    core::Ticket old = ticket(number);
    const int version = old.version;
    old.status = core::TicketStatus::Closed;
    old.resolution = core::Resolution::Answered;
    old.resolvedAt = QDateTime::currentDateTimeUtc().addDays(-60);
    QVERIFY(storage::TicketRepository(*m_db).update(old, version, 0));
    Mail reply;
    reply.messageId = newMessageId();
    reply.subject = u"Re: "_s + core::SubjectTag::format(*core::TicketNumber::parse(number));
    const Outcome followUp = deliver(reply);
    QCOMPARE(followUp.exitCode, 0);
    QVERIFY2(followUp.out.endsWith(u" follow-up"_s), qPrintable(followUp.out));
    QVERIFY(followUp.number() != number);
    QVERIFY(ticket(number).status == core::TicketStatus::Closed);
    QCOMPARE(messages(number).size(), 1);
    QCOMPARE(messages(followUp.number()).size(), 1);
    const auto links = storage::TicketRepository(*m_db).links(ticket(followUp.number()).id);
    QVERIFY(links);
    QCOMPARE(links->size(), 1);
}

void TestMailgate::senderIsMatched()
{
    // Unknown: a prospect with the name and address from the mail, no account, no organisation.
    Mail unknown;
    unknown.from =
        u"Пётр Иванов <petr.%1@unknown.example>"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
    const core::Ticket prospect = ticket(opened(unknown));
    QCOMPARE(prospect.requesterId, 0);
    QCOMPARE(prospect.organisationId, 0);
    QCOMPARE(prospect.requesterName, u"Пётр Иванов"_s);
    QCOMPARE(prospect.requesterEmail, unknown.from.section(u'<', 1).chopped(1));

    // A customer account with that address (any case): the requester and their organisation.
    core::Organisation organisation;
    organisation.name = testing::uniqueName(u"Mail org "_s);
    organisation.supportLevel = u"standard"_s;
    const auto stored = storage::OrganisationRepository(*m_db).create(organisation);
    QVERIFY2(stored, qPrintable(stored.error().message));
    core::User user;
    user.login = testing::uniqueName(u"mailuser"_s);
    user.name = u"Мария Смирнова"_s;
    user.email = user.login + u"@customer.example"_s;
    user.organisationId = stored->id;
    const auto customer = storage::UserRepository(*m_db).create(user, QString());
    QVERIFY2(customer, qPrintable(customer.error().message));
    Mail known;
    known.from = u"M. S. <"_s + user.email.toUpper() + u'>';
    const core::Ticket matched = ticket(opened(known));
    QCOMPARE(matched.requesterId, customer->id);
    QCOMPARE(matched.organisationId, stored->id);
}

void TestMailgate::executableAttachmentDroppedWithNote()
{
    QByteArray program("MZ\x90\x00\x03\x00\x00\x00", 8);
    program.append(QByteArray(0x3c - program.size(), '\0'));
    program.append(QByteArray("\x80\x00\x00\x00", 4));
    program.append(QByteArray(0x80 - program.size(), '\0'));
    program.append(QByteArray("PE\0\0\x4c\x01", 6));
    program.append(QByteArray(512, '\x01'));
    Mail mail;
    mail.attachments = part("application/octet-stream", "setup.exe", program) +
                       part("text/plain", "kkm.log", "12:00 ERROR printer offline\n");
    const QString number = opened(mail);
    const QList<core::Message> all = messages(number);
    QCOMPARE(all.size(), 2);
    QVERIFY(all.first().kind == core::MessageKind::Customer);
    QCOMPARE(all.first().bodyText.trimmed(), mail.body);
    const auto kept = storage::AttachmentRepository(*m_db).forMessage(all.first().id);
    QVERIFY(kept);
    QCOMPARE(kept->size(), 1);
    QCOMPARE(kept->first().name, u"kkm.log"_s);
    QVERIFY(all.last().kind == core::MessageKind::Note);
    QVERIFY2(all.last().bodyText.contains(u"setup.exe"_s), qPrintable(all.last().bodyText));
    QVERIFY2(!all.last().bodyText.contains(u"kkm.log"_s), qPrintable(all.last().bodyText));
}

void TestMailgate::refusedInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");
    const QStringList support{u"--queue"_s, u"Support"_s};
    QTest::newRow("empty input") << QByteArray() << support << 65 << u"not an e-mail"_s;
    QTest::newRow("binary garbage")
        << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << support << 65 << u"not an e-mail"_s;
    QTest::newRow("unknown queue")
        << eml({}) << QStringList{u"--queue"_s, u"Nowhere"_s} << 67 << u"Nowhere"_s;
    QTest::newRow("no queue") << eml({}) << QStringList() << 64 << u"--queue"_s;
    QTest::newRow("unknown option")
        << eml({}) << QStringList{u"--queue"_s, u"Support"_s, u"--bogus"_s} << 64 << u"bogus"_s;
}

void TestMailgate::refusedInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    const Outcome refused = gate(input, QStringList{u"--db"_s, m_testDb.url()} + options);
    QCOMPARE(refused.exitCode, exitCode);
    QVERIFY2(refused.out.isEmpty(), qPrintable(refused.out));
    QVERIFY2(refused.err.contains(error, Qt::CaseInsensitive), qPrintable(refused.err));
}

void TestMailgate::unreachableDatabaseIsTemporary()
{
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    Mail mail;
    mail.messageId = newMessageId();
    const Outcome down = gate(
        eml(mail), {u"--db"_s, u"postgresql://sd@127.0.0.1:1/sd"_s, u"--queue"_s, u"Support"_s});
    QCOMPARE(down.exitCode, 75);
    QVERIFY2(!down.err.isEmpty(), "no message on stderr");
    // Nothing was lost: delivered once the database is back, as the MTA's retry would.
    const Outcome retried = deliver(mail);
    QCOMPARE(retried.exitCode, 0);
    QVERIFY2(retried.out.endsWith(u" created"_s), qPrintable(retried.out));
}

// `serve` holds the same database (SQLite in WAL mode); the new ticket reaches the change feed,
// which is what the server pushes to workstations.
void TestMailgate::deliveredWhileServeRuns()
{
    testing::ServerProcess server(QStringLiteral(SD_SERVER_BIN));
    QVERIFY2(server.start(m_testDb.url()), qPrintable(server.error()));
    const auto before = storage::ChangeFeedRepository(*m_db).latestSeq();
    QVERIFY(before);
    Mail mail;
    mail.messageId = newMessageId();
    const Outcome created = deliver(mail);
    QCOMPARE(created.exitCode, 0);
    const qint64 ticketId = ticket(created.number()).id;
    const auto page = storage::ChangeFeedRepository(*m_db).since(before.value(), 100);
    QVERIFY(page);
    bool announced = false;
    for (const storage::ChangeItem &item : page->items)
        announced = announced ||
                    (item.entityType == storage::EntityType::Ticket && item.entityId == ticketId &&
                     item.operation == storage::ChangeOperation::Create);
    QVERIFY(announced);
    QVERIFY2(server.stop(), qPrintable(server.log()));
}

QTEST_GUILESS_MAIN(TestMailgate)
#include "testmailgate.moc"
