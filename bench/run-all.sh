#!/usr/bin/env bash
# Every benchmark of README's "Performance" from one command, on a clean clone too: installs
# the packages (groups build, run, test, bench), builds what it needs, makes the large
# profile (bench/LargeProfile: 100,000 questions, 2,000 scored attempts with notes and
# bookmarks, 200 stories), runs each part and prints each budget as
#   NAME: median X (min–max, N runs) budget B: met | NOT met
# with the command that reproduces it. Exits 1 when a budget is not met.
# Usage: bench/run-all.sh [PART...]   PART: startup panels practice micro bank record speech
#        (default: all; speech runs bench/run-speech-benchmark.sh where it exists). REHEARSE_BUILD_DIR: the build folder (default ./build).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${REHEARSE_BUILD_DIR:-$here/build}"
parts=("$@")
[ ${#parts[@]} -eq 0 ] && parts=(startup panels practice micro bank record speech)
wants() { [[ " ${parts[*]} " == *" $1 "* ]]; }

"$here/build.sh" deps build run test bench
if [ ! -f "$build_dir/build.ninja" ]; then
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
else
    cmake -S "$here" -B "$build_dir" >/dev/null # finds Google Benchmark once installed
fi
cmake --build "$build_dir" --target rehearse app_benchmark bank_benchmark record_benchmark micro_benchmark \
    gstrehearsevcam
bench="$build_dir/bench"

# shellcheck source=../tests/support/virtual-devices.sh
source "$here/tests/support/virtual-devices.sh"
virtual_devices_start >/dev/null
work="$(mktemp -d)"
trap 'virtual_devices_stop; rm -rf "$work"' EXIT
export QT_LOGGING_RULES="*.info=false;*.debug=false"
export GST_PLUGIN_PATH="$build_dir/tests/gst-plugins" QT_MEDIA_BACKEND=gstreamer

failed=0
# summarize NAME BUDGET UNIT COMMAND VALUE...: one budget line (BUDGET "-" for none).
summarize() {
    local name="$1" budget="$2" unit="$3" command="$4"
    shift 4
    printf '%s\n' "$@" | sort -g | awk -v name="$name" -v budget="$budget" -v unit="$unit" -v cmd="$command" '
        { v[NR] = $1 }
        END {
            if (NR == 0) { printf "%s: no figure (the run failed)   [%s]\n", name, cmd; exit 2 }
            median = v[int((NR + 1) / 2)]
            line = sprintf("%s: median %.0f %s (%.0f–%.0f %s, %d runs)", name, median, unit, v[1], v[NR], unit, NR)
            if (budget == "-") { printf "%s   [%s]\n", line, cmd; exit 0 }
            verdict = median <= budget ? "met" : "NOT met"
            printf "%s budget %s %s: %s   [%s]\n", line, budget, unit, verdict, cmd
            exit median <= budget ? 0 : 1
        }' || failed=1
}
# figures FILE NAME: the values of "figure NAME VALUE" lines.
figures() { awk -v n="$2" '$1 == "figure" && $2 == n { print $3 }' "$1"; }

profile="$work/profile"
echo "== bench/run-all.sh ${parts[*]}   ($(nproc) cores, $(date -u +%F), Qt $(qtpaths6 --qt-version 2>/dev/null || echo 6), load $(cut -d' ' -f1-3 /proc/loadavg))"
QT_QPA_PLATFORM=offscreen "$bench/app_benchmark" --make-profile "$profile"
echo "profile: $(du -sh "$profile" | cut -f1) on disk"

if wants startup; then
    # The real binary, launched as a user would, to its main window painted, then its
    # memory after a second of idling (MainWindow's REHEARSE_STARTUP_PROBE).
    runs=11
    "$build_dir/app/rehearse" --data-dir "$profile" --version >/dev/null # the binaries in the file cache
    REHEARSE_STARTUP_PROBE=1 "$build_dir/app/rehearse" --data-dir "$profile" >/dev/null 2>&1 || true
    shown=()
    rss=()
    for _ in $(seq "$runs"); do
        start=$(date +%s%3N)
        out=$(REHEARSE_STARTUP_PROBE=1 timeout 60 "$build_dir/app/rehearse" --data-dir "$profile" 2>/dev/null || true)
        at=$(sed -n 's/^shown-at-ms //p' <<<"$out")
        [ -n "$at" ] && shown+=($((at - start)))
        kb=$(sed -n 's/^idle-rss-kb //p' <<<"$out")
        [ -n "$kb" ] && rss+=($((kb / 1024)))
    done
    summarize "launch to main window painted" 150 ms "bench/run-all.sh startup" "${shown[@]}"
    summarize "idle memory 1 s after start" 120 MB "bench/run-all.sh startup" "${rss[@]}"
fi

if wants panels; then
    # In process, 5 fresh windows: each panel opened for the first time and shown again,
    # timed to its painted frame, and the event loop's longest lateness in the 0.5 s after.
    out="$work/panels.txt"
    timeout 600 "$bench/app_benchmark" --panels "$profile" 5 >"$out" 2>/dev/null || echo "panels: the run failed"
    summarize "main window built and painted, in process" - ms "bench/run-all.sh panels" \
        $(figures "$out" window-painted)
    for panel in Guide Questions Stories Practice History Progress; do
        summarize "switch to $panel, first open" 50 ms "bench/run-all.sh panels" $(figures "$out" "panel-first-$panel")
        summarize "switch to $panel, shown again" 50 ms "bench/run-all.sh panels" $(figures "$out" "panel-again-$panel")
    done
    stalls=()
    for panel in Guide Questions Stories Practice History Progress; do
        stalls+=($(figures "$out" "panel-first-$panel-stall-after") $(figures "$out" "panel-again-$panel-stall-after"))
    done
    summarize "longest GUI-thread stall in the 0.5 s after a switch (all switches)" 50 ms \
        "bench/run-all.sh panels" "${stalls[@]}"
    stalls=()
    for panel in Guide Questions Stories Practice History Progress; do
        stalls+=($(figures "$out" "panel-first-$panel-own-stall-after") $(figures "$out" "panel-again-$panel-own-stall-after"))
    done
    summarize "the same, waiting for a CPU excluded" 50 ms "bench/run-all.sh panels" "${stalls[@]}"
fi

if wants practice; then
    # A practice answer per process (open Practice, devices start, prepare 2 s, record 4 s,
    # stop, saved, review 4 s while the speech analysis runs) with a 5 ms timer recording how late the GUI thread runs
    # it. Qt 6.4's recorder can hang in stop() (README, "Known limits"): a run that has not
    # saved within 90 s is ended and run again in a fresh process, and this says so.
    hung=0
    for run in 1 2 3; do
        for attempt in 1 2 3; do
            out="$work/practice-$run.txt"
            # The figures count once the answer was saved, even if the process then fails
            # while Qt Multimedia shuts down.
            timeout -s KILL 90 "$bench/app_benchmark" --practice "$profile" >"$out" 2>/dev/null || true
            grep -q '^practice saved' "$out" && break
            hung=$((hung + 1))
            echo "practice run $run, try $attempt: $(grep '^practice ' "$out" || echo 'no answer within 90 s (recorder hang)'); run again in a fresh process"
            rm -f "$out"
        done
    done
    all() { cat "$work"/practice-*.txt 2>/dev/null | awk -v n="$1" '$1 == "figure" && $2 == n { print $3 }'; }
    summarize "longest GUI-thread stall during a practice answer" 50 ms "bench/run-all.sh practice" \
        $(all practice-stall-longest)
    for step in opening preparing recording saving review; do
        summarize "  of which while $step" - ms "bench/run-all.sh practice" $(all "practice-stall-$step")
    done
    # The same, less the time the GUI thread was ready to run but had no CPU (the camera
    # source, the encoder, software OpenGL and anything else on the machine had it).
    summarize "longest GUI-thread stall during a practice answer, waiting for a CPU excluded" 50 ms \
        "bench/run-all.sh practice" $(all practice-own-stall-longest)
    for step in opening preparing recording saving review; do
        summarize "  of which while $step" - ms "bench/run-all.sh practice" $(all "practice-own-stall-$step")
    done
    summarize "median event-loop lateness during a practice answer" - ms "bench/run-all.sh practice" \
        $(all practice-stall-median)
    echo "practice runs that hung or failed and were run again: $hung"
fi

if wants micro; then
    echo "-- micro figures (Google Benchmark, median of 5 repetitions)   [bench/run-all.sh micro]"
    "$bench/micro_benchmark" --profile="$profile" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
        --benchmark_min_time=0.2 2>/dev/null | awk '/_median/ { sub(/_median/, ""); print "  " $0 }'
fi

if wants bank; then
    echo "-- question bank: import and search of 100,000 questions   [bench/run-all.sh bank]"
    QT_QPA_PLATFORM=offscreen timeout 600 "$bench/bank_benchmark" 100000 2>/dev/null | sed 's/^/  /'
fi

if wants record; then
    echo "-- recording 30 s at 1280x720, 30 fps from the virtual camera   [bench/run-all.sh record]"
    QT_QPA_PLATFORM=offscreen timeout -s KILL 120 "$bench/record_benchmark" 30 2>/dev/null | sed 's/^/  /' \
        || echo "  the recording did not finish within 120 s (recorder hang, README \"Known limits\")"
fi

if wants speech && [ -f "$here/bench/run-speech-benchmark.sh" ]; then
    echo "-- speech analysis of a 2-minute answer   [bench/run-all.sh speech]"
    REHEARSE_BUILD_DIR="$build_dir" bash "$here/bench/run-speech-benchmark.sh" 2>&1 | grep -v '^\[' | sed 's/^/  /' \
        || echo "  the speech benchmark failed"
fi

[ "$failed" -eq 0 ] && echo "== every budget met" || echo "== a budget was NOT met"
exit "$failed"
