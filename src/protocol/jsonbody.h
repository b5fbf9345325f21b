#pragma once

#include "apierror.h"
#include "core/enumnames.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

namespace sd::protocol {

// Turns a request body into a JSON object and reads its fields with one set of rules, so every
// route refuses bad input alike: 400 for a body that is not a JSON object, 422 naming the field
// for a field that is wrong ("wrong_type", "invalid_value", "required", "unknown_field").
//
// Every reader returns false and fills *error (when not null) on refusal. An absent field
// leaves *out untouched, so callers preset their defaults; what null means is the Presence.
class JsonBody final
{
    Q_DECLARE_TR_FUNCTIONS(JsonBody)

public:
    enum class Presence {
        Optional, // may be absent; null is refused (wrong_type)
        Required, // absent, null or blank is refused (required)
        Nullable, // may be absent; null sets *out to its empty value (T{}): PATCH clears with it
    };

    static constexpr qsizetype Unlimited = std::numeric_limits<qsizetype>::max();

    // Refuses invalid UTF-8 (400 bad_utf8; QJsonDocument would silently replace the bytes),
    // an empty body (400 empty_body), broken JSON (400 malformed_json, with the byte offset in
    // the message) and JSON whose top level is not an object (400 not_an_object).
    static std::optional<QJsonObject> parseObject(const QByteArray &body, ApiError *error);

    // 422 unknown_field naming the first field (in key order) not in allowedKeys: a misspelt
    // field must not be dropped silently.
    static bool rejectUnknownFields(const QJsonObject &obj, const QStringList &allowedKeys,
                                    ApiError *error);

    // A one-line string, trimmed. Control characters are refused: such strings end up in
    // email headers and table cells, where a line break is an injection, not content.
    static bool readString(const QJsonObject &obj, const QString &key, Presence presence,
                           qsizetype maxLength, QString *out, ApiError *error);
    // Free text (bodies, descriptions): kept as sent, line breaks and indentation included;
    // a blank one is refused when Required. Only NUL is refused (PostgreSQL cannot store it).
    static bool readText(const QJsonObject &obj, const QString &key, Presence presence,
                         qsizetype maxLength, QString *out, ApiError *error);
    // An integral JSON number within [min, max].
    static bool readInteger(const QJsonObject &obj, const QString &key, Presence presence,
                            qint64 min, qint64 max, qint64 *out, ApiError *error);
    static bool readInt(const QJsonObject &obj, const QString &key, Presence presence, int min,
                        int max, int *out, ApiError *error);
    // A database id: a positive integer. Nullable turns null into 0, the core's "none".
    static bool readId(const QJsonObject &obj, const QString &key, Presence presence, qint64 *out,
                       ApiError *error);
    // Distinct ids in the order given (a repeated id is dropped), at most maxCount.
    static bool readIdList(const QJsonObject &obj, const QString &key, Presence presence,
                           qsizetype maxCount, QList<qint64> *out, ApiError *error);
    static bool readBool(const QJsonObject &obj, const QString &key, Presence presence, bool *out,
                         ApiError *error);
    // Distinct non-blank one-line strings, trimmed, in the order given.
    static bool readStringList(const QJsonObject &obj, const QString &key, Presence presence,
                               qsizetype maxCount, qsizetype maxLength, QStringList *out,
                               ApiError *error);
    // ISO-8601 with an explicit zone ("Z" or "+03:00"), returned in UTC. A time without a zone
    // is refused: the server's and the client's local zones differ.
    static bool readDateTime(const QJsonObject &obj, const QString &key, Presence presence,
                             QDateTime *out, ApiError *error);
    static bool readObject(const QJsonObject &obj, const QString &key, Presence presence,
                           QJsonObject *out, ApiError *error);
    static bool readObjectList(const QJsonObject &obj, const QString &key, Presence presence,
                               QList<QJsonObject> *out, ApiError *error);

    // One of the enum's wire spellings (core::toString), limited to `allowed` when given; the
    // message lists the accepted spellings. Nullable turns null into E{}, its first value.
    template <typename E>
    static bool readEnum(const QJsonObject &obj, const QString &key, Presence presence, E *out,
                         ApiError *error, const QList<E> &allowed = {})
    {
        QStringList names;
        for (const E value : allowed)
            names.append(core::toString(value));
        std::optional<QString> name;
        if (!readEnumName(obj, key, presence, names.isEmpty() ? core::allNames<E>() : names, &name,
                          error))
            return false;
        if (name)
            *out = name->isEmpty() ? E{} : core::fromString<E>(*name).value();
        return true;
    }

    // For readers of nested shapes: "id" refused inside "items[2]" becomes "items[2].id".
    static void nestField(const QString &outer, ApiError *error);

    // Fills *error (when not null) with a 422 about one field; always returns false.
    static bool fail(ApiError *error, const QString &code, const QString &field,
                     const QString &message);

private:
    // nullopt when absent; an empty string for a Nullable null.
    static bool readEnumName(const QJsonObject &obj, const QString &key, Presence presence,
                             const QStringList &allowed, std::optional<QString> *out,
                             ApiError *error);
};

} // namespace sd::protocol
