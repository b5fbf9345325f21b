#include "mailbench.h"

#include "figure.h"
#include "mailcorpus.h"
#include "server/mailintake.h"
#include "server/mailparser.h"
#include "server/serverconfig.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/queuerepository.h"
#include "storage/statement.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryFile>
#include <QTextStream>

namespace sd::bench {

namespace {

const QString QueueName = QStringLiteral("Support");

} // namespace

MailBench::MailBench(QString url, QString label, int messages)
    : m_url(std::move(url)), m_label(std::move(label)), m_messages(messages)
{}

MailBench::~MailBench() = default;

bool MailBench::fail(const QString &message) const
{
    QTextStream(stderr) << "bench-mail (" << m_label << "): " << message << Qt::endl;
    return false;
}

bool MailBench::prepare()
{
    auto db = storage::Database::open(m_url);
    if (!db)
        return fail(db.error().message);
    m_db = std::move(db.value());
    if (const auto migrated = storage::Migrator(*m_db).migrate(); !migrated)
        return fail(migrated.error().message);
    const auto queue = storage::QueueRepository(*m_db).findByName(QueueName);
    if (!queue)
        return fail(queue.error().message);
    m_queueId = queue->id;
    return true;
}

bool MailBench::run()
{
    if (!prepare())
        return false;
    const QString prefix = QStringLiteral("mail.%1.") + m_label + QStringLiteral(".messages_per_s");
    const bool gate = timed(
        prefix.arg(QStringLiteral("mailgate")), QStringLiteral("gate"),
        [this](int, const QByteArray &raw, QString *error) { return throughMailgate(raw, error); });
    const bool direct =
        timed(prefix.arg(QStringLiteral("inprocess")), QStringLiteral("direct"),
              [this](int, const QByteArray &raw, QString *error) { return inProcess(raw, error); });
    return gate && direct;
}

bool MailBench::counts(Counts *out)
{
    storage::Statement select(*m_db, QStringLiteral("SELECT (SELECT COUNT(*) FROM tickets), "
                                                    "(SELECT COUNT(*) FROM messages), "
                                                    "(SELECT COUNT(*) FROM message_attachments)"));
    if (!select.exec() || !select.next())
        return fail(select.error().message);
    *out = {select.id(0), select.id(1), select.id(2)};
    return true;
}

// Only the delivery is timed; building each message's text is the sender's work.
bool MailBench::timed(const QString &figure, const QString &runTag, const Deliver &deliver)
{
    const MailCorpus corpus(m_messages, runTag);
    Counts before;
    if (!counts(&before))
        return false;
    QStringList ticketOf(m_messages);
    qint64 elapsedNs = 0;
    for (int i = 0; i < m_messages; ++i) {
        const int parent = corpus.mails().at(i).repliesTo;
        const QByteArray raw = corpus.eml(i, parent >= 0 ? ticketOf.at(parent) : QString());
        QString error;
        QElapsedTimer clock;
        clock.start();
        ticketOf[i] = deliver(i, raw, &error);
        elapsedNs += clock.nsecsElapsed();
        if (ticketOf.at(i).isEmpty())
            return fail(QStringLiteral("message %1: %2").arg(i).arg(error));
        if (parent >= 0 && ticketOf.at(i) != ticketOf.at(parent))
            return fail(QStringLiteral("reply %1 went to %2, not %3")
                            .arg(i)
                            .arg(ticketOf.at(i), ticketOf.at(parent)));
    }
    Counts after;
    if (!counts(&after))
        return false;
    const Counts expected{corpus.newTickets(), m_messages, corpus.attachments()};
    if (after.tickets - before.tickets != expected.tickets ||
        after.messages - before.messages != expected.messages ||
        after.attachments - before.attachments != expected.attachments)
        return fail(QStringLiteral("%1: stored %2 tickets, %3 messages, %4 attachments; "
                                   "expected %5, %6, %7")
                        .arg(figure)
                        .arg(after.tickets - before.tickets)
                        .arg(after.messages - before.messages)
                        .arg(after.attachments - before.attachments)
                        .arg(expected.tickets)
                        .arg(expected.messages)
                        .arg(expected.attachments));
    printFigure(figure, m_messages / (double(elapsedNs) / 1e9), QStringLiteral("messages/s"));
    return true;
}

// As an MTA delivers: the message in a file on standard input of a fresh process.
QString MailBench::throughMailgate(const QByteArray &raw, QString *error) const
{
    QTemporaryFile file;
    if (!file.open() || file.write(raw) != raw.size() || !file.flush())
        return *error = file.errorString(), QString();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys())
        if (key.startsWith(QStringLiteral("SUPPORTDESK_")))
            env.remove(key);
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(file.fileName());
    process.start(QStringLiteral(SD_SERVER_BIN),
                  {QStringLiteral("mailgate"), QStringLiteral("--db"), m_url,
                   QStringLiteral("--queue"), QueueName});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QStringLiteral("exit %1: %2")
                     .arg(process.exitCode())
                     .arg(QString::fromUtf8(process.readAllStandardError()).trimmed());
        return {};
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    if (!out.endsWith(QStringLiteral(" created")) && !out.endsWith(QStringLiteral(" appended")))
        return *error = QStringLiteral("unexpected outcome: ") + out, QString();
    return out.section(u' ', 0, 0);
}

QString MailBench::inProcess(const QByteArray &raw, QString *error) const
{
    const auto parsed = server::MailParser::parse(raw);
    if (!parsed.message)
        return *error = parsed.error, QString();
    server::ServerConfig settings;
    settings.databaseUrl = m_url;
    const auto delivered = server::MailIntake(*m_db, settings).deliver(*parsed.message, m_queueId);
    if (!delivered)
        return *error = delivered.error().message, QString();
    if (delivered->outcome != server::MailIntake::Outcome::Created &&
        delivered->outcome != server::MailIntake::Outcome::Appended)
        return *error = QStringLiteral("unexpected outcome"), QString();
    return delivered->ticketNumber;
}

} // namespace sd::bench
