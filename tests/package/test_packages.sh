#!/usr/bin/env bash
# The Debian packages, end to end, on this machine (ctest label integration; docs/TESTING.md):
# made by cpack from the build as it is, lintian on each, installed with apt-get, the hall set up and
# checked as the antre user, the installed units verified, the backup script run against a hall that is
# being written, retention, antre restore refusing a damaged file and putting a good one back, an upgrade
# (the same packages again) backing up first, then removed (only the data and the configuration remain)
# and purged (nothing remains but the system user).
#   tests/package/test_packages.sh SOURCE_DIR BUILD_DIR
# It needs root and dpkg: anyone else gets a failure saying so, unless ANTRE_SKIP_PACKAGE_TEST=1 (then it
# reports itself skipped to ctest, exit 77).
set -euo pipefail
src=$1 build=$2
pkgdir=$build/packages
skip=77

say() { printf '== %s\n' "$*"; }
die() {
    printf 'FAIL: %s\n' "$*" >&2
    exit 1
}

# The installed programs find their hall through /etc/antre, as under systemd: a hall named by the caller's
# environment (./dev exports ANTRE_DB for its own demo hall) must not leak into them through runuser.
unset ANTRE_DB ANTRE_CONF ANTRE_LANG ANTRE_CLIPS
if [ -n "${ANTRE_SKIP_PACKAGE_TEST:-}" ]; then
    echo "skipped: ANTRE_SKIP_PACKAGE_TEST is set"
    exit $skip
fi
if [ "$(id -u)" -ne 0 ]; then
    die "the package test installs the Debian packages into this machine: it needs root and dpkg (run ctest" \
        "as root, or set ANTRE_SKIP_PACKAGE_TEST=1 to skip it, see docs/TESTING.md)"
fi
for tool in dpkg dpkg-query apt-get cpack lintian systemd-analyze runuser flock sha256sum; do
    command -v "$tool" >/dev/null || die "$tool is missing (./dev deps installs what the tests need)"
done

# One package test at a time on a machine (several checkouts may run their suites at once), and never over a
# hall that someone installed for real: its data would be purged at the end.
exec 9>/run/lock/antre-package-test.lock
flock -w 1200 9 || die "another package test has held /run/lock/antre-package-test.lock for 20 minutes"
marker=/var/lib/antre/.antre-package-test
installed() { dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null | grep -q ' installed$'; }
if installed antre && [ ! -e "$marker" ]; then
    die "the package antre is installed on this machine and was not installed by this test; it would be" \
        "purged with its data (apt purge antre first, if that is what you want)"
fi

# A headless build (ANTRE_BUILD_GUI=OFF) makes the package antre only.
if grep -q '^ANTRE_BUILD_GUI:BOOL=OFF' "$build/CMakeCache.txt"; then
    packages=(antre)
    unit_count=4
else
    packages=(antre antre-kiosk antre-counter antre-display antre-supervisor)
    unit_count=6
