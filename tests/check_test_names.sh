#!/usr/bin/env bash
# ctest learns Catch2 test names as CMake lists, so a name with ';' is cut in two and the pieces match no
# test: Catch2 then runs nothing and ctest reports a pass. Such a name would be a test that cannot fail.
set -euo pipefail
bad=$(grep -rnE 'TEST_CASE\("[^"]*;' "$1" || true)
if [ -n "$bad" ]; then
    echo "test names with ';' (ctest would run nothing for them):"
    echo "$bad"
    exit 1
fi
echo "no test name holds ';'"
