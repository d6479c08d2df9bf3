#!/usr/bin/env bash
# Whole-process start-up on the large profile: launch to main window painted, 11 runs, and
# idle memory. The same as bench/run-all.sh startup.
exec "$(dirname "${BASH_SOURCE[0]}")/run-all.sh" startup
