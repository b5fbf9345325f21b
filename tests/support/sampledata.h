#pragma once

#include "core/message.h"
#include "core/ticket.h"

#include <QString>
#include <QtTest>

// Fails the test with the storage error's message when a storage::Result is not ok. The
// expression is evaluated once.
#define SD_VERIFY_OK(expression)                                                                   \
    do {                                                                                           \
        const auto &sdResult = (expression);                                                       \
        QVERIFY2(sdResult.ok(), qPrintable(sdResult.error().message));                             \
    } while (false)

// QCOMPARE cannot print domain enums (QTest::toString and sd::core::toString are equally good
// candidates), so they are compared by their names, which also reads better on failure.
#define SD_COMPARE_ENUM(actual, expected)                                                          \
    QCOMPARE(sd::core::toString(actual), sd::core::toString(expected))

namespace sd::testing {

// `prefix` plus a number unique within the process, for names that must be unique in a
// database several test functions share.
QString uniqueName(const QString &prefix);

// A ticket with every text field filled, as the submission dialog would send it.
core::Ticket sampleTicket(const QString &subject);

core::Message sampleMessage(qint64 ticketId, core::MessageKind kind, const QString &text);

} // namespace sd::testing
