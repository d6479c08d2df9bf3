#!/usr/bin/env bash
# Imports 100,000 (or $1) generated questions, opens the Questions panel and types
# searches one key at a time; prints the figures README quotes.
# Usage: bench/run-bank-benchmark.sh [questions]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${REHEARSE_BUILD_DIR:-$here/build}"
"$here/build.sh" deps build run
cmake --build "$build_dir" --target bank_benchmark
echo "command: bench/run-bank-benchmark.sh ${1:-100000}   ($(nproc) cores, $(date -u +%F))"
QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="*.info=false;*.debug=false" "$build_dir/bench/bank_benchmark" "${1:-100000}"