fi
apt_get() { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -y -q "$@"; }
purge_all() {
    local present=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -qv 'not-installed' && present+=("$p")
    done
    [ ${#present[@]} -eq 0 ] || apt_get purge "${present[@]}" >/dev/null 2>&1 || true
}
work=$(mktemp -d)
cleanup() {
    local rc=$?
    [ -n "${writer:-}" ] && kill "$writer" 2>/dev/null
    purge_all
    rm -rf "$work"
    exit $rc
}
trap cleanup EXIT
purge_all # a run that was killed half-way

say "cpack"
rm -f "$pkgdir"/*.deb
(cd "$build" && cpack -G DEB) >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"
    die "cpack failed"
}
debs=("$pkgdir"/*.deb)
[ ${#debs[@]} -eq ${#packages[@]} ] || die "cpack made ${#debs[@]} packages, not ${#packages[@]}: ${debs[*]##*/}"
for p in "${packages[@]}"; do
    ls "$pkgdir/${p}_"*.deb >/dev/null 2>&1 || die "cpack made no package $p (made: ${debs[*]##*/})"
done
version=$(dpkg-deb -f "$pkgdir"/antre_*.deb Version)
for deb in "${debs[@]}"; do
    [ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || die "$deb is not version $version"
    for field in Maintainer Description Section Homepage Depends; do
        [ -n "$(dpkg-deb -f "$deb" $field)" ] || die "$deb has no $field"
    done
done
if [ ${#packages[@]} -gt 1 ]; then
    dpkg-deb -f "$pkgdir"/antre-kiosk_*.deb Recommends | grep -qw cage || die "antre-kiosk does not recommend cage"
    dpkg-deb -f "$pkgdir"/antre-display_*.deb Recommends | grep -qw cage || die "antre-display does not recommend cage"
fi
# The library dependencies are dpkg-shlibdeps' (versioned Qt and libsodium packages), not a fixed list.
dpkg-deb -f "$pkgdir"/antre_*.deb Depends | grep -q 'libqt6core6 (>=' || die "antre: no computed Qt dependency"
dpkg-deb -f "$pkgdir"/antre_*.deb Depends | grep -q 'libsodium23 (>=' || die "antre: no computed libsodium dependency"

say "lintian"
# Errors and warnings fail; each tag that remains is overridden in packaging/lintian/<package> with its reason.
lintian --fail-on error,warning --tag-display-limit 0 "${debs[@]}" >"$work/lintian.log" 2>&1 || {
    cat "$work/lintian.log"
    die "lintian found errors or warnings"
}
cat "$work/lintian.log"

say "apt-get install"
apt_get install "${debs[@]}" >"$work/install.log" 2>&1 || {
    cat "$work/install.log"
    die "apt-get install failed"
}
touch "$marker"
for p in "${packages[@]}"; do
    installed "$p" || die "$p is not installed"
    dpkg-query -L "$p" >"$work/files-$p"
done
[ "$(antre --version)" = "antre ${version%-*}" ] || die "antre --version says '$(antre --version)', not antre ${version%-*}"
getent passwd antre >/dev/null || die "no system user antre"
[ "$(stat -c %U:%G /var/lib/antre)" = antre:antre ] || die "/var/lib/antre is not owned by antre"
grep -qx 'ANTRE_DB=/var/lib/antre/hall.db' /etc/antre/antre.conf || die "/etc/antre/antre.conf names no ANTRE_DB"
man -l /usr/share/man/man1/antre.1.gz >/dev/null 2>&1 || die "man antre(1) does not format"

say "the demo hall as the antre user"
db=/var/lib/antre/hall.db
as_antre() { runuser -u antre -- env ANTRE_NOW=2026-11-23T09:00:00+07:00 "$@"; }
as_antre antre --db "$db" demo --history-days 2 >/dev/null || die "antre demo as the antre user"
as_antre antre --db "$db" check >"$work/check.log" || {
    cat "$work/check.log"
    die "antre check on the demo hall"
}
[ "$(stat -c %U "$db")" = antre ] || die "$db is not owned by antre"

say "systemd-analyze verify"
shopt -s nullglob
units=(/lib/systemd/system/antre-*.service /lib/systemd/system/antre-*.timer)
shopt -u nullglob
[ ${#units[@]} -eq $unit_count ] || die "expected $unit_count installed units, found ${units[*]}"
systemd-analyze verify "${units[@]}" >"$work/verify.log" 2>&1 || {
    cat "$work/verify.log"
    die "systemd-analyze verify"
}
if grep -i antre "$work/verify.log"; then die "systemd-analyze verify complains about the units above"; fi
[ -L /etc/systemd/system/timers.target.wants/antre-backup.timer ] || die "antre-backup.timer is not enabled"
[ -L /etc/systemd/system/timers.target.wants/antre-check.timer ] || die "antre-check.timer is not enabled"

say "the backup script against a hall being written"
backups=/var/lib/antre/backups
conf=$work/antre.conf
printf 'ANTRE_DB=%s\nANTRE_BACKUP_DIR=%s\nANTRE_BACKUP_KEEP_DAYS=7\n' "$db" "$backups" >"$conf"
chmod 644 "$conf"
chmod 755 "$work"
# Older backups: two past the retention, one within it, and a file that is not a backup at all.
old1=$backups/hall-20260101T213000Z.db old2=$backups/hall-20260102T213000Z.db.seals
recent=$backups/hall-20261120T213000Z.db notes=$backups/notes.txt
for f in "$old1" "$old2" "$notes"; do as_antre touch -d '20 days ago' "$f"; done
as_antre touch -d '3 days ago' "$recent"
# A booth issuing tickets the whole time the backup runs, each in its own process as the kiosk does.
(
    while [ ! -e "$work/stop" ]; do
        as_antre antre --db "$db" issue KTPEL >>"$work/issued" 2>/dev/null || true
    done
) &
writer=$!
# The backup starts once the booth has written.
for _ in $(seq 600); do
    [ -s "$work/issued" ] && break
    sleep 0.2 # polling for the booth's first ticket, with a deadline (2 minutes)
done
[ -s "$work/issued" ] || die "the booth issued no ticket in 2 minutes"
as_antre env ANTRE_CONF="$conf" /usr/libexec/antre/antre-backup >"$work/backup.log" 2>&1 || {
    cat "$work/backup.log"
    die "the backup script failed"
}
touch "$work/stop"
wait "$writer" || true
writer=
cat "$work/backup.log"
made=$(sed -n 's/^antre-backup: done: //p' "$work/backup.log")
[ -f "$made" ] || die "the backup script names no backup it made"
grep -q '^ok ' "$backups/last-result" || die "last-result does not say ok"
as_antre antre --db "$made" check >/dev/null || die "antre check on the backup taken while a booth wrote"
[ ! -e "$old1" ] && [ ! -e "$old2" ] || die "retention kept backups older than 7 days"
[ -e "$recent" ] || die "retention removed a backup 3 days old"
[ -e "$notes" ] || die "retention removed a file that is not a backup"
grep -q '^[A-Z]*-[0-9]*$' "$work/issued" || die "the booth issued no ticket while the backup ran"
# A failure is a non-zero exit (the unit fails, the journal keeps the message) and the last result says so.
if as_antre env ANTRE_CONF="$conf" ANTRE_DB=/var/lib/antre/missing.db /usr/libexec/antre/antre-backup \
    >"$work/fail.log" 2>&1; then
    die "the backup script succeeded without a database"
fi
grep -q 'FAILED' "$work/fail.log" || die "the failed backup does not say FAILED"
grep -q '^failed ' "$backups/last-result" || die "last-result does not say failed"

say "antre restore"
before=$(sha256sum "$db" | cut -d' ' -f1)
head -c 65536 /dev/urandom >"$work/corrupt.db"
chmod 644 "$work/corrupt.db"
if as_antre antre --db "$db" restore "$work/corrupt.db" 2>"$work/restore.err"; then
    die "antre restore accepted a file of random bytes"
fi
grep -q 'is refused, nothing was changed' "$work/restore.err" || die "restore's refusal: $(cat "$work/restore.err")"
[ "$(sha256sum "$db" | cut -d' ' -f1)" = "$before" ] || die "a refused restore changed $db"
as_antre antre --db "$db" restore "$made" >"$work/restore.out" || die "antre restore of $made"
ls "$db".before-restore-* >/dev/null 2>&1 || die "restore kept no copy of the previous database"
as_antre antre --db "$db" check >/dev/null || die "antre check after the restore"

say "upgrade: the same packages again, a backup first"
apt_get install --reinstall "$pkgdir"/antre_*.deb >"$work/upgrade.log" 2>&1 || {
    cat "$work/upgrade.log"
    die "reinstalling antre"
}
ls "$backups"/pre-upgrade-"$version"-*.db >/dev/null 2>&1 || {
    cat "$work/upgrade.log"
    die "the upgrade made no backup before it"
}
as_antre antre --db "$(ls "$backups"/pre-upgrade-"$version"-*.db | head -n 1)" check >/dev/null ||
    die "the pre-upgrade backup does not pass antre check"

say "apt-get remove"
apt_get remove "${packages[@]}" >"$work/remove.log" 2>&1 || {
    cat "$work/remove.log"
    die "apt-get remove"
}
cat "$work/remove.log" | grep '^antre:' || true
grep -q "is kept" "$work/remove.log" || die "removing antre does not say that the data is kept"
conffiles=$(dpkg-query -W -f='${Conffiles}\n' antre | awk '{print $1}')
for p in "${packages[@]}"; do
    while IFS= read -r f; do
        [ -d "$f" ] && continue
        grep -qxF "$f" <<<"$conffiles" && continue
        [ -e "$f" ] || [ -L "$f" ] && die "$f of $p is left after removing it"
    done <"$work/files-$p"
done
find /etc/systemd/system -name 'antre*' | grep . && die "systemd links of antre are left after removing it"
[ -f "$db" ] || die "removing antre removed the hall database"
[ -f /etc/antre/antre.conf ] || die "removing antre removed its configuration (a conffile)"

say "apt-get purge"
# Only what dpkg still knows: a package without conffiles is gone whole after remove, and apt cannot
# find a local package it no longer has.
left=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -qv 'not-installed' && left+=("$p")
done
[ ${#left[@]} -gt 0 ] || die "no package is left to purge after remove (antre keeps its conffiles)"
apt_get purge "${left[@]}" >"$work/purge.log" 2>&1 || {
    cat "$work/purge.log"
    die "apt-get purge"
}
grep -q "removing the hall's data" "$work/purge.log" || die "purging antre does not say what it removes"
[ ! -e /var/lib/antre ] || die "/var/lib/antre is left after purging"
[ ! -e /etc/antre ] || die "/etc/antre is left after purging"
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -qv 'not-installed' && die "$p is still known to dpkg"
done
say "ok"
