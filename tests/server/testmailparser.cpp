#include "server/mailparser.h"
#include "server/mailquotetrimmer.h"
#include "sourcetree.h"

#include <QFile>
#include <QtTest>

#include <thread>
#include <vector>

using sd::server::MailAttachment;
using sd::server::MailMessage;
using sd::server::MailParser;
using sd::server::MailQuoteTrimmer;
using namespace Qt::StringLiterals;

namespace {

QByteArray corpusFile(const QString &name)
{
    QFile file(sd::testing::sourcePath(u"tests/data/mail/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// "name|type|content id|inline" keeps a row of expectations on one line.
QString describe(const MailAttachment &attachment)
{
    return attachment.fileName + u'|' + attachment.mimeType + u'|' + attachment.contentId + u'|' +
           (attachment.isInline ? u"inline"_s : u"attached"_s);
}

MailMessage parsed(const QString &name)
{
    const auto result = MailParser::parse(corpusFile(name));
    if (!result.message)
        qFatal("%s: %s", qPrintable(name), qPrintable(result.error));
    return *result.message;
}

} // namespace

class TestMailParser : public QObject
{
    Q_OBJECT

private slots:
    // First, so GMime is initialised by racing threads.
    void parsesConcurrently();
    void corpus_data();
    void corpus();
    void headers();
    void attachmentBytes_data();
    void attachmentBytes();
    void refusesNonMessages_data();
    void refusesNonMessages();
    void decodesCharsets_data();
    void decodesCharsets();
    void survivesTruncation();
    void survivesDeepNesting_data();
    void survivesDeepNesting();
    void trims_data();
    void trims();
};

void TestMailParser::parsesConcurrently()
{
    const QByteArray raw = corpusFile(u"gmail-related-inline.eml"_s);
    std::vector<int> attachmentCounts(4, -1);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < attachmentCounts.size(); ++i) {
        threads.emplace_back([&raw, &attachmentCounts, i] {
            for (int round = 0; round < 50; ++round) {
                const auto result = MailParser::parse(raw);
                attachmentCounts[i] = result.message ? int(result.message->attachments.size()) : 0;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    for (const int count : attachmentCounts)
        QCOMPARE(count, 2);
}

void TestMailParser::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QStringList>("textSnippets");
    QTest::addColumn<QString>("htmlSnippet");
    QTest::addColumn<QStringList>("attachments");
    QTest::addColumn<QDateTime>("date");

    const auto utc = [](int day, int hour, int minute, int second) {
        return QDateTime(QDate(2026, 12, day), QTime(hour, minute, second), Qt::UTC);
    };
    QTest::addRow("thunderbird utf-8 quoted-printable")
        << u"thunderbird-plain-utf8.eml"_s << u"Re: [#1042] Принтер не печатает"_s
        << u"Иван Петров <ivan.petrov@example.org>"_s
        << QStringList{u"Принтер всё ещё не печатает"_s, u"> Please restart the printer."_s}
        << QString() << QStringList() << utc(7, 11, 3, 0);
    QTest::addRow("outlook mixed, alternative, rfc 2231 and 2047 names")
        << u"outlook-mixed-alternative.eml"_s << u"Invoice question"_s
        << u"Smith, Anna <anna.smith@contoso.example>"_s
        << QStringList{u"please see the invoice attached."_s, u"-----Original Message-----"_s}
        << u"<b>invoice</b>"_s
        << QStringList{u"Счёт №1.pdf|application/pdf||attached"_s,
                       u"Отчёт.csv|text/csv||attached"_s}
        << utc(8, 9, 15, 42);
    QTest::addRow("gmail related inline image")
        << u"gmail-related-inline.eml"_s << u"Screenshot of the error"_s
        << u"Peter Muster <peter.muster@gmail.example>"_s << QStringList{u"[image: error.png]"_s}
        << u"src=\"cid:ii_screen01\""_s
        << QStringList{u"error.png|image/png|ii_screen01|inline"_s,
                       u"attachment-2.png|image/png|image001.png@01DA0001.00000000|inline"_s}
        << utc(9, 17, 0, 1);
    QTest::addRow("related with start parameter and rfc 2231 continuation")
        << u"apple-related-start.eml"_s << u"Logo für die Signatur"_s
        << u"Jürgen Müller <juergen@mac.example.com>"_s << QStringList{u"Unser Logo:"_s}
        << u"src=\"cid:logo@mac\""_s << QStringList{u"company-logo.png|image/png|logo@mac|inline"_s}
        << utc(17, 9, 0, 0);
    QTest::addRow("windows-1251 8bit")
        << u"outlook-windows-1251.eml"_s << u"Не работает почта"_s
        << u"Бухгалтерия <buh@example.ru>"_s
        << QStringList{u"Не работает почта на ноутбуке бухгалтера."_s, u"пишет:"_s} << QString()
        << QStringList() << utc(10, 8, 22, 33);
    QTest::addRow("koi8-r base64")
        << u"mobile-koi8r.eml"_s << u"Сервер 1С"_s << u"Сергей <sergey@example.ru>"_s
        << QStringList{u"Сервер 1С недоступен с утра."_s} << QString() << QStringList()
        << utc(11, 4, 45, 0);
    QTest::addRow("iso-8859-5 quoted-printable")
        << u"iso-8859-5.eml"_s << u"Пароль"_s << u"Olga <olga@example.ru>"_s
        << QStringList{u"Забыла пароль от VPN."_s} << QString() << QStringList()
        << utc(12, 7, 0, 0);
    QTest::addRow("missing charset, windows-1251 bytes")
        << u"missing-charset.eml"_s << u"Без кодировки"_s << u" <old-mailer@example.ru>"_s
        << QStringList{u"Письмо без указания кодировки."_s} << QString() << QStringList()
        << utc(13, 5, 0, 0);
    QTest::addRow("wrong and unknown charsets, bad date")
        << u"broken-charset.eml"_s << u"Wrong charset"_s << u" <broken@example.ru>"_s
        << QStringList{u"Объявлено utf-8, а на деле windows-1251."_s,
                       u"Неизвестная кодировка, но байты UTF-8."_s}
        << QString() << QStringList() << QDateTime();
    QTest::addRow("tnef kept as attachments")
        << u"outlook-tnef.eml"_s << u"Rich text from Outlook"_s
        << u"Exchange User <user@exchange.example.com>"_s
        << QStringList{u"See the attached document."_s} << QString()
        << QStringList{u"winmail.dat|application/ms-tnef||attached"_s,
                       u"winmail.dat|application/vnd.ms-tnef||attached"_s}
        << utc(14, 12, 0, 0);
    QTest::addRow("html only, text derived")
        << u"html-only.eml"_s << u"Заявка с сайта"_s << u"Web Form <noreply@shop.example.com>"_s
        << QStringList{u"Новая заявка\n\nИмя: Мария"_s, u"- Ноутбук\n- Мышь"_s}
        << u"<h1>Новая заявка</h1>"_s << QStringList() << utc(15, 16, 30, 0);
    QTest::addRow("mobile, unnamed and path names")
        << u"mobile-unnamed-image.eml"_s << u"Photo"_s << u" <maria@icloud.example.com>"_s
        << QStringList{u"Sent from my iPhone"_s} << QString()
        << QStringList{u"attachment-1.jpg|image/jpeg||attached"_s,
                       u"passwd|application/octet-stream||attached"_s}
        << utc(16, 18, 10, 0);
}

void TestMailParser::corpus()
{
    QFETCH(QString, file);
    QFETCH(QString, subject);
    QFETCH(QString, from);
    QFETCH(QStringList, textSnippets);
    QFETCH(QString, htmlSnippet);
    QFETCH(QStringList, attachments);
    QFETCH(QDateTime, date);

    const MailMessage message = parsed(file);
    QCOMPARE(message.subject, subject);
    QCOMPARE(message.from.name + u" <"_s + message.from.address + u'>', from);
    for (const QString &snippet : std::as_const(textSnippets))
        QVERIFY2(message.textBody.contains(snippet), qPrintable(message.textBody));
    QVERIFY(!message.textBody.contains(QChar::ReplacementCharacter));
    QVERIFY(!message.textBody.contains(u'\r'));
    QVERIFY(!message.textBody.contains(u"color:"_s));
    QVERIFY(!message.textBody.contains(u"alert"_s));
    if (htmlSnippet.isEmpty())
        QVERIFY(message.htmlBody.isEmpty());
    else
        QVERIFY2(message.htmlBody.contains(htmlSnippet), qPrintable(message.htmlBody));
    QStringList described;
    for (const MailAttachment &attachment : message.attachments)
        described.append(describe(attachment));
    QCOMPARE(described, attachments);
    QCOMPARE(message.date, date);
    QVERIFY(!message.messageId.isEmpty());
    QVERIFY(!message.messageId.contains(u'<'));
}

void TestMailParser::headers()
{
    const MailMessage reply = parsed(u"thunderbird-plain-utf8.eml"_s);
    QCOMPARE(reply.messageId, u"c0ffee.1@mail.example.org"_s);
    QCOMPARE(reply.inReplyTo, u"ack-41@supportdesk.example.com"_s);
    QCOMPARE(reply.references,
             QStringList({u"first-40@mail.example.org"_s, u"ack-41@supportdesk.example.com"_s}));
    QCOMPARE(reply.to.size(), 2);
    QCOMPARE(reply.to.at(0).address, u"support@supportdesk.example.com"_s);
    QCOMPARE(reply.to.at(0).name, u"Support"_s);
    QCOMPARE(reply.to.at(1).address, u"second@example.com"_s);
    QCOMPARE(reply.cc.size(), 1);
    QCOMPARE(reply.cc.at(0).name, u"Boss, Big"_s);
    QVERIFY(reply.autoSubmitted.isEmpty());
    QVERIFY(reply.precedence.isEmpty());

    QCOMPARE(parsed(u"outlook-mixed-alternative.eml"_s).autoSubmitted, u"no"_s);
    QCOMPARE(parsed(u"html-only.eml"_s).autoSubmitted, u"auto-generated"_s);
    QCOMPARE(parsed(u"outlook-tnef.eml"_s).precedence, u"bulk"_s);
    QVERIFY(parsed(u"outlook-tnef.eml"_s).references.isEmpty());
}

void TestMailParser::attachmentBytes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<qsizetype>("size");
    QTest::addRow("pdf") << u"outlook-mixed-alternative.eml"_s << 0 << QByteArray("%PDF-1.4\n")
                         << qsizetype(36);
    QTest::addRow("csv") << u"outlook-mixed-alternative.eml"_s << 1 << QByteArray("a;b\n1;2\n")
                         << qsizetype(8);
    QTest::addRow("png") << u"gmail-related-inline.eml"_s << 0
                         << QByteArray::fromHex("89504e470d0a1a0a") << qsizetype(70);
    QTest::addRow("tnef") << u"outlook-tnef.eml"_s << 0 << QByteArray::fromHex("789f3e22")
                          << qsizetype(38);
}

void TestMailParser::attachmentBytes()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(QByteArray, prefix);
    QFETCH(qsizetype, size);
    const MailMessage message = parsed(file);
    QVERIFY(index < message.attachments.size());
    const QByteArray &data = message.attachments.at(index).data;
    QVERIFY2(data.startsWith(prefix), data.toHex().constData());
    QCOMPARE(data.size(), size);
}

void TestMailParser::refusesNonMessages_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("blank lines") << QByteArray("\n\n\n");
    QTest::addRow("png image") << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");
}

void TestMailParser::refusesNonMessages()
{
    QFETCH(QByteArray, raw);
    const auto result = MailParser::parse(raw);
    QVERIFY(!result.message);
    QVERIFY(!result.error.isEmpty());
}

void TestMailParser::decodesCharsets_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("expected");
    const QString word = u"Ёжик"_s;
    QTest::addRow("declared utf-8") << word.toUtf8() << QByteArray("utf-8") << word;
    QTest::addRow("koi8-r alias") << QByteArray("\xb3\xd6\xc9\xcb") << QByteArray("koi8r") << word;
    QTest::addRow("utf-8 declared as latin1 stays latin1")
        << QByteArray("caf\xe9") << QByteArray("iso-8859-1") << u"café"_s;
    QTest::addRow("no charset, utf-8") << word.toUtf8() << QByteArray() << word;
    QTest::addRow("no charset, windows-1251")
        << QByteArray("\xa8\xe6\xe8\xea") << QByteArray() << word;
    QTest::addRow("unknown charset, windows-1251")
        << QByteArray("\xa8\xe6\xe8\xea") << QByteArray("x-martian") << word;
}

void TestMailParser::decodesCharsets()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, charset);
    QFETCH(QString, expected);
    QCOMPARE(MailParser::decodeText(bytes, charset.isEmpty() ? nullptr : charset.constData()),
             expected);
}

