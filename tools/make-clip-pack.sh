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

mkdir -p "$(dirname "$out")"
tmp=$(mktemp -d "${out%/}.tmp.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

for word in "${words[@]}"; do
    word=$(printf '%s' "$word" | tr '[:upper:]' '[:lower:]')
    case $word in
        *[!a-z]* | "")
            echo "$0: \"$word\" is not a plain lower-case word" >&2
            exit 2
            ;;
    esac
    [ -f "$tmp/$word.wav" ] && continue
    "$espeak" -v "$voice" -s "$speed" -w "$tmp/$word.wav" -- "$word"
    echo "$word" >>"$tmp/words.txt"
done

# Replace the old pack only once the new one is complete.
rm -rf "$out"
mv "$tmp" "$out"
trap - EXIT
echo "clip pack: $(wc -l <"$out/words.txt") words in $out"
