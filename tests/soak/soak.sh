#!/bin/sh
# Runs every attack of issue 17 against a real kiosk on loopback (127.0.0.0/8
# only) beside 50 honest voters, for MINUTES minutes (default 10), and prints
# the honest voters' p50/p99 ping round trip and the kiosk's peak memory.
# usage: tests/soak/soak.sh [MINUTES] [BUILD_DIR]
set -eu
minutes=${1:-10}
build=${2:-build}
cmake --build "$build" --target flipover-kiosk flipover-soak >/dev/null
exec "$build/tests/soak/flipover-soak" "$build/kiosk/flipover-kiosk" $((minutes * 60))
