#include "jsonbody.h"

#include "fieldlimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <climits>
#include <cmath>

namespace sd::protocol {

namespace {

using Presence = JsonBody::Presence;

std::nullopt_t refuseBody(ApiError *error, const QString &code, const QString &message)
{
    if (error)
        *error = ApiError{400, code, message, {}};
    return std::nullopt;
}

// QJsonDocument only parses objects and arrays, so a bare "42" or "\"text\"" reports a syntax
// error at its first byte. Wrapped in brackets it parses: then the body was JSON after all,
// just not an object, and the caller deserves that answer rather than "malformed".
bool isJsonScalar(const QByteArray &body)
{
    QJsonParseError wrapped;
    QJsonDocument::fromJson('[' + body + ']', &wrapped);
    return wrapped.error == QJsonParseError::NoError;
}

bool refuseRequired(ApiError *error, const QString &key)
{
    return JsonBody::fail(error, QStringLiteral("required"), key,
                          JsonBody::tr("The field %1 is required.").arg(key));
}

bool refuseType(ApiError *error, const QString &key, const QString &message)
{
    return JsonBody::fail(error, QStringLiteral("wrong_type"), key, message);
}

bool refuseValue(ApiError *error, const QString &key, const QString &message)
{
    return JsonBody::fail(error, QStringLiteral("invalid_value"), key, message);
}

// The part every reader shares: what absence and null mean under `presence`. `convert` checks
// a present, non-null value and gives nullopt (with *error filled) to refuse it.
template <typename T, typename Convert>
bool readField(const QJsonObject &obj, const QString &key, Presence presence, T *out,
               ApiError *error, Convert convert, T nullValue = T{})
{
    const auto it = obj.constFind(key);
    const bool absent = it == obj.constEnd();
    if (presence == Presence::Required && (absent || it->isNull()))
        return refuseRequired(error, key);
    if (absent)
        return true;
    if (it->isNull()) {
        if (presence != Presence::Nullable)
            return refuseType(error, key, JsonBody::tr("The field %1 cannot be null.").arg(key));
        *out = std::move(nullValue);
        return true;
    }
    std::optional<T> value = convert(it.value());
    if (!value)
        return false;
    *out = std::move(*value);
    return true;
}

std::optional<qint64> integralNumber(const QJsonValue &value, const QString &key, ApiError *error)
{
    // Past this a double no longer maps onto qint64; no field of ours goes near it.
    constexpr double Limit = 9.0e18;
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || std::trunc(number) != number) {
        refuseType(error, key, JsonBody::tr("The field %1 must be a whole number.").arg(key));
        return std::nullopt;
    }
    if (std::abs(number) >= Limit) {
        refuseValue(error, key, JsonBody::tr("The field %1 is out of range.").arg(key));
        return std::nullopt;
    }
    return value.toInteger(static_cast<qint64>(number));
}

std::optional<qint64> idValue(const QJsonValue &value, const QString &key, ApiError *error)
{
    const std::optional<qint64> id = integralNumber(value, key, error);
    if (id && (*id < 1 || *id > FieldLimits::MaxSafeInteger)) {
        refuseValue(error, key, JsonBody::tr("The field %1 must be a positive id.").arg(key));
        return std::nullopt;
    }
    return id;
}

// Shared by readString and readText; `oneLine` refuses every control character, free text
// only NUL. Unpaired surrogates ("\ud800" in JSON) are refused too: they cannot be stored as
// UTF-8.
std::optional<QString> stringValue(const QJsonValue &value, const QString &key, Presence presence,
                                   qsizetype maxLength, bool oneLine, ApiError *error)
{
    if (!value.isString()) {
        refuseType(error, key, JsonBody::tr("The field %1 must be a string.").arg(key));
        return std::nullopt;
    }
    QString text = value.toString();
    if (oneLine)
        text = text.trimmed();
    if (presence == Presence::Required && text.trimmed().isEmpty()) {
        refuseRequired(error, key);
        return std::nullopt;
    }
    if (text.size() > maxLength) {
        refuseValue(error, key,
                    JsonBody::tr("The field %1 may be at most %n characters long.", nullptr,
                                 int(std::min<qsizetype>(maxLength, INT_MAX)))
                        .arg(key));
        return std::nullopt;
    }
    const bool badChar = std::any_of(text.cbegin(), text.cend(), [oneLine](QChar c) {
        return c.unicode() == 0 || (oneLine && (c.unicode() < 0x20 || c.unicode() == 0x7f));
    });
    if (badChar || !QStringView(text).isValidUtf16()) {
        refuseValue(
            error, key,
            JsonBody::tr("The field %1 contains characters that are not allowed.").arg(key));
        return std::nullopt;
    }
    return text;
}

std::optional<QJsonArray> arrayValue(const QJsonValue &value, const QString &key,
                                     qsizetype maxCount, ApiError *error)
{
    if (!value.isArray()) {
        refuseType(error, key, JsonBody::tr("The field %1 must be a list.").arg(key));
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > maxCount) {
        refuseValue(error, key,
                    JsonBody::tr("The field %1 may hold at most %n items.", nullptr,
                                 int(std::min<qsizetype>(maxCount, INT_MAX)))
                        .arg(key));
        return std::nullopt;
    }
    return array;
}

} // namespace

