#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: the whole suite under
# AddressSanitizer + UndefinedBehaviorSanitizer (the "asan" preset, one build
# for CI's two cores), then the fuzz smoke run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash deploy/install-deps.sh
# Every ctest (unit, end to end, crash loop, QML, benchmark smoke) in the
# sanitizer build; any sanitizer report fails its test.
bash deploy/sanitize.sh
# Fuzz smoke: replays every kept regression input, then 20 s per harness
# (deploy/fuzz.sh alone runs an hour each).
bash deploy/fuzz.sh 20
# The Debian packages: built from a clean tree, lintian, systemd-analyze
# verify, appstreamcli validate (its --chroot part, install/upgrade/purge in
# a throwaway root, runs outside CI: README, "Install on the wall's computer").
bash deploy/package-check.sh
