#!/usr/bin/env bash
# tst_kiosk_pin_env: the kiosk takes its PINs from FLIPOVER_PIN and
# FLIPOVER_FACILITATOR_PIN (how the systemd units pass them, never on the
# command line), --pin/--facilitator-pin still win, and a bad PIN from the
# environment is refused like a bad --pin.  $1: the flipover-kiosk binary.
set -euo pipefail
kiosk="$1"
dir=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$dir"' EXIT

ready() { # runs the kiosk with the given env/args, prints its FLIPOVER_READY line
    local name="$1"; shift
    env "$@" --no-gui --port 0 --no-beacon --data-dir "$dir/$name" > "$dir/$name.out" 2>&1 &
    pid=$!
    for _ in $(seq 1 200); do
        if grep -q '^FLIPOVER_READY' "$dir/$name.out"; then break; fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    grep '^FLIPOVER_READY' "$dir/$name.out" || { cat "$dir/$name.out" >&2; return 1; }
    kill "$pid"; wait "$pid" || true; pid=""
}

line=$(ready env FLIPOVER_PIN=135790 FLIPOVER_FACILITATOR_PIN=2468 "$kiosk")
grep -q ' pin=135790 facilitatorPin=2468 ' <<< "$line" || { echo "env PINs not used: $line" >&2; exit 1; }

line=$(ready flag FLIPOVER_PIN=135790 FLIPOVER_FACILITATOR_PIN=2468 "$kiosk" --pin 975310 --facilitator-pin 8642)
grep -q ' pin=975310 facilitatorPin=8642 ' <<< "$line" || { echo "--pin did not win over the environment: $line" >&2; exit 1; }

status=0
FLIPOVER_PIN=12ab "$kiosk" --no-gui --port 0 --no-beacon --data-dir "$dir/bad" > "$dir/bad.out" 2>&1 || status=$?
[ "$status" -eq 2 ] || { echo "a bad FLIPOVER_PIN gave exit $status, not 2" >&2; cat "$dir/bad.out" >&2; exit 1; }
grep -q 'must be 4 to 12 digits' "$dir/bad.out"
echo "PASS: PINs from the environment, --pin wins, a bad one is refused"
