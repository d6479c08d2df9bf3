#!/usr/bin/env bash
# Rehearse developer entry point. The README's two commands:
#   ./build.sh run     install missing Debian packages, build (Ninja, Release), start Rehearse
#   ./build.sh test    the same for the tests, then run the whole suite through CTest
# Also: ./build.sh package         build the Debian package, build/rehearse_<version>_<arch>.deb
#       ./build.sh deps GROUP...   install the packages of the given groups only
# Running it again only rebuilds what changed. Packages: packaging/debian-packages.txt.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build_dir="${REHEARSE_BUILD_DIR:-$here/build}"
packages_file="$here/packaging/debian-packages.txt"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the packages of the given groups that are not installed yet.
install_packages() {
    local missing=()
    local group package
    while read -r group package; do
        case "$group" in ''|\#*) continue ;; esac
        for wanted in "$@"; do
            if [ "$group" = "$wanted" ] && \
               ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
                missing+=("$package")
            fi
        done
    done < "$packages_file"
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing Debian packages: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

configure_and_build() {
    if [ ! -f "$build_dir/build.ninja" ]; then
        cmake -S "$here" -B "$build_dir" -G Ninja \
            -DCMAKE_BUILD_TYPE=Release \
            -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
            "$@"
    fi
    cmake --build "$build_dir"
}

command="${1:-}"
[ $# -gt 0 ] && shift
case "$command" in
    run)
        install_packages build run
        configure_and_build
        exec "$build_dir/app/rehearse" "$@"
        ;;
    test)
        install_packages build run test
        configure_and_build
        # The media tests need a sound server and a virtual microphone; start a private
        # one unless the caller (CI) already did.
        if [ -z "${REHEARSE_DEVICES_UP:-}" ]; then
            # shellcheck source=tests/support/virtual-devices.sh
            source "$here/tests/support/virtual-devices.sh"
            virtual_devices_start
            trap virtual_devices_stop EXIT
        fi
        cd "$build_dir"
        # A test that fails is run once more before it counts: Qt 6.4's recorder can hang
        # in stop() (README, "Known limits"), and a hung recording fails its test within
        # a minute rather than the run. A real defect fails both times.
        ctest --output-on-failure --timeout 600 --repeat until-pass:3 "$@"
        ;;
    package)
        install_packages build
        configure_and_build
        # CPack (packaging/CMakeLists.txt) writes the .deb into the build folder.
        (cd "$build_dir" && cpack -G DEB)
        ls -l "$build_dir"/rehearse_*.deb
        ;;
    deps)
        install_packages "$@"
        ;;
    *)
        echo "usage: $0 run [rehearse options] | test [ctest options] | package | deps GROUP..." >&2
        exit 2
        ;;
esac
