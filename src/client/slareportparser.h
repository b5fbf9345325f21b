#pragma once

#include "slareportdata.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace sd::client {

// Reads the body of GET /api/v1/reports/sla into SlaReportData. Every field the server writes
// is required and checked for its type, so a truncated, partial or mistyped answer is refused
// with a message naming the first field at fault (e.g. "days[3].open") instead of showing
// zeros for what the server never said.
class SlaReportParser final
{
    Q_DECLARE_TR_FUNCTIONS(SlaReportParser)

public:
    static std::optional<SlaReportData> parse(const QByteArray &body, QString *error);
    static std::optional<SlaReportData> parse(const QJsonObject &report, QString *error);

private:
    SlaReportParser() = default;

    bool read(const QJsonObject &report, SlaReportData *out);
    bool readScope(const QJsonObject &report, SlaReportData *out);
    bool readRows(const QJsonObject &parent, const QString &key, const QString &dimension,
                  QList<SlaReportData::Row> *rows);
    bool readCounts(const QJsonObject &row, const QString &path, SlaReportData::Row *out);
    bool readTargets(const QJsonObject &parent, const QString &key, SlaReportData::Targets *out);
    // First responses come with their distribution (`withBands`), resolutions without.
    bool readDurations(const QJsonObject &parent, const QString &key, bool withBands,
                       SlaReportData::Durations *out);
    bool readPercentiles(const QJsonObject &parent, const QString &key, const QString &path,
                         bool withBands, SlaReportData::Percentiles *out);
    bool readBands(const QJsonObject &parent, const QString &path, QList<SlaReportData::Band> *out);
    bool readOutcomes(const QJsonObject &report, SlaReportData *out);
    bool readCsat(const QJsonObject &report, SlaReportData *out);
    bool readDays(const QJsonObject &report, SlaReportData *out);
    bool readAgents(const QJsonObject &report, SlaReportData *out);

    // Each element of the array `key` as an object, with its path ("days[2]").
    bool forEach(const QJsonObject &parent, const QString &key, const QString &path,
                 const std::function<bool(const QJsonObject &, const QString &)> &read);
    bool object(const QJsonObject &parent, const QString &key, const QString &path,
                QJsonObject *out);
    bool count(const QJsonObject &parent, const QString &key, const QString &path, int *out);
    bool number(const QJsonObject &parent, const QString &key, const QString &path,
                std::optional<double> *out);
    bool text(const QJsonObject &parent, const QString &key, const QString &path, QString *out);
    bool instant(const QJsonObject &parent, const QString &key, QDateTime *out);
    // A queue or agent: {id, name}, or null for none.
    bool named(const QJsonObject &parent, const QString &key, const QString &path, qint64 *id,
               QString *name);
    bool fail(const QString &problem);

    QString m_error;
};

} // namespace sd::client
