#pragma once

#include <QDeadlineTimer>
#include <QString>
#include <QStringList>
#include <QTest>

#include <catch2/catch.hpp>

// Runs the event loop until the condition holds or the deadline passes (like QTRY_VERIFY).
template <typename Condition> bool waitUntil(Condition condition, int timeoutMs = 5000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return condition();
        QTest::qWait(2);
    }
    return true;
}

// Readable QString values in failure messages.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& value)
    {
        return "{" + value.join(QStringLiteral(", ")).toStdString() + "}";
    }
};
} // namespace Catch
