// MessageRepository and AttachmentRepository on the backend named by SD_TEST_BACKEND.
#include "sampledata.h"
#include "storage/attachmentrepository.h"
#include "storage/database.h"
#include "storage/messagerepository.h"
#include "storage/statement.h"
#include "storage/ticketrepository.h"
#include "testdatabase.h"

#include <QtTest>

using namespace sd;
using storage::StorageError;

class TestContentRepositories : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void messagesKeepTheirFields();
    void internalNotesCanBeLeftOut();
    void messageNeedsExistingTicketAndAttachments();
    void attachmentRoundTrip_data();
    void attachmentRoundTrip();
    void attachmentsAreStoredOncePerHash();

private:
    qint64 newTicket();
    qint64 blobCount(const QString &sha256);

    testing::TestDatabase m_testDb;
    std::unique_ptr<storage::Database> m_db;
};

void TestContentRepositories::initTestCase()
{
    QVERIFY2(m_testDb.create(), qPrintable(m_testDb.error()));
    m_db = m_testDb.openMigrated();
    QVERIFY2(m_db, qPrintable(m_testDb.error()));
}

void TestContentRepositories::cleanupTestCase()
{
    m_db.reset();
}

qint64 TestContentRepositories::newTicket()
{
    const auto created = storage::TicketRepository(*m_db).create(
        testing::sampleTicket(testing::uniqueName(QStringLiteral("Ticket "))), 0);
    return created ? created->id : 0;
}

qint64 TestContentRepositories::blobCount(const QString &sha256)
{
    storage::Statement count(*m_db, QStringLiteral("SELECT COUNT(*) FROM attachment_blobs "
                                                   "WHERE sha256 = ?"));
    if (!count.bind(sha256).exec() || !count.next())
        return -1;
    return count.id(0);
}

void TestContentRepositories::messagesKeepTheirFields()
{
    const qint64 ticketId = newTicket();
    storage::AttachmentRepository attachments(*m_db);
    const auto first = attachments.store(QStringLiteral("b.png"), QStringLiteral("image/png"),
                                         QByteArray("png bytes"));
    const auto second = attachments.store(QStringLiteral("a.log"), QStringLiteral("text/plain"),
                                          QByteArray("log bytes"));
    SD_VERIFY_OK(first);
    SD_VERIFY_OK(second);
    core::Message input =
        testing::sampleMessage(ticketId, core::MessageKind::Customer, QStringLiteral("Привет"));
    input.authorName = QStringLiteral("Мария <maria@example.org>");
    input.emailMessageId = QStringLiteral("<abc@mail.example.org>");
    input.emailInReplyTo = QStringLiteral("<prev@sd.example.com>");
    input.emailReferences = {QStringLiteral("<root@sd.example.com>"),
                             QStringLiteral("<prev@sd.example.com>")};
    input.attachmentIds = {second->id, first->id};
    storage::MessageRepository messages(*m_db);
    const auto appended = messages.append(input);
    SD_VERIFY_OK(appended);
    QVERIFY(appended->id > 0);
    QVERIFY(appended->createdAt.isValid());

    const auto read = messages.get(appended->id);
    SD_VERIFY_OK(read);
    QCOMPARE(read->ticketId, ticketId);
    SD_COMPARE_ENUM(read->kind, core::MessageKind::Customer);
    QCOMPARE(read->authorName, input.authorName);
    QCOMPARE(read->bodyHtml, input.bodyHtml);
    QCOMPARE(read->bodyText, input.bodyText);
    QCOMPARE(read->createdAt, appended->createdAt);
    QCOMPARE(read->emailMessageId, input.emailMessageId);
    QCOMPARE(read->emailInReplyTo, input.emailInReplyTo);
    QCOMPARE(read->emailReferences, input.emailReferences);
    QCOMPARE(read->attachmentIds, input.attachmentIds);

    const auto threaded = messages.findByEmailMessageId(input.emailMessageId);
    SD_VERIFY_OK(threaded);
    QCOMPARE(threaded->id, appended->id);
    QCOMPARE(messages.findByEmailMessageId(QStringLiteral("<none@x>")).error().kind,
             StorageError::Kind::NotFound);
    QCOMPARE(messages.findByEmailMessageId(QString()).error().kind, StorageError::Kind::NotFound);

    const auto byMessage = attachments.forTicket(ticketId);
    SD_VERIFY_OK(byMessage);
    const QList<core::AttachmentInfo> listed = byMessage->value(appended->id);
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).name, QStringLiteral("a.log"));
    QCOMPARE(listed.at(1).name, QStringLiteral("b.png"));
}

