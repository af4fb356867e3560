#!/usr/bin/env bash
# What ctest runs (tst_browser): the npm packages if needed, two quick checks
# in node (the Dutch covers every text; the outbox stays with its meeting;
# incremental updates converge on a real kiosk, convergence.mjs),
# then the browser voter end to end in chromium against a real kiosk
# ($FLIPOVER_KIOSK).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bash "$here/setup.sh"
node "$here/i18n-check.mjs"
node "$here/client-meeting.mjs"
node "$here/convergence.mjs"
node "$here/waiting.mjs"
exec node "$here/voter.test.mjs"
