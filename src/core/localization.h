#pragma once

#include <QString>

class QCoreApplication;

namespace sd::core {

// Installs SupportDesk's and Qt's own translations for one language on the application.
// The language comes from, in order: the argument, SUPPORTDESK_LANG, the system locale.
// Russian and English are complete; anything else falls back to English.
class Localization final
{
public:
    static QString chooseLanguage(const QString &requested = {});
    // Returns the language actually installed ("ru" or "en").
    static QString install(QCoreApplication &app, const QString &requested = {});
};

} // namespace sd::core
