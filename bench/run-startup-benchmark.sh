#!/usr/bin/env bash
# Whole-process start-up on the large profile (bench/LargeProfile): from launching the
# real binary to its main window painted, 11 runs, and its memory after a second idle.
# Usage: bench/run-startup-benchmark.sh [runs]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${REHEARSE_BUILD_DIR:-$here/build}"
runs="${1:-11}"
"$here/build.sh" deps build run test
cmake --build "$build_dir" --target app_benchmark rehearse
# shellcheck source=../tests/support/virtual-devices.sh
source "$here/tests/support/virtual-devices.sh"
virtual_devices_start >/dev/null
profile="$(mktemp -d)"
trap 'virtual_devices_stop; rm -rf "$profile"' EXIT
QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="*.info=false" "$build_dir/bench/app_benchmark" --make-profile "$profile"
"$build_dir/app/rehearse" --data-dir "$profile" --version >/dev/null # warm the file cache
echo "command: bench/run-startup-benchmark.sh $runs   ($(nproc) cores, $(date -u +%F), profile $(du -sh "$profile" | cut -f1))"
times=()
rss=()
for _ in $(seq "$runs"); do
    start=$(date +%s%3N)
    out=$(REHEARSE_STARTUP_PROBE=1 QT_LOGGING_RULES="*.info=false" "$build_dir/app/rehearse" --data-dir "$profile" 2>/dev/null)
    shown=$(sed -n 's/^shown-at-ms //p' <<<"$out")
    times+=($((shown - start)))
    rss+=($(sed -n 's/^idle-rss-kb //p' <<<"$out"))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "launch to main window painted: median ${sorted[$((runs / 2))]} ms (${sorted[0]}–${sorted[$((runs - 1))]} ms, $runs runs)"
rsorted=($(printf '%s\n' "${rss[@]}" | sort -n))
echo "idle memory one second after start: median $((rsorted[$((runs / 2))] / 1024)) MB RSS ($((rsorted[0] / 1024))–$((rsorted[$((runs - 1))] / 1024)) MB)"
