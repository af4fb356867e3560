#!/usr/bin/env bash
# Installs the browser tests' npm packages (playwright-core, pinned in
# package-lock.json) with `npm ci`, again only when the lock file changed.
# Playwright downloads no browser of its own: the tests use Debian's chromium
# (deploy/install-deps.sh installs it).
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x /usr/bin/chromium ]; then
    echo "tests/browser: /usr/bin/chromium is missing; run deploy/install-deps.sh" >&2
    exit 1
fi
stamp=node_modules/.flipover-lock
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
    exit 0
fi
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
cp package-lock.json "$stamp"
