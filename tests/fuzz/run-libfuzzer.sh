#!/usr/bin/env bash
# Long fuzz runs with clang's libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer.
# Configures its own clang build (build-fuzz/ beside build/), builds the libFuzzer
# targets and runs each for RUNS inputs, starting from the checked-in seed corpus:
#
#   tests/fuzz/run-libfuzzer.sh [RUNS] [TARGET...]     RUNS defaults to 1000000
#   targets: pack csv questions_csv questions_json story_markdown (default: all)
#
# Inputs that reach new code are kept in the work folder, never in tests/fuzz/corpus/. A
# crash or sanitizer report stops that target and leaves its input as
# <work>/<target>/crash-* (replay: build-fuzz/tests/fuzz/fuzz_<target>_libfuzzer FILE);
# the script then exits with 1. Packages: group "fuzz" of packaging/debian-packages.txt.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build_dir="${REHEARSE_FUZZ_BUILD_DIR:-$root/build-fuzz}"
work="${REHEARSE_FUZZ_WORK_DIR:-$build_dir/fuzz-work}"
runs="${1:-1000000}"
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(pack csv questions_csv questions_json story_markdown)

declare -A corpus=([pack]=pack [csv]=csv [questions_csv]=questions-csv [questions_json]=questions-json
                   [story_markdown]=story-markdown)
declare -A dictionary=([pack]=json [csv]=csv [questions_csv]=csv [questions_json]=json
                       [story_markdown]=markdown)

"$root/build.sh" deps fuzz

if [ ! -f "$build_dir/build.ninja" ]; then
    # Everything the targets link is instrumented, rehearse_core included.
    CC=clang CXX=clang++ cmake -S "$root" -B "$build_dir" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
        -DREHEARSE_FUZZ=ON \
        -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined,fuzzer-no-link -fno-sanitize-recover=all -fno-omit-frame-pointer"
fi
build_targets=()
for target in "${targets[@]}"; do
    [ -n "${corpus[$target]:-}" ] || { echo "unknown target: $target" >&2; exit 2; }
    build_targets+=("fuzz_${target}_libfuzzer")
done
cmake --build "$build_dir" --target "${build_targets[@]}"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
failed=0
printf '%-16s %10s %8s %9s %s\n' target runs seconds exec/s result
for target in "${targets[@]}"; do
    mkdir -p "$work/$target/corpus"
    log="$work/$target.log"
    start=$(date +%s.%N)
    status=0
    "$build_dir/tests/fuzz/fuzz_${target}_libfuzzer" \
        -runs="$runs" -seed=1 -max_len=8192 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
        -dict="$here/dict/${dictionary[$target]}.dict" \
        -artifact_prefix="$work/$target/" \
        "$work/$target/corpus" "$here/corpus/${corpus[$target]}" >"$log" 2>&1 || status=$?
    seconds=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
    executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(awk -v n="${executed:-0}" -v s="$seconds" 'BEGIN { printf "%d", (s > 0 ? n / s : 0) }')
    if [ "$status" -eq 0 ]; then
        result="no crash"
    else
        result="FAILED ($(grep -m1 -E 'ERROR: |fuzz check failed|SUMMARY: ' "$log" || echo "exit $status")); see $log"
        failed=1
    fi
    printf '%-16s %10s %8s %9s %s\n' "$target" "${executed:-?}" "$seconds" "$speed" "$result"
done
exit $failed
