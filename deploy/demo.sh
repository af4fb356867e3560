#!/usr/bin/env bash
# Installs what is missing, builds, and starts the kiosk with a demo session
# plus three voter windows joined to it. Ctrl+C stops them all.
set -euo pipefail
cd "$(dirname "$0")/.."
bash deploy/install-deps.sh
bash deploy/build.sh
build="${FLIPOVER_BUILD_DIR:-build}"
port="${FLIPOVER_PORT:-7700}"
pin="${FLIPOVER_PIN:-246810}"
fpin="${FLIPOVER_FACILITATOR_PIN:-1357}"
data="$(mktemp -d /tmp/flipover-demo.XXXXXX)"
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; }
trap cleanup EXIT INT TERM

gui=1
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    gui=0
    echo "No display found: the kiosk runs headless. Open a desktop session to see the wall and the tablets,"
    echo "or open the join link it prints below in a phone's or this machine's browser (the browser voter)."
fi

kiosk_args=(--demo --port "$port" --pin "$pin" --facilitator-pin "$fpin" --data-dir "$data")
if [ "$gui" -eq 0 ]; then
    "$build/kiosk/flipover-kiosk" --no-gui "${kiosk_args[@]}" &
    pids+=($!)
    wait
    exit 0
fi
"$build/kiosk/flipover-kiosk" "${kiosk_args[@]}" &
pids+=($!)
# The voters retry until the kiosk listens.
for i in 1 2 3; do
    "$build/voter/flipover-voter" --kiosk "ws://127.0.0.1:$port/" --pin "$pin" --data-dir "$data/voter-$i" &
    pids+=($!)
done
echo "Kiosk: PIN $pin, facilitator PIN $fpin. Close the kiosk window or press Ctrl+C to stop."
wait "${pids[0]}"
