#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test; then the fuzz smoke
# run and the core tests under the sanitizers.
set -euo pipefail
cd "$(dirname "$0")/.."
bash deploy/install-deps.sh
bash deploy/build.sh
build="${FLIPOVER_BUILD_DIR:-build}"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --timeout 300 -j "$(nproc)"
# Fuzz smoke: replays every kept regression input, then 45 s per harness
# (deploy/fuzz.sh alone runs an hour each).
bash deploy/fuzz.sh 45
# The core tests under ASan + UBSan (deploy/sanitize.sh alone runs them all).
bash deploy/sanitize.sh --core
