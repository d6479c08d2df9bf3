#!/usr/bin/env bash
# Rehearse on a large profile: window, panels, memory and practice stalls, with the
# virtual camera and microphone. Prints the figures README quotes.
# Usage: bench/run-app-benchmark.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${REHEARSE_BUILD_DIR:-$here/build}"
"$here/build.sh" deps build run test
cmake --build "$build_dir" --target app_benchmark gstrehearsevcam
# shellcheck source=../tests/support/virtual-devices.sh
source "$here/tests/support/virtual-devices.sh"
virtual_devices_start >/dev/null
trap virtual_devices_stop EXIT
echo "command: bench/run-app-benchmark.sh   ($(nproc) cores, $(date -u +%F))"
GST_PLUGIN_PATH="$build_dir/tests/gst-plugins" QT_MEDIA_BACKEND=gstreamer \
    QT_LOGGING_RULES="*.info=false;*.debug=false" "$build_dir/bench/app_benchmark"
