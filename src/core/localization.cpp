#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sd::core {

QString Localization::chooseLanguage(const QString &requested)
{
    QString lang = requested;
    if (lang.isEmpty())
        lang = qEnvironmentVariable("SUPPORTDESK_LANG");
    if (lang.isEmpty())
        lang = QLocale::system().name();
    lang = lang.left(2).toLower();
    return lang == u"ru" ? QStringLiteral("ru") : QStringLiteral("en");
}

QString Localization::install(QCoreApplication &app, const QString &requested)
{
    const QString lang = chooseLanguage(requested);
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/supportdesk_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(lang));
    return lang;
}

} // namespace sd::core
