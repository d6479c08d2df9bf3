#!/usr/bin/env bash
# Panels and practice on the large profile: panel switches, stalls after them, and the
# GUI thread's stalls during a practice answer. The same as bench/run-all.sh panels practice.
exec "$(dirname "${BASH_SOURCE[0]}")/run-all.sh" panels practice
