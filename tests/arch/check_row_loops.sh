#!/usr/bin/env bash
# Every loop over rows in the core checks for a read error after its last row (issue 13): QSqlQuery::next()
# answers false both at the end and at a row it cannot read (a damaged page), so a bare next() takes damage
# for the end of the data. Rows are read through Database::forEachRow or Database::nextRow; a loop that
# steps with next() itself ends with Database::rowsEnded (a file has at least as many rowsEnded( as next()).
# Lists the files that do not and fails.
#   tests/arch/check_row_loops.sh [SOURCE_DIR]
set -uo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root" || exit 2

# Database.cpp and StatementCache.cpp are the helpers themselves; ChangeWatcher polls a one-row PRAGMA on a
# connection of its own and takes any failure for "try again". A Statement
# (core/storage/StatementCache.h) has the same checks as step() and ended().
exempt=" core/storage/Database.cpp core/storage/StatementCache.cpp core/ChangeWatcher.cpp "

failed=0
while IFS= read -r -d '' file; do
    case $exempt in *" $file "*) continue ;; esac
    steps=$(grep -c '\.next()' "$file" || true)
    checks=$(grep -cE 'rowsEnded\(|\.ended\(\)' "$file" || true)
    if [ "$steps" -gt "$checks" ]; then
        grep -n '\.next()' "$file" | sed "s|^|$file:|"
        failed=$((failed + 1))
    fi
done < <(git ls-files -z 'core/*.cpp')

if [ "$failed" -gt 0 ]; then
    echo "row-loop check: $failed file(s) step with next() without Database::rowsEnded; use Database::forEachRow or Database::nextRow" >&2
    exit 1
fi
echo "row-loop check: every loop over rows in the core checks for a read error"
