#pragma once

#include <QDeadlineTimer>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTest>

#include <catch2/catch.hpp>

namespace antre::test {

// Runs the event loop until the condition holds or the deadline passes (like QTRY_VERIFY). The deadline
// only bounds a hang; nothing asserts on how long it took.
template <typename Condition> bool waitUntil(Condition condition, int timeoutMs = 10000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return condition();
        QTest::qWait(5);
    }
    return true;
}

} // namespace antre::test

namespace Catch {
template <> struct StringMaker<QSize>
{
    static std::string convert(const QSize& value)
    {
        return std::to_string(value.width()) + "x" + std::to_string(value.height());
    }
};
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
