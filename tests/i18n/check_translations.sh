#!/usr/bin/env bash
# Fails when the Indonesian translation of a module is not complete: lupdate is run on a copy of the
# .ts file against the current sources, so a new tr() string without a translation is found too.
set -euo pipefail
# The repository root is the include path, so lupdate finds the headers that name each tr() context.
lupdate=$1 ts=$2 src=$3 root=${4:-$(cd "$(dirname "$0")/../.." && pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$ts" "$tmp/check.ts"
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h -I "$root" "$src" -ts "$tmp/check.ts" >/dev/null
unfinished=$(grep -c 'type="unfinished"' "$tmp/check.ts" || true)
total=$(grep -c '<message' "$tmp/check.ts" || true)
if [ "$unfinished" != 0 ]; then
    echo "$(basename "$ts"): $unfinished of $total strings have no Indonesian translation:"
    grep -B3 'type="unfinished"' "$tmp/check.ts" | grep '<source>' | sed 's/^ */  /' | head -50
    exit 1
fi
echo "$(basename "$ts"): all $total strings translated"
