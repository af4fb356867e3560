#!/usr/bin/env bash
# Renders the screenshots that people look at before a release: every state
# of the wall into screenshots/kiosk/. Offscreen with Qt Quick's software
# renderer, so no display or GPU is needed. Each app has its own block below;
# a block builds only its own program and fills only its own folder.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${FLIPOVER_BUILD_DIR:-build}"
export QT_QPA_PLATFORM=offscreen
export QT_QUICK_BACKEND=software

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

# --- The wall (kiosk): 1920x1080, a demo meeting from join screen to summary.
cmake --build "$build" --target flipover-kiosk
rm -rf screenshots/kiosk
"$build/kiosk/flipover-kiosk" --screenshots screenshots/kiosk --screenshots-size 1920x1080
echo "Wall screenshots: $(ls screenshots/kiosk/*.png | wc -l) files in screenshots/kiosk/"
