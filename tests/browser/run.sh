#!/usr/bin/env bash
# What ctest runs (tst_browser): the npm packages if needed, then the browser
# voter end to end in chromium against a real kiosk ($FLIPOVER_KIOSK).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bash "$here/setup.sh"
flags=()
# Node 20 has WebSocket behind a flag; later versions have it on by default.
if ! node -e 'process.exit(typeof WebSocket === "function" ? 0 : 1)'; then
    flags+=(--experimental-websocket)
fi
node "$here/i18n-check.mjs"
exec node "${flags[@]}" "$here/voter.test.mjs"
