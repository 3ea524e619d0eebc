#pragma once

// Readable Qt values in Catch2 failure messages. Include it in a test file instead of defining the
// makers there: a second definition in one test binary breaks the one-definition rule.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTime>

#include <catch2/catch.hpp>
#include <string>

namespace Catch {
using namespace Qt::Literals::StringLiterals;

template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& value)
    {
        return "{" + value.join(u", "_s).toStdString() + "}";
    }
};
// Printable bytes as they are, the others as \xNN, so that a byte-stream mismatch can be read.
template <> struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray& value)
    {
        std::string out = "\"";
        for (const char c : value) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte >= 0x20 && byte < 0x7f && c != '\\' && c != '"') {
                out += c;
            } else {
                static constexpr char kHex[] = "0123456789abcdef";
                out += "\\x";
                out += kHex[byte >> 4];
                out += kHex[byte & 0xf];
            }
        }
        return out + '"';
    }
};
template <> struct StringMaker<QDate>
{
    static std::string convert(const QDate& value)
    {
        return value.isValid() ? value.toString(Qt::ISODate).toStdString() : std::string("(invalid date)");
    }
};
template <> struct StringMaker<QTime>
{
    static std::string convert(const QTime& value)
    {
        return value.isValid() ? value.toString(Qt::ISODateWithMs).toStdString()
                               : std::string("(invalid time)");
    }
};
// With the offset, so that "same instant, other zone" and "other instant" read differently.
template <> struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime& value)
    {
        return value.isValid()
                   ? value.toOffsetFromUtc(value.offsetFromUtc()).toString(Qt::ISODateWithMs).toStdString()
                   : std::string("(invalid date-time)");
    }
};
template <> struct StringMaker<QSize>
{
    static std::string convert(const QSize& value)
    {
        return std::to_string(value.width()) + "x" + std::to_string(value.height());
    }
};
} // namespace Catch
