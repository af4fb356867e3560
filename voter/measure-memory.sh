#!/usr/bin/env bash
# Measures the tablet app's resident memory through a whole meeting: a
# headless kiosk with a fresh session, and flipover-voter's screenshot tour,
# which joins it, walks every phase with every panel (three more tablets
# join off screen), leaves and switches language. VmRSS of the voter is
# sampled from /proc every 200 ms; the peak and the last sample are printed.
# Offscreen with the software renderer (as on a tablet without GPU driver
# this is the pessimistic case: frames are kept in main memory).
# Usage: voter/measure-memory.sh [build-dir]   (target: peak below 80 MB)
set -euo pipefail
build="${1:-build}"
export QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software
work="$(mktemp -d)"
trap 'kill "$kiosk" 2>/dev/null || true; rm -rf "$work"' EXIT

"$build/kiosk/flipover-kiosk" --no-gui --no-beacon --port 0 --data-dir "$work/kiosk" \
    --pin 123456 --facilitator-pin 9999 >"$work/kiosk.log" 2>&1 &
kiosk=$!
for _ in $(seq 1 150); do
    grep -q '^FLIPOVER_READY' "$work/kiosk.log" && break
    sleep 0.2
done
port="$(sed -n 's/^FLIPOVER_READY port=\([0-9]*\).*/\1/p' "$work/kiosk.log")"
[ -n "$port" ] || { echo "the kiosk did not start" >&2; cat "$work/kiosk.log" >&2; exit 1; }

"$build/voter/flipover-voter" --screenshots "$work/shots" --kiosk "127.0.0.1:$port" \
    --pin 123456 --facilitator-pin 9999 >"$work/voter.log" 2>&1 &
voter=$!
peak=0 last=0 samples=0
while kill -0 "$voter" 2>/dev/null; do
    rss="$(awk '/^VmRSS:/ {print $2}' "/proc/$voter/status" 2>/dev/null || true)"
    if [ -n "$rss" ]; then
        last=$rss
        samples=$((samples + 1))
        [ "$rss" -gt "$peak" ] && peak=$rss
    fi
    sleep 0.2
done
rc=0
wait "$voter" || rc=$?
[ "$rc" -eq 0 ] || { echo "the voter's tour failed ($rc):" >&2; tail -5 "$work/voter.log" >&2; exit 1; }
echo "voter resident memory over a whole meeting ($samples samples, $(ls "$work/shots" | wc -l) screens):"
echo "  peak VmRSS $((peak / 1024)) MB ($peak kB), at the end $((last / 1024)) MB"
[ "$peak" -lt $((80 * 1024)) ] && echo "  below the 80 MB target" || { echo "  ABOVE the 80 MB target"; exit 1; }
