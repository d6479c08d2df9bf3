# Virtual microphone and screen for the test suite (see ../shared/TESTING.md).
# Source this file, then call virtual_devices_start; virtual_devices_stop undoes it.
#  - a private PulseAudio with a null sink, a microphone "fakemic" remapped from the
#    sink's monitor (Qt lists no monitor sources), and a live tone fed into the sink;
#  - an Xvfb screen.
# The virtual camera is a GStreamer plugin built with the tests (tests/support/gst);
# the test targets point GST_PLUGIN_PATH at it themselves.
# Every process started here is stopped by its own pid.

_vd_pids=()

virtual_devices_start() {
    _vd_runtime="$(mktemp -d /tmp/rehearse-devices.XXXXXX)"
    chmod 700 "$_vd_runtime"
    export XDG_RUNTIME_DIR="$_vd_runtime"
    export PULSE_RUNTIME_PATH="$_vd_runtime/pulse"
    export PULSE_SERVER="unix:$_vd_runtime/pulse/native"
    unset PULSE_SINK PULSE_SOURCE

    pulseaudio -n --daemonize=no --exit-idle-time=-1 --disallow-exit --use-pid-file=no \
        --log-target=file:"$_vd_runtime/pulseaudio.log" \
        -L "module-native-protocol-unix auth-anonymous=1 socket=$_vd_runtime/pulse/native" \
        -L "module-null-sink sink_name=nullsink" \
        -L "module-remap-source master=nullsink.monitor source_name=fakemic source_properties=device.description=Rehearse-Test-Microphone" \
        -L "module-always-sink" &
    _vd_pids+=("$!")
    local tries=0
    until pactl info >/dev/null 2>&1; do
        tries=$((tries + 1))
        if [ "$tries" -gt 100 ]; then
            echo "virtual-devices: PulseAudio did not start; its log:" >&2
            cat "$_vd_runtime/pulseaudio.log" >&2 || true
            return 1
        fi
        sleep 0.1
    done
    pactl set-default-source fakemic
    pactl set-default-sink nullsink
    # A live tone into the sink, so the microphone hears something.
    gst-launch-1.0 -q audiotestsrc is-live=true wave=sine freq=440 volume=0.3 \
        ! audio/x-raw,rate=48000,channels=2 ! pulsesink device=nullsink >/dev/null 2>&1 &
    _vd_pids+=("$!")

    local display=99
    while [ -e "/tmp/.X${display}-lock" ] || [ -e "/tmp/.X11-unix/X${display}" ]; do
        display=$((display + 1))
    done
    Xvfb ":$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    _vd_pids+=("$!")
    export DISPLAY=":$display"
    tries=0
    until [ -e "/tmp/.X11-unix/X${display}" ]; do
        tries=$((tries + 1))
        [ "$tries" -gt 100 ] && { echo "virtual-devices: Xvfb did not start" >&2; return 1; }
        sleep 0.1
    done
    export REHEARSE_DEVICES_UP=1
    echo "virtual-devices: PulseAudio at $PULSE_SERVER (microphone fakemic), Xvfb on $DISPLAY"
}

virtual_devices_stop() {
    local pid
    for pid in "${_vd_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${_vd_pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    _vd_pids=()
    [ -n "${_vd_runtime:-}" ] && rm -rf "$_vd_runtime"
    unset REHEARSE_DEVICES_UP
}
