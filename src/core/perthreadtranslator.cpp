#include "perthreadtranslator.h"

#include <QCoreApplication>

namespace sd::core {

namespace {

thread_local QString t_language;

} // namespace

PerThreadTranslator::PerThreadTranslator(const QString &defaultLanguage, QObject *parent)
    : QTranslator(parent), m_default(defaultLanguage)
{
    for (const char *lang : {"ru", "en"}) {
        auto catalogue = std::make_shared<QTranslator>();
        if (catalogue->load(
                QStringLiteral(":/i18n/supportdesk_%1.qm").arg(QLatin1StringView(lang))))
            m_catalogues.insert(QLatin1StringView(lang), catalogue);
    }
}

PerThreadTranslator *PerThreadTranslator::install(QCoreApplication &app,
                                                  const QString &defaultLanguage)
{
    auto *translator = new PerThreadTranslator(defaultLanguage, &app);
    QCoreApplication::installTranslator(translator);
    return translator;
}

PerThreadTranslator::Scope::Scope(const QString &language) : m_previous(t_language)
{
    t_language = language;
}

PerThreadTranslator::Scope::~Scope()
{
    t_language = m_previous;
}

QString PerThreadTranslator::languageFromAcceptLanguage(const QByteArray &header)
{
    double best = -1;
    QString chosen;
    for (const QByteArray &part : header.split(',')) {
        const QList<QByteArray> pieces = part.trimmed().split(';');
        const QString tag = QString::fromLatin1(pieces.value(0).trimmed()).left(2).toLower();
        double quality = 1;
        for (int i = 1; i < pieces.size(); ++i) {
            const QByteArray param = pieces.at(i).trimmed();
            if (param.startsWith("q="))
                quality = param.mid(2).toDouble();
        }
        if ((tag == u"ru" || tag == u"en") && quality > best) {
            best = quality;
            chosen = tag;
        }
    }
    return chosen;
}

QString PerThreadTranslator::translate(const char *context, const char *sourceText,
                                       const char *disambiguation, int n) const
{
    const QString &lang = t_language.isEmpty() ? m_default : t_language;
    const auto catalogue = m_catalogues.constFind(lang);
    if (catalogue == m_catalogues.cend())
        return {};
    return (*catalogue)->translate(context, sourceText, disambiguation, n);
}

} // namespace sd::core
