#!/usr/bin/env bash
# tools/make-clip-pack.sh under a strict umask: the pack must be readable by every user (a display runs as
# an ordinary user), and a second run must keep the hall's own recordings and files it did not make.
# espeak-ng is replaced by a stub that writes a tiny WAV, so this runs anywhere in a second.
set -euo pipefail
script=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/espeak" <<'STUB'
#!/usr/bin/env bash
# --voices=id: one header line and one voice; -w FILE: a 44-byte WAV header plus two samples.
case "$1" in --voices=*) printf 'Pty Language\n 5  id\n'; exit 0 ;; esac
while [ $# -gt 0 ]; do [ "$1" = -w ] && out=$2; shift; done
printf 'RIFF\x28\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x40\x1f\x00\x00\x80\x3e\x00\x00\x02\x00\x10\x00data\x04\x00\x00\x00\x00\x10\x00\x10' >"$out"
STUB
chmod +x "$tmp/espeak"
fail() { echo "FAIL: $*" >&2; exit 1; }

pack=$tmp/share/clips/id
(umask 077 && ESPEAK_NG=$tmp/espeak bash "$script" "$pack" gerbang >/dev/null)
[ "$(stat -c %a "$pack")" = 755 ] || fail "pack folder is mode $(stat -c %a "$pack"), not 755"
bad=$(find "$pack" -type f ! -perm -0444 | head -3)
[ -z "$bad" ] || fail "files not readable by all: $bad"
[ -f "$pack/gerbang.wav" ] && [ -f "$pack/nol.wav" ] || fail "clips missing"
grep -qx gerbang "$pack/words.txt" || fail "words.txt does not list the extra word"

# The hall records its own "loket" and keeps notes in the folder; a rebuild must keep both.
printf 'human voice' >"$pack/loket.wav"
printf 'notes' >"$pack/README.hall"
before=$(sha256sum "$pack/loket.wav")
(umask 077 && ESPEAK_NG=$tmp/espeak bash "$script" "$pack" 2>"$tmp/err" >/dev/null)
[ "$(sha256sum "$pack/loket.wav")" = "$before" ] || fail "the hall's own loket.wav was overwritten"
[ -f "$pack/README.hall" ] || fail "a file the script did not make was deleted"
[ -f "$pack/gerbang.wav" ] || fail "a clip of an earlier run was deleted"
grep -q "keeping the hall's own" "$tmp/err" || fail "the kept recording is not reported"
grep -q " loket.wav$" "$pack/made.sha256" && fail "made.sha256 claims the hall's own recording"
# Clips the script made are remade (an updated voice replaces them).
grep -qx nol "$pack/words.txt" || fail "words.txt lost the generated words"
ls -d "$tmp"/share/clips/id.tmp.* 2>/dev/null && fail "a temporary folder was left behind"
echo "clip pack script: permissions 755/644 under umask 077, the hall's own files kept"
