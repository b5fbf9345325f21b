#include "sourcetree.h"

#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one per plural form, or one
    QString type;             // "", "unfinished", "vanished", "obsolete"
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<TsMessage> out;
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name")
            context = xml.readElementText();
        else if (name == u"message")
            current = TsMessage{context, {}, {}, {}};
        else if (name == u"source")
            current.source = xml.readElementText();
        else if (name == u"translation") {
            current.type = xml.attributes().value(QStringLiteral("type")).toString();
            QString text;
            while (!xml.atEnd() && !(xml.isEndElement() && xml.name() == u"translation")) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    current.translations.append(xml.readElementText());
            }
            if (current.translations.isEmpty())
                current.translations.append(text);
            out.append(current);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (const auto &m : re.globalMatch(text))
        found.insert(m.captured(0));
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("russian") << QStringLiteral("translations/supportdesk_ru.ts");
        QTest::addRow("english") << QStringLiteral("translations/supportdesk_en.ts");
    }

    // Every message is translated, finished, and keeps the source's placeholders, so no
    // screen shows an English fallback or a lost "%1".
    void complete()
    {
        QFETCH(QString, file);
        const QList<TsMessage> messages = readTs(sd::testing::sourcePath(file));
        QVERIFY2(!messages.isEmpty(), "no messages: run the update_translations target");
        for (const TsMessage &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.type.isEmpty(), qPrintable(m.type + QStringLiteral(" — ") + where));
            QVERIFY2(!m.translations.isEmpty(), qPrintable(where));
            for (const QString &t : m.translations) {
                QVERIFY2(!t.trimmed().isEmpty(), qPrintable(QStringLiteral("empty — ") + where));
                QSet<QString> expected = placeholders(m.source);
                QSet<QString> got = placeholders(t);
                expected.remove(QStringLiteral("%n"));
                got.remove(QStringLiteral("%n"));
                QVERIFY2(expected == got, qPrintable(QStringLiteral("placeholders — ") + where));
            }
        }
    }

    // The Russian catalogue is embedded in the binaries and really translates.
    void embeddedRussian()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/supportdesk_ru.qm")));
        const QList<TsMessage> messages =
            readTs(sd::testing::sourcePath(QStringLiteral("translations/supportdesk_ru.ts")));
        QVERIFY(!messages.isEmpty());
        const auto plain = std::find_if(messages.cbegin(), messages.cend(), [](const TsMessage &m) {
            return m.translations.size() == 1 && !m.source.contains(QStringLiteral("%n"));
        });
        QVERIFY(plain != messages.cend());
        const TsMessage &m = *plain;
        QCOMPARE(
            translator.translate(m.context.toUtf8().constData(), m.source.toUtf8().constData()),
            m.translations.constFirst());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "testtranslations.moc"
