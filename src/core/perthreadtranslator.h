#pragma once

#include <QHash>
#include <QString>
#include <QTranslator>

#include <memory>

class QCoreApplication;

namespace sd::core {

// The server answers every caller in the caller's language, while tr() in QtCore is
// process-wide. This translator is installed once and answers from the language chosen for
// the current thread (a worker handling one request), falling back to the process default.
// QTranslator::translate of a loaded catalogue only reads, so concurrent calls are safe.
class PerThreadTranslator final : public QTranslator
{
public:
    // Loads SupportDesk's catalogues (ru, en) and installs the translator on the application.
    static PerThreadTranslator *install(QCoreApplication &app, const QString &defaultLanguage);

    // While a Scope lives, tr() on its thread answers in `language` ("ru" or "en"; anything
    // else means the default).
    class Scope
    {
    public:
        explicit Scope(const QString &language);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        QString m_previous;
    };

    // "ru" for Accept-Language values preferring Russian, else "en"; empty when not given.
    static QString languageFromAcceptLanguage(const QByteArray &header);

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }

private:
    explicit PerThreadTranslator(const QString &defaultLanguage, QObject *parent);

    QString m_default;
    QHash<QString, std::shared_ptr<QTranslator>> m_catalogues;
};

} // namespace sd::core
