#pragma once

#include "core/Result.h"

#include <catch2/catch.hpp>
#include <utility>

namespace antre::test {

// The value of a result that must succeed; otherwise the test case fails with the error's message.
template <typename T> T require(Result<T> result)
{
    if (!result.ok())
        FAIL(result.error().message.toStdString());
    return std::move(result).value();
}

// The same without a copy: the reference lives as long as the result (a temporary's, to the end of the
// statement).
template <typename T> const T& ok(const Result<T>& result)
{
    if (!result.ok())
        FAIL(result.error().message.toStdString());
    return result.value();
}

} // namespace antre::test
