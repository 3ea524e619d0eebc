#!/usr/bin/env bash
# Project headers are included by their path from the repository root ("core/report/Report.h"), so that a
# name says where the file lives and two folders may hold headers of the same name. Lists every quoted
# include that is not such a path as file:line and fails.
#   tests/arch/check_include_paths.sh [SOURCE_DIR]
set -uo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root" || exit 2

failed=0
while IFS= read -r hit; do
    file=${hit%%:*}
    rest=${hit#*:}
    line=${rest%%:*}
    path=${rest#*\"}
    path=${path%%\"*}
    # Generated files (moc output, the build's headers) are not in the source tree.
    case $path in *.moc | moc_*.cpp | ui_*.h) continue ;; esac
    if [ ! -f "$path" ]; then
        echo "$file:$line: #include \"$path\" is not a path from the repository root"
        failed=$((failed + 1))
    fi
done < <(git ls-files -z '*.cpp' '*.h' '*.inl' | xargs -0 grep -nHE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' || true)

if [ "$failed" -gt 0 ]; then
    echo "include-path check: $failed include(s) to fix; write the header's path from the repository root" >&2
    exit 1
fi
echo "include-path check: every project include names its path from the repository root"
