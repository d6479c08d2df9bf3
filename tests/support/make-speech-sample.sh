#!/usr/bin/env bash
# Builds a spoken answer with known words and known silences, for the speech analyser's
# tests and benchmark (issue #10). Each "say:TEXT" is spoken by espeak-ng and trimmed of
# its own leading and trailing silence (sox), each "gap:SECONDS" is digital silence; they
# are joined in order. Writes
#   OUT.wav   16-bit mono PCM (22,050 Hz, as espeak-ng speaks)
#   OUT.webm  Opus sound (48 kHz, two channels) in WebM, as Practice records; with
#             --video also a VP8 picture, like a camera answer
#   OUT.truth one line per part: "speech START END WORDS" or "gap START END" (seconds),
#             then "duration SECONDS"
# Options: --noise DBFS mixes a steady pink-noise background at that level (e.g. -50)
#          into the whole recording; --gain DB amplifies the speech first (past full scale
#          it clips); --lead SECONDS / --tail SECONDS add silence before the first and
#          after the last part (default 0.5 each); --speed WPM (espeak-ng -s, default 165);
#          --video-size WxH and --fps N for the picture (default 320x240 at 15).
# Usage: make-speech-sample.sh [OPTION...] OUT say:TEXT|gap:SECONDS...
set -euo pipefail

video=0
video_size=320x240
fps=15
noise=""
gain=""
lead=0.5
tail=0.5
speed=165
while [ $# -gt 0 ]; do
    case "$1" in
        --video) video=1; shift ;;
        --video-size) video_size="$2"; shift 2 ;;
        --fps) fps="$2"; shift 2 ;;
        --noise) noise="$2"; shift 2 ;;
        --gain) gain="$2"; shift 2 ;;
        --lead) lead="$2"; shift 2 ;;
        --tail) tail="$2"; shift 2 ;;
        --speed) speed="$2"; shift 2 ;;
        *) break ;;
    esac
done
if [ $# -lt 2 ]; then
    echo "usage: $0 [--video] [--video-size WxH] [--fps N] [--noise DBFS] [--gain DB] [--lead S] [--tail S] [--speed WPM] OUT say:TEXT|gap:SECONDS..." >&2
    exit 2
fi
out="$1"
shift
for tool in espeak-ng sox soxi ffmpeg; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is missing" >&2; exit 3; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rate=22050
sum() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.6f", a + b }'; }
positive() { awk -v a="$1" 'BEGIN { exit !(a > 0) }'; }
silence() { sox -n -r "$rate" -c 1 -b 16 "$1" trim 0 "$2"; }

parts=()
truth=()
position=0
n=0
add_part() { # file; sets length
    length="$(soxi -D "$1")"
    parts+=("$1")
}
if positive "$lead"; then
    silence "$work/lead.wav" "$lead"
    add_part "$work/lead.wav"
    position="$length"
fi
for part in "$@"; do
    n=$((n + 1))
    case "$part" in
        say:*)
            text="${part#say:}"
            espeak-ng -s "$speed" -w "$work/raw$n.wav" "$text"
            # Digital silence from espeak-ng is exactly zero; -60 dB keeps soft word ends.
            sox "$work/raw$n.wav" "$work/part$n.wav" \
                silence 1 0.01 -60d reverse silence 1 0.01 -60d reverse
            add_part "$work/part$n.wav"
            words="$(echo "$text" | wc -w)"
            truth+=("speech $position $(sum "$position" "$length") $words")
            ;;
        gap:*)
            length="${part#gap:}"
            silence "$work/part$n.wav" "$length"
            add_part "$work/part$n.wav"
            truth+=("gap $position $(sum "$position" "$length")")
            ;;
        *)
            echo "$0: a part is say:TEXT or gap:SECONDS, not '$part'" >&2
            exit 2
            ;;
    esac
    position="$(sum "$position" "$length")"
done
if positive "$tail"; then
    silence "$work/tail.wav" "$tail"
    add_part "$work/tail.wav"
fi

sox "${parts[@]}" "$work/joined.wav"
if [ -n "$gain" ]; then
    sox -V1 "$work/joined.wav" "$work/gained.wav" gain "$gain"
    mv "$work/gained.wav" "$work/joined.wav"
fi
if [ -n "$noise" ]; then
    duration="$(soxi -D "$work/joined.wav")"
    sox -n -r "$rate" -c 1 -b 16 "$work/noise.wav" synth "$duration" pinknoise gain -n "$noise"
    sox -m -v 1 "$work/joined.wav" -v 1 "$work/noise.wav" "$out.wav"
else
    cp "$work/joined.wav" "$out.wav"
fi

inputs=(-i "$out.wav")
codecs=(-c:a libopus -b:a 64k -ar 48000 -ac 2)
if [ "$video" = 1 ]; then
    inputs+=(-f lavfi -i "testsrc=size=$video_size:rate=$fps")
    codecs+=(-c:v libvpx -b:v 300k -deadline realtime -cpu-used 8 -shortest)
fi
ffmpeg -v error -y "${inputs[@]}" "${codecs[@]}" -f webm "$out.webm"

{
    for line in "${truth[@]}"; do
        printf '%s\n' "$line"
    done
    printf 'duration %s\n' "$(soxi -D "$out.wav")"
} >"$out.truth"
