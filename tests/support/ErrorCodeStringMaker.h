#pragma once

// A failed CHECK on an error code prints its wire text ("queue_empty"), not the enumerator's number.
// Include it in every test file that compares ErrorCode values.

#include "core/ErrorCode.h"

#include <catch2/catch.hpp>
#include <string>

namespace Catch {
template <> struct StringMaker<antre::ErrorCode>
{
    static std::string convert(antre::ErrorCode code) { return antre::toString(code).toStdString(); }
};
} // namespace Catch
