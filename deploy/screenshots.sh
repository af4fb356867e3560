#!/usr/bin/env bash
# Renders the screenshots that people look at before a release: every state
# of the wall into screenshots/kiosk/, the tablet's into screenshots/voter/
# and the browser page's into screenshots/web/. Offscreen with Qt Quick's
# software renderer (and headless chromium for the page), so no display or
# GPU is needed. Each app has its own block below; a block builds only its
# own program and fills only its own folder.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${FLIPOVER_BUILD_DIR:-build}"
export QT_QPA_PLATFORM=offscreen
export QT_QUICK_BACKEND=software

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

# --- The wall (kiosk): 1920x1080, every phase of the three built-in formats
# (lobby, each phase, the vote hidden, live and revealed with 12 and 40
# cards, insights, tips and tops, end summary), then the start screen. The
# names say the order, the format and the phase: 17-collegiale-fase3-...png.
# (ctest's tst_wall_text runs the same tour at 1280x720 and 1920x1080.)
cmake --build "$build" --target flipover-kiosk
rm -rf screenshots/kiosk
"$build/kiosk/flipover-kiosk" --screenshots screenshots/kiosk --screenshots-size 1920x1080
echo "Wall screenshots: $(ls screenshots/kiosk/*.png | wc -l) files in screenshots/kiosk/"

# --- The tablet (voter): 1280x800 and one portrait 800x1280, a whole meeting.
# A headless kiosk with a fresh session; the voter's screenshot tour joins it as
# the facilitator's tablet (it moves the phases), three colleagues join off
# screen, and every state a participant meets is saved, from the join screen
# to leaving. The kiosk is stopped however the tour ends.
shoot_voter() {
    local data log kiosk ready port pin fpin rc=0
    cmake --build "$build" --target flipover-voter flipover-kiosk
    rm -rf screenshots/voter
    data="$(mktemp -d)"
    log="$(mktemp)"
    "$build/kiosk/flipover-kiosk" --no-gui --no-beacon --port 0 --data-dir "$data" --pin 123456 --facilitator-pin 9999 >"$log" 2>&1 &
    kiosk=$!
    ready=""
    for _ in $(seq 1 150); do
        ready="$(grep -m1 '^FLIPOVER_READY' "$log" || true)"
        [ -n "$ready" ] && break
        kill -0 "$kiosk" 2>/dev/null || break
        sleep 0.2
    done
    if [ -z "$ready" ]; then
        echo "The headless kiosk did not start:" >&2
        cat "$log" >&2
        kill "$kiosk" 2>/dev/null || true
        rm -rf "$data" "$log"
        return 1
    fi
    port="$(sed -n 's/.* port=\([0-9]*\).*/\1/p' <<<"$ready")"
    pin="$(sed -n 's/.* pin=\([0-9]*\).*/\1/p' <<<"$ready")"
    fpin="$(sed -n 's/.* facilitatorPin=\([0-9]*\).*/\1/p' <<<"$ready")"
    "$build/voter/flipover-voter" --screenshots screenshots/voter \
        --kiosk "ws://127.0.0.1:$port/" --pin "$pin" --facilitator-pin "$fpin" || rc=$?
    kill "$kiosk" 2>/dev/null || true
    wait "$kiosk" 2>/dev/null || true
    rm -rf "$data" "$log"
    [ "$rc" -eq 0 ] || return "$rc"
    echo "Tablet screenshots: $(ls screenshots/voter/*.png | wc -l) files in screenshots/voter/"
}
shoot_voter

# --- The browser page (web/): 1280x800 and a 390x844 phone, every screen of a
# meeting, taken by tst_browser's own run in headless chromium against a real
# kiosk (tests/browser/run.sh installs its npm packages on first use).
shoot_web() {
    cmake --build "$build" --target flipover-kiosk
    rm -rf screenshots/web
    FLIPOVER_KIOSK="$build/kiosk/flipover-kiosk" FLIPOVER_SHOTS="$build/screenshots/web" \
        FLIPOVER_SHOTS_COPY="$PWD/screenshots/web" bash tests/browser/run.sh
    echo "Browser screenshots: $(ls screenshots/web/*.png | wc -l) files in screenshots/web/"
}
shoot_web
