#!/usr/bin/env bash
# What ctest runs (tst_browser): the npm packages if needed, then the browser
# voter end to end in chromium against a real kiosk ($FLIPOVER_KIOSK).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bash "$here/setup.sh"
node "$here/i18n-check.mjs"
exec node "$here/voter.test.mjs"
