#!/usr/bin/env bash
# Renders the checked-in PNG icons from org.rehearse.Rehearse.svg. Run it after changing
# the SVG; the build does not need it. rsvg-convert is in Debian's librsvg2-bin.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for size in 48 128 256; do
    mkdir -p "$size"
    rsvg-convert --width "$size" --height "$size" --output "$size/org.rehearse.Rehearse.png" org.rehearse.Rehearse.svg
done
