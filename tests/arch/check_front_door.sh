#!/usr/bin/env bash
# The front ends reach the hall only through the core's service interfaces (core/hall/Hall.h,
# core/services/): no database handle, no SQL. Lists every line that breaks this as file:line and fails.
#   tests/arch/check_front_door.sh [SOURCE_DIR]
set -uo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root" || exit 2

folders=(cli kiosk_ui counter_ui display_ui supervisor_ui ui_common app web survey_ui)

# Paths (prefixes) whose hits are listed but do not fail the check. Each entry says why and until when.
allowed=()

# Database types and headers, and SQL keywords (uppercase, as the core writes them) outside comments.
pattern='QSqlDatabase|QSqlQuery|\bDatabase[[:space:]]*&|#include[[:space:]]*"([a-z_/]*/)?Database\.h"|StatementCache'
pattern+='|SELECT |INSERT INTO|\bUPDATE[[:space:]]+[A-Za-z_]+[[:space:]]+SET\b|DELETE FROM|PRAGMA'

is_allowed() {
    local file=$1 prefix
    for prefix in ${allowed[@]+"${allowed[@]}"}; do
        [[ $file == "$prefix"* ]] && return 0
    done
    return 1
}

failed=0
waived=0
for folder in "${folders[@]}"; do
    [ -d "$folder" ] || continue
    while IFS= read -r -d '' file; do
        # Line comments are not code: drop them before matching (a // inside a string literal is rare and
        # would only hide the rest of that line).
        hits=$(sed -E 's#(^|[^:"])//.*$#\1#' "$file" | grep -nE "$pattern" || true)
        [ -n "$hits" ] || continue
        while IFS= read -r hit; do
            line=${hit%%:*}
            text=$(sed -n "${line}p" "$file" | sed -E 's/^[[:space:]]+//')
            if is_allowed "$file"; then
                waived=$((waived + 1))
            else
                echo "$file:$line: $text"
                failed=$((failed + 1))
            fi
        done <<<"$hits"
    done < <(find "$folder" -type f \( -name '*.cpp' -o -name '*.h' -o -name '*.inl' \) -print0 | sort -z)
done

if [ "$failed" -gt 0 ]; then
    echo "front-door check: $failed line(s) reach the database directly; use the interfaces in" \
        "core/services and core/hall/Hall.h (HallServices) instead." >&2
    exit 1
fi
echo "front-door check: no database access in the front ends ($waived allowed line(s) in: ${allowed[*]:-nothing allowed})"
