#!/usr/bin/env bash
# Records 120 s (or $1 s) at 1280x720, 30 fps from the virtual camera and microphone and
# prints frames written against frames expected, CPU time, peak memory and file size.
# Usage: bench/run-record-benchmark.sh [seconds]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${REHEARSE_BUILD_DIR:-$here/build}"
"$here/build.sh" deps build run test
cmake --build "$build_dir" --target record_benchmark gstrehearsevcam
# shellcheck source=../tests/support/virtual-devices.sh
source "$here/tests/support/virtual-devices.sh"
virtual_devices_start >/dev/null
trap virtual_devices_stop EXIT
echo "command: bench/run-record-benchmark.sh ${1:-120}   ($(nproc) cores, $(date -u +%F))"
GST_PLUGIN_PATH="$build_dir/tests/gst-plugins" QT_QPA_PLATFORM=offscreen QT_MEDIA_BACKEND=gstreamer \
    QT_LOGGING_RULES="*.info=false;*.debug=false" "$build_dir/bench/record_benchmark" "${1:-120}"
