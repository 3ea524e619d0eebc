#!/usr/bin/env bash
# Writes a clip pack for antre-display: one WAV file per word, spoken by espeak-ng's Indonesian voice.
#
#   tools/make-clip-pack.sh OUTDIR [WORD...]
#
# The pack covers every ticket number (letter names, digits, Indonesian number words), the default
# call phrase and the usual counter words. Give extra words for the hall's own counter names, e.g.
#   tools/make-clip-pack.sh /usr/share/antre/clips/id gerai imigrasi
# antre-display logs at start-up which words of the hall's calls have no clip.
#
# To use a human voice instead, record the same words into WAV files with the same names (PCM,
# mono, little silence at the start) and point antre-display --clips at that folder. A chime.wav in
# the folder replaces the built-in chime.
#
# Environment: ESPEAK_NG (program, default espeak-ng), ESPEAK_VOICE (default id),
# ESPEAK_SPEED (words per minute, default 145).
set -euo pipefail

if [ $# -lt 1 ]; then
    echo "usage: $0 OUTDIR [WORD...]" >&2
    exit 2
fi
out=$1
shift
espeak=${ESPEAK_NG:-espeak-ng}
voice=${ESPEAK_VOICE:-id}
speed=${ESPEAK_SPEED:-145}

if ! command -v "$espeak" >/dev/null 2>&1; then
    echo "$0: $espeak not found (install espeak-ng)" >&2
    exit 1
fi
if ! "$espeak" --voices="$voice" | awk 'NR > 1 { found = 1 } END { exit !found }'; then
    echo "$0: espeak-ng has no voice \"$voice\"" >&2
    exit 1
fi

words=(
    # digits and the Indonesian number words (KBBI: nol, delapan; se- only in sepuluh … seribu)
    nol satu dua tiga empat lima enam tujuh delapan sembilan
    sepuluh sebelas belas puluh seratus ratus seribu ribu
    # letter names of ticket prefixes
    a be ce de e ef ge ha i je ka el em en o pe ki er es te u fe we eks ye zet
    # the default phrase: "Nomor antrean A nol nol tujuh, silakan menuju loket tiga"
    nomor antrean silakan menuju ke
    # what halls call their booths
    loket gerai meja ruang konter lantai
)
words+=("$@")

# The pack is read by antre-display running as any user (often not the one who made the pack): folders
# 0755 and files 0644 whatever the umask. Files are written beside the pack and moved into it one by one,
# so a display never plays a half-written clip. words.txt lists the words of the pack; made.sha256 the
# clips this script wrote, with their checksums. A WAV it did not write, or one changed since (a hall's own
# recording over a generated word), is never overwritten, and nothing in the folder is ever deleted.
umask 022
mkdir -p "$out"
chmod 0755 "$out"
tmp=$(mktemp -d "${out%/}.tmp.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
ours() { # the file is one this script wrote, unchanged since
    [ -f "$out/made.sha256" ] && grep -qxF -- "$(cd "$out" && sha256sum -- "$1.wav")" "$out/made.sha256"
}

made=0 kept=0
: >"$tmp/words.txt"
: >"$tmp/made.sha256"
for word in "${words[@]}"; do
    word=$(printf '%s' "$word" | tr '[:upper:]' '[:lower:]')
    case $word in
        *[!a-z]* | "")
            echo "$0: \"$word\" is not a plain lower-case word" >&2
            exit 2
            ;;
    esac
    grep -qx -- "$word" "$tmp/words.txt" && continue
    echo "$word" >>"$tmp/words.txt"
    if [ -e "$out/$word.wav" ] && ! ours "$word"; then
        echo "$0: keeping the hall's own $out/$word.wav" >&2
        kept=$((kept + 1))
        continue
    fi
    "$espeak" -v "$voice" -s "$speed" -w "$tmp/$word.wav" -- "$word"
    chmod 0644 "$tmp/$word.wav"
    (cd "$tmp" && sha256sum -- "$word.wav") >>"$tmp/made.sha256"
    mv -f "$tmp/$word.wav" "$out/$word.wav"
    made=$((made + 1))
done

chmod 0644 "$tmp/words.txt" "$tmp/made.sha256"
mv -f "$tmp/made.sha256" "$out/made.sha256"
mv -f "$tmp/words.txt" "$out/words.txt"
note=""
[ "$kept" -gt 0 ] && note=" (kept $kept of the hall's own recordings)"
echo "clip pack: $made clips made in $out$note"