// Every prefix of every corpus message is a message cut off in transit: no crash, and the
// headers that arrived are still read.
void TestMailParser::survivesTruncation()
{
    const QStringList files = QDir(sd::testing::sourcePath(u"tests/data/mail"_s))
                                  .entryList({u"*.eml"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 12);
    for (const QString &file : files) {
        const QByteArray raw = corpusFile(file);
        for (qsizetype length = 0; length <= raw.size(); ++length) {
            const auto result = MailParser::parse(raw.left(length));
            if (length > raw.indexOf("\n\n") && length > raw.indexOf("\r\n\r\n"))
                QVERIFY2(result.message, qPrintable(file));
        }
    }
}

void TestMailParser::survivesDeepNesting_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("bodyRead");
    QTest::addRow("10 levels") << 10 << true;
    QTest::addRow("40 levels") << 40 << false;
    QTest::addRow("2000 levels") << 2000 << false;
}

void TestMailParser::survivesDeepNesting()
{
    QFETCH(int, depth);
    QFETCH(bool, bodyRead);
    QByteArray raw = "From: deep@example.org\nSubject: deep\nMIME-Version: 1.0\n";
    for (int i = 0; i < depth; ++i)
        raw += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) + "\"\n\n--b" +
               QByteArray::number(i) + "\n";
    raw += "Content-Type: text/plain\n\ninnermost\n";
    const auto result = MailParser::parse(raw);
    QVERIFY(result.message);
    QCOMPARE(result.message->subject, u"deep"_s);
    QCOMPARE(result.message->textBody.contains(u"innermost"_s), bodyRead);
}