std::optional<QJsonObject> JsonBody::parseObject(const QByteArray &body, ApiError *error)
{
    if (body.trimmed().isEmpty())
        return refuseBody(error, QStringLiteral("empty_body"),
                          tr("The request body is empty; a JSON object was expected."));
    if (!body.isValidUtf8())
        return refuseBody(error, QStringLiteral("bad_utf8"),
                          tr("The request body is not valid UTF-8 text."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (isJsonScalar(body))
            return refuseBody(error, QStringLiteral("not_an_object"),
                              tr("The request body must be a JSON object."));
        return refuseBody(error, QStringLiteral("malformed_json"),
                          tr("The request body is not valid JSON: %1 at byte %2.")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    }
    if (!doc.isObject())
        return refuseBody(error, QStringLiteral("not_an_object"),
                          tr("The request body must be a JSON object."));
    return doc.object();
}

bool JsonBody::rejectUnknownFields(const QJsonObject &obj, const QStringList &allowedKeys,
                                   ApiError *error)
{
    for (auto it = obj.constBegin(); it != obj.constEnd(); ++it) {
        if (!allowedKeys.contains(it.key()))
            return fail(error, QStringLiteral("unknown_field"), it.key(),
                        tr("Unknown field %1; accepted fields: %2.")
                            .arg(it.key(), allowedKeys.join(QStringLiteral(", "))));
    }
    return true;
}

bool JsonBody::readString(const QJsonObject &obj, const QString &key, Presence presence,
                          qsizetype maxLength, QString *out, ApiError *error)
{
    return readField(obj, key, presence, out, error, [&](const QJsonValue &value) {
        return stringValue(value, key, presence, maxLength, true, error);
    });
}

bool JsonBody::readText(const QJsonObject &obj, const QString &key, Presence presence,
                        qsizetype maxLength, QString *out, ApiError *error)
{
    return readField(obj, key, presence, out, error, [&](const QJsonValue &value) {
        return stringValue(value, key, presence, maxLength, false, error);
    });
}

bool JsonBody::readInteger(const QJsonObject &obj, const QString &key, Presence presence,
                           qint64 min, qint64 max, qint64 *out, ApiError *error)
{
    return readField(obj, key, presence, out, error, [&](const QJsonValue &value) {
        std::optional<qint64> number = integralNumber(value, key, error);
        if (number && (*number < min || *number > max)) {
            refuseValue(error, key,
                        tr("The field %1 must be between %2 and %3.").arg(key).arg(min).arg(max));
            number.reset();
        }
        return number;
    });
}

bool JsonBody::readInt(const QJsonObject &obj, const QString &key, Presence presence, int min,
                       int max, int *out, ApiError *error)
{
    qint64 wide = *out;
    if (!readInteger(obj, key, presence, min, max, &wide, error))
        return false;
    *out = static_cast<int>(wide);
    return true;
}

bool JsonBody::readId(const QJsonObject &obj, const QString &key, Presence presence, qint64 *out,
                      ApiError *error)
{
    return readField(obj, key, presence, out, error,
                     [&](const QJsonValue &value) { return idValue(value, key, error); });
}

bool JsonBody::readIdList(const QJsonObject &obj, const QString &key, Presence presence,
                          qsizetype maxCount, QList<qint64> *out, ApiError *error)
{
    return readField(obj, key, presence, out, error,
                     [&](const QJsonValue &value) -> std::optional<QList<qint64>> {
                         const auto array = arrayValue(value, key, maxCount, error);
                         if (!array)
                             return std::nullopt;
                         QList<qint64> ids;
                         for (const QJsonValue &item : *array) {
                             const std::optional<qint64> id = idValue(item, key, error);
                             if (!id)
                                 return std::nullopt;
                             if (!ids.contains(*id))
                                 ids.append(*id);
                         }
                         return ids;
                     });
}

bool JsonBody::readBool(const QJsonObject &obj, const QString &key, Presence presence, bool *out,
                        ApiError *error)
{
    return readField(obj, key, presence, out, error,
                     [&](const QJsonValue &value) -> std::optional<bool> {
                         if (value.isBool())
                             return value.toBool();
                         refuseType(error, key, tr("The field %1 must be true or false.").arg(key));
                         return std::nullopt;
                     });
}

bool JsonBody::readStringList(const QJsonObject &obj, const QString &key, Presence presence,
                              qsizetype maxCount, qsizetype maxLength, QStringList *out,
                              ApiError *error)
{
    return readField(
        obj, key, presence, out, error, [&](const QJsonValue &value) -> std::optional<QStringList> {
            const auto array = arrayValue(value, key, maxCount, error);
            if (!array)
                return std::nullopt;
            QStringList strings;
            for (const QJsonValue &item : *array) {
                const std::optional<QString> text =
                    stringValue(item, key, Presence::Optional, maxLength, true, error);
                if (!text)
                    return std::nullopt;
                if (text->isEmpty()) {
                    refuseValue(error, key, tr("The field %1 cannot hold empty items.").arg(key));
                    return std::nullopt;
                }
                if (!strings.contains(*text))
                    strings.append(*text);
            }
            return strings;
        });
}

bool JsonBody::readDateTime(const QJsonObject &obj, const QString &key, Presence presence,
                            QDateTime *out, ApiError *error)
{
    return readField(
        obj, key, presence, out, error, [&](const QJsonValue &value) -> std::optional<QDateTime> {
            if (!value.isString()) {
                refuseType(error, key, tr("The field %1 must be a string.").arg(key));
                return std::nullopt;
            }
            const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
            if (at.isValid() && at.timeSpec() != Qt::LocalTime)
                return at.toUTC();
            refuseValue(error, key,
                        tr("The field %1 must be an ISO-8601 date and time with a "
                           "zone, such as 2026-11-23T10:00:00Z.")
                            .arg(key));
            return std::nullopt;
        });
}

bool JsonBody::readObject(const QJsonObject &obj, const QString &key, Presence presence,
                          QJsonObject *out, ApiError *error)
{
    return readField(obj, key, presence, out, error,
                     [&](const QJsonValue &value) -> std::optional<QJsonObject> {
                         if (value.isObject())
                             return value.toObject();
                         refuseType(error, key, tr("The field %1 must be an object.").arg(key));
                         return std::nullopt;
                     });
}

bool JsonBody::readObjectList(const QJsonObject &obj, const QString &key, Presence presence,
                              QList<QJsonObject> *out, ApiError *error)
{
    return readField(obj, key, presence, out, error,
                     [&](const QJsonValue &value) -> std::optional<QList<QJsonObject>> {
                         const auto array = arrayValue(value, key, Unlimited, error);
                         if (!array)
                             return std::nullopt;
                         QList<QJsonObject> objects;
                         for (const QJsonValue &item : *array) {
                             if (!item.isObject()) {
                                 refuseType(error, key,
                                            tr("The field %1 must be a list of objects.").arg(key));
                                 return std::nullopt;
                             }
                             objects.append(item.toObject());
                         }
                         return objects;
                     });
}

void JsonBody::nestField(const QString &outer, ApiError *error)
{
    if (!error)
        return;
    error->field = error->field.isEmpty() ? outer : outer + u'.' + error->field;
}

bool JsonBody::fail(ApiError *error, const QString &code, const QString &field,
                    const QString &message)
{
    if (error)
        *error = ApiError{422, code, message, field};
    return false;
}

bool JsonBody::readEnumName(const QJsonObject &obj, const QString &key, Presence presence,
                            const QStringList &allowed, std::optional<QString> *out,
                            ApiError *error)
{
    return readField(
        obj, key, presence, out, error,
        [&](const QJsonValue &value) -> std::optional<std::optional<QString>> {
            if (!value.isString()) {
                refuseType(error, key, tr("The field %1 must be a string.").arg(key));
                return std::nullopt;
            }
            if (allowed.contains(value.toString()))
                return std::optional<QString>(value.toString());
            refuseValue(error, key,
                        tr("The field %1 must be one of: %2.")
                            .arg(key, allowed.join(QStringLiteral(", "))));
            return std::nullopt;
        },
        std::optional<QString>(QString()));
}

} // namespace sd::protocol
