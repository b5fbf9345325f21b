#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace sd::storage {
class Database;
}

namespace sd::bench {

// Messages per second into one database, two ways: through `supportdesk-server mailgate`
// started once per message as an MTA pipes mail (process start, migration check and
// connection included), and through MailParser + MailIntake::deliver in this process, so the
// cost of the process shows. Each run checks afterwards that every message became the ticket
// or the message it should: a bench that silently drops mail measures nothing.
class MailBench final
{
public:
    MailBench(QString url, QString label, int messages);
    ~MailBench();

    bool run();

private:
    struct Counts
    {
        qint64 tickets = 0;
        qint64 messages = 0;
        qint64 attachments = 0;
    };
    // Delivers mail `index` (its raw text given); the ticket number it landed in, or empty.
    using Deliver = std::function<QString(int index, const QByteArray &raw, QString *error)>;

    bool prepare();
    bool timed(const QString &path, const QString &runTag, const Deliver &deliver);
    bool counts(Counts *out);
    QString throughMailgate(const QByteArray &raw, QString *error) const;
    QString inProcess(const QByteArray &raw, QString *error) const;
    bool fail(const QString &message) const;

    QString m_url;
    QString m_label;
    int m_messages;
    std::unique_ptr<storage::Database> m_db;
    qint64 m_queueId = 0;
};

} // namespace sd::bench
