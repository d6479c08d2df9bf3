#!/usr/bin/env bash
# Installs the Rehearse .deb on a fresh Debian 12 (debootstrap, minbase, in a chroot) and
# checks that it pulls all it needs, shows in the menu with its icon, and starts:
#
#   sudo packaging/check-fresh-install.sh build/rehearse_0.1.0_amd64.deb [SCREENSHOT.png]
#
# Needs root, network to a Debian mirror, about 1.5 GB in $TMPDIR and 5-10 minutes. Not a
# CTest test for that reason. Prints each check with PASS or FAIL and exits non-zero if
# any failed. The chroot lives under a mktemp folder that is unmounted and removed at the
# end, also on failure or Ctrl-C. The screenshot of the started window is kept
# (default: $TMPDIR/rehearse-fresh-install.png): look at it, the main window with the Guide.
#
# The mirror is the one this machine's apt uses, unless MIRROR (and SECURITY_MIRROR for
# bookworm-security; SECURITY_MIRROR=none leaves it out) name another.
set -euo pipefail

usage() { echo "usage: $0 PATH/TO/rehearse_VERSION_ARCH.deb [SCREENSHOT.png]" >&2; exit 2; }
[[ $# -ge 1 && $# -le 2 ]] || usage
deb=$(realpath -e "$1") || usage
shot_out=$(realpath -m "${2:-${TMPDIR:-/tmp}/rehearse-fresh-install.png}")
[[ $(id -u) -eq 0 ]] || { echo "$0: needs root (debootstrap, chroot, mount)" >&2; exit 2; }

suite=bookworm
started=$(date +%s)
failures=0
passes=0
pass() { passes=$((passes + 1)); printf 'PASS  %s\n' "$*"; }
fail() { failures=$((failures + 1)); printf 'FAIL  %s\n' "$*"; }
info() { printf '      %s\n' "$*"; }
step() { printf '\n== %s\n' "$*"; }
summary() { printf '\n== Summary\n%d passed, %d failed\n' "$passes" "$failures"; }
# A failure after which nothing else can be checked.
abort() { fail "$*"; summary; exit 1; }
# check DESCRIPTION COMMAND...: PASS if the command succeeds.
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

# The mirrors this machine's apt uses (deb822 .sources or one-line .list files).
host_uri() { # $1: regex the suite must match
    local f
    for f in /etc/apt/sources.list.d/*.sources; do
        [[ -f $f ]] || continue
        awk -v re="$1" 'BEGIN{RS=""} /Types:[^\n]*deb( |$|\n)/ {
                uri=""; ok=0
                n=split($0, l, "\n")
                for (i=1;i<=n;i++) {
                    if (l[i] ~ /^URIs:/) { split(l[i], u, " "); uri=u[2] }
                    if (l[i] ~ /^Suites:/ && l[i] ~ re) ok=1
                }
                if (ok && uri != "") { print uri; exit }
            }' "$f"
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [[ -f $f ]] || continue
        awk -v re="$1" '$1=="deb" && $0 ~ re { for (i=2;i<=NF;i++) if ($i ~ /:\/\//) { print $i; exit } }' "$f"
    done
}
mirror=${MIRROR:-$(host_uri " $suite( |$)" | head -n1 || true)}
security=${SECURITY_MIRROR:-$(host_uri " $suite-security( |$)" | head -n1 || true)}
[[ -n $mirror ]] || { echo "$0: no Debian mirror in /etc/apt; set MIRROR" >&2; exit 2; }

if ! command -v debootstrap >/dev/null; then
    apt-get install -y -qq debootstrap >/dev/null
fi

work=$(realpath "$(mktemp -d "${TMPDIR:-/tmp}/rehearse-fresh.XXXXXX")")
root=$work/root
log=$work/log

cleanup() {
    local rc=$? pid m
    set +e
    # Whatever still runs inside the chroot (an Xvfb or the app after a failure) keeps
    # the mounts busy: end those processes, by id.
    for pid in /proc/[0-9]*; do
        pid=${pid#/proc/}
        [[ $(readlink "/proc/$pid/root" 2>/dev/null) == "$root" ]] && kill -9 "$pid" 2>/dev/null
    done
    sleep 0.5
    for m in dev/pts dev sys proc; do
        mountpoint -q "$root/$m" 2>/dev/null && { umount -R "$root/$m" 2>/dev/null || umount -R -l "$root/$m"; }
    done
    # Never remove the folder while anything is still mounted under it (a bind of /dev).
    if grep -q " $work/" /proc/mounts; then
        echo "cleanup: mounts remain under $work; not removing it:" >&2
        grep " $work/" /proc/mounts >&2
    else
        rm -rf --one-file-system "$work"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }

step "The package"
name=$(basename "$deb")
version=$(dpkg-deb -f "$deb" Version)
package=$(dpkg-deb -f "$deb" Package)
info "$name, $(stat -c %s "$deb") bytes, $package $version ($(dpkg-deb -f "$deb" Architecture))"
check "the file is a Debian package named rehearse (it is '$package')" test "$package" = rehearse

step "A fresh Debian 12 ($suite, minbase) from $mirror"
t=$(date +%s)
if debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$log.debootstrap" 2>&1; then
    pass "debootstrap $suite ($(( $(date +%s) - t )) s, $(du -sh --one-file-system "$root" | cut -f1))"
else
    tail -n 20 "$log.debootstrap"; abort "debootstrap $suite"
fi
{
    echo "deb $mirror $suite main"
    echo "deb $mirror $suite-updates main"
    [[ -n $security && $security != none ]] && echo "deb $security $suite-security main"
} >"$root/etc/apt/sources.list"
info "sources: $(grep -c ^deb "$root/etc/apt/sources.list") lines ($suite, $suite-updates$([[ -n $security && $security != none ]] && echo ", $suite-security"))"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# As on any chroot: no service is started by a package's postinst.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys" && mount --make-rslave "$root/sys"
mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev"
cp "$deb" "$root/tmp/$name"

step "apt-get install ./$name (it must bring all it needs)"
t=$(date +%s)
if in_root sh -c "apt-get update && apt-get upgrade -y && apt-get install -y /tmp/$name" >"$log.install" 2>&1; then
    pass "apt-get install /tmp/$name ($(( $(date +%s) - t )) s)"
else
    tail -n 30 "$log.install"; abort "apt-get install /tmp/$name"
fi
info "$(grep -E '^[0-9]+ upgraded, [0-9]+ newly installed' "$log.install" | tail -n1)"
info "$(grep -E '^Need to get' "$log.install" | tail -n1)"
info "$(grep -E '^After this operation' "$log.install" | tail -n1)"
warnings=$(grep -E '^(W|E): |^dpkg: (warning|error)' "$log.install" || true)
if [[ -z $warnings ]]; then pass "no apt or dpkg warning"; else fail "apt or dpkg warnings:"; info "$warnings"; fi
# shellcheck disable=SC2016 # dpkg-query's own ${field} syntax
check "dpkg: rehearse $version is 'install ok installed'" \
    test "$(in_root dpkg-query -W -f='${Status} ${Version}' rehearse)" = "install ok installed $version"
missing=$(in_root ldd /usr/bin/rehearse | grep 'not found' || true)
if [[ -z $missing ]]; then pass "every library of /usr/bin/rehearse resolves (ldd)"
else fail "libraries missing:"; info "$missing"; fi
out=$(in_root rehearse --version 2>&1 || true)
check "'rehearse --version' prints 'rehearse $version' (got '$out')" test "$out" = "rehearse $version"

step "Menu entry, icon, file type, AppStream (before any extra package)"
desktop=/usr/share/applications/org.rehearse.Rehearse.desktop
check "$desktop is installed" test -f "$root$desktop"
entry() { sed -n "s/^$1=//p" "$root$desktop" | head -n1; }
icon=$(entry Icon)
categories=$(entry Categories)
exec_cmd=$(entry Exec | cut -d' ' -f1)
check "Type=Application, Categories=$categories" test "$(entry Type)" = Application -a -n "$categories"
check "Exec=$(entry Exec): '$exec_cmd' is on the PATH" in_root sh -c "command -v '$exec_cmd' >/dev/null"
check "Icon=$icon is a theme name, not a path" test -n "$icon" -a "${icon#/}" = "$icon"
hicolor=/usr/share/icons/hicolor
check "$hicolor/scalable/apps/$icon.svg" test -s "$root$hicolor/scalable/apps/$icon.svg"
for size in 48 128 256; do
    png=$hicolor/${size}x$size/apps/$icon.png
    dims=$(od -An -tu1 -j16 -N8 "$root$png" 2>/dev/null | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}' || true)
    check "$png (${dims:-missing})" test "$dims" = "${size}x$size"
done
check "the hicolor theme is there ($hicolor/index.theme, from hicolor-icon-theme)" test -f "$root$hicolor/index.theme"
# gtk-update-icon-cache's trigger: the cache lists the icon (its name is stored as text).
check "icon cache $hicolor/icon-theme.cache lists $icon" grep -qaF "$icon" "$root$hicolor/icon-theme.cache"
# shared-mime-info's trigger: update-mime-database ran over the package's XML.
check "MIME database: /usr/share/mime/types has application/x-rehearse-pack" \
    grep -qx 'application/x-rehearse-pack' "$root/usr/share/mime/types"
check "MIME database: globs2 maps *.rehearse-pack.json to it" \
    grep -qF 'application/x-rehearse-pack:*.rehearse-pack.json' "$root/usr/share/mime/globs2"
metainfo=/usr/share/metainfo/org.rehearse.Rehearse.metainfo.xml
check "$metainfo is installed" test -s "$root$metainfo"
check "/usr/share/doc/rehearse/copyright is installed" test -s "$root/usr/share/doc/rehearse/copyright"

step "Tools for the checks, installed after the app: desktop-file-utils appstream xvfb xauth imagemagick"
if in_root apt-get install -y desktop-file-utils appstream xvfb xauth imagemagick >"$log.tools" 2>&1; then
    pass "tools installed"
else
    tail -n 20 "$log.tools"; abort "tools installed"
fi
if validate=$(in_root desktop-file-validate "$desktop" 2>&1); then pass "desktop-file-validate"
else fail "desktop-file-validate"; fi
[[ -n $validate ]] && info "$validate"
# desktop-file-utils' trigger: update-desktop-database wrote the MIME-to-application cache.
check "desktop database: mimeinfo.cache opens application/x-rehearse-pack with $(basename "$desktop")" \
    grep -qx "application/x-rehearse-pack=$(basename "$desktop");" "$root/usr/share/applications/mimeinfo.cache"
if validate=$(in_root appstreamcli validate --no-net "$metainfo" 2>&1); then pass "appstreamcli validate --no-net"
else fail "appstreamcli validate --no-net"; fi
info "$(echo "$validate" | tail -n1)"

step "It starts: a window under Xvfb, with a throwaway HOME and data folder"
# REHEARSE_STARTUP_PROBE: once the window is shown the app prints 'shown-at-ms', a
# second later 'idle-rss-kb', and quits by itself with 0.
# shellcheck disable=SC2016 # $HOME is expanded inside the chroot
probe=$(in_root timeout 120 xvfb-run -a -s '-screen 0 1280x800x24' env HOME=/tmp/home-probe \
    QT_QPA_PLATFORM=xcb REHEARSE_STARTUP_PROBE=1 sh -c 'mkdir -p "$HOME" && exec rehearse --data-dir /tmp/data-probe' 2>&1) \
    && rc=0 || rc=$?
while IFS= read -r line; do info "| $line"; done <<<"$probe"
check "the start-up probe exits 0 (got $rc)" test "$rc" -eq 0
check "the window was shown (shown-at-ms)" grep -q '^shown-at-ms [0-9]' <<<"$probe"
check "it idled a second after (idle-rss-kb $(sed -n 's/^idle-rss-kb //p' <<<"$probe"))" grep -q '^idle-rss-kb [0-9]' <<<"$probe"

cat >"$root/tmp/screenshot.sh" <<'EOF'
#!/bin/sh
# Inside xvfb-run: start the app, wait, screenshot the screen, check it still runs, end it.
export HOME=/tmp/home-shot QT_QPA_PLATFORM=xcb
mkdir -p "$HOME"
rehearse --data-dir /tmp/data-shot >/tmp/shot.log 2>&1 &
app=$!
sleep 6
import -window root /tmp/shot.png
kill -0 "$app" && echo "still running after 6 s" || echo "it had ended"
kill "$app"
wait "$app" 2>/dev/null || true
EOF
chmod +x "$root/tmp/screenshot.sh"
shot=$(in_root timeout 120 xvfb-run -a -s '-screen 0 1280x800x24' /tmp/screenshot.sh 2>/dev/null || true)
info "$shot"
check "the app was still running when the screenshot was taken" grep -q 'still running' <<<"$shot"
colours=$(in_root convert /tmp/shot.png -format '%k' info: 2>/dev/null || echo 0)
check "the screenshot is not blank ($colours colours)" test "$colours" -gt 50
if [[ -s $root/tmp/shot.png ]]; then
    cp "$root/tmp/shot.png" "$shot_out"
    info "screenshot: $shot_out (look at it: the main window with the Guide)"
fi

summary
echo "$name on a fresh Debian 12 in $(( $(date +%s) - started )) s"
[[ $failures -eq 0 ]]