void TestMailParser::trims_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fresh");
    QTest::addColumn<QString>("quoted");

    QTest::addRow("no history") << u"Just a question.\nThanks"_s << u"Just a question.\nThanks"_s
                                << QString();
    QTest::addRow("quote marks") << u"Yes.\n\n> Did it work?\n> Really?"_s << u"Yes."_s
                                 << u"> Did it work?\n> Really?"_s;
    QTest::addRow("on ... wrote")
        << u"Fixed, thanks.\n\nOn Mon, 7 Dec 2026 at 10:00, Support <s@example.com> wrote:\n"
           "> Restart it."_s
        << u"Fixed, thanks."_s
        << u"On Mon, 7 Dec 2026 at 10:00, Support <s@example.com> wrote:\n> Restart it."_s;
    QTest::addRow("wrapped attribution")
        << u"Ok\r\nOn Mon, 7 Dec 2026 at 10:00, Very Long Name <s@example.com>\r\nwrote:\r\n"
           "\r\n> Restart it.\r\n"_s
        << u"Ok"_s
        << u"On Mon, 7 Dec 2026 at 10:00, Very Long Name <s@example.com>\nwrote:\n\n"
           "> Restart it.\n"_s;
    QTest::addRow("outlook original message")
        << u"See below.\n\n-----Original Message-----\nFrom: Anna\nSent: Monday"_s
        << u"See below."_s << u"-----Original Message-----\nFrom: Anna\nSent: Monday"_s;
    QTest::addRow("russian original message")
        << u"Спасибо!\n\n---- Исходное сообщение ----\nОт: Поддержка"_s << u"Спасибо!"_s
        << u"---- Исходное сообщение ----\nОт: Поддержка"_s;
    QTest::addRow("russian attribution")
        << u"Помогло.\n\n07.12.2026, 10:00, Иван Петров пишет:\n> Перезагрузите."_s << u"Помогло."_s
        << u"07.12.2026, 10:00, Иван Петров пишет:\n> Перезагрузите."_s;
    QTest::addRow("wrote without quote is text")
        << u"My colleague wrote:\nthe printer is broken"_s
        << u"My colleague wrote:\nthe printer is broken"_s << QString();
    QTest::addRow("only history") << u"> old\n> older"_s << QString() << u"> old\n> older"_s;
}

void TestMailParser::trims()
{
    QFETCH(QString, text);
    QFETCH(QString, fresh);
    QFETCH(QString, quoted);
    const auto split = MailQuoteTrimmer::split(text);
    QCOMPARE(split.fresh, fresh);
    QCOMPARE(split.quoted, quoted);
}

QTEST_GUILESS_MAIN(TestMailParser)
#include "testmailparser.moc"