void TestContentRepositories::internalNotesCanBeLeftOut()
{
    const qint64 ticketId = newTicket();
    storage::MessageRepository messages(*m_db);
    const QList<core::MessageKind> kinds{core::MessageKind::Customer, core::MessageKind::Note,
                                         core::MessageKind::Reply, core::MessageKind::PhoneCall};
    for (const core::MessageKind kind : kinds) {
        SD_VERIFY_OK(
            messages.append(testing::sampleMessage(ticketId, kind, QString(core::toString(kind)))));
    }
    const auto all = messages.forTicket(ticketId);
    SD_VERIFY_OK(all);
    QCOMPARE(all->size(), 4);
    for (qsizetype i = 0; i < kinds.size(); ++i)
        SD_COMPARE_ENUM(all->at(i).kind, kinds.at(i));
    const auto visible = messages.forTicket(ticketId, false);
    SD_VERIFY_OK(visible);
    QCOMPARE(visible->size(), 3);
    for (const core::Message &message : visible.value())
        QVERIFY(message.kind != core::MessageKind::Note);
}

void TestContentRepositories::messageNeedsExistingTicketAndAttachments()
{
    storage::MessageRepository messages(*m_db);
    const qint64 ticketId = newTicket();
    QCOMPARE(messages
                 .append(testing::sampleMessage(ticketId + 100000, core::MessageKind::Reply,
                                                QStringLiteral("x")))
                 .error()
                 .kind,
             StorageError::Kind::NotFound);
    core::Message withMissing =
        testing::sampleMessage(ticketId, core::MessageKind::Reply, QStringLiteral("y"));
    withMissing.attachmentIds = {987654321};
    QCOMPARE(messages.append(withMissing).error().kind, StorageError::Kind::NotFound);
    QCOMPARE(messages.forTicket(ticketId)->size(), 0);
}

void TestContentRepositories::attachmentRoundTrip_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("text") << QByteArray("Лог ошибки\n");
    QTest::addRow("binary") << QByteArray("\x00\x01\xff\xfe\x00 png", 10);
    QByteArray large(300 * 1024, '\0');
    for (qsizetype i = 0; i < large.size(); ++i)
        large[i] = char(i * 7 % 251);
    QTest::addRow("300 KB") << large;
}

void TestContentRepositories::attachmentRoundTrip()
{
    QFETCH(QByteArray, content);
    storage::AttachmentRepository attachments(*m_db);
    const auto stored = attachments.store(QStringLiteral("file.bin"),
                                          QStringLiteral("application/octet-stream"), content);
    SD_VERIFY_OK(stored);
    QCOMPARE(stored->size, content.size());
    QCOMPARE(
        stored->sha256,
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    const auto read = attachments.content(stored->id);
    SD_VERIFY_OK(read);
    QCOMPARE(read.value(), content);
    const auto info = attachments.get(stored->id);
    SD_VERIFY_OK(info);
    QCOMPARE(info->name, QStringLiteral("file.bin"));
    QCOMPARE(info->sha256, stored->sha256);
    QCOMPARE(info->createdAt, stored->createdAt);
}

void TestContentRepositories::attachmentsAreStoredOncePerHash()
{
    storage::AttachmentRepository attachments(*m_db);
    const QByteArray screenshot =
        "GIF89a same screenshot " + testing::uniqueName(QStringLiteral("#")).toUtf8();
    const auto first =
        attachments.store(QStringLiteral("screen.gif"), QStringLiteral("image/gif"), screenshot, 0);
    const auto second =
        attachments.store(QStringLiteral("copy.gif"), QStringLiteral("image/gif"), screenshot, 0);
    SD_VERIFY_OK(first);
    SD_VERIFY_OK(second);
    QVERIFY(first->id != second->id);
    QCOMPARE(first->sha256, second->sha256);
    QCOMPARE(blobCount(first->sha256), 1);
    QCOMPARE(attachments.get(second->id)->name, QStringLiteral("copy.gif"));
    QCOMPARE(attachments.content(second->id).value(), screenshot);
    QCOMPARE(attachments.get(987654321).error().kind, StorageError::Kind::NotFound);
    QCOMPARE(attachments.content(987654321).error().kind, StorageError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestContentRepositories)
#include "testcontentrepositories.moc"
