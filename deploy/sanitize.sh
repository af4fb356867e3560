#!/usr/bin/env bash
# Builds the "asan" preset (AddressSanitizer + UndefinedBehaviorSanitizer,
# CMakePresets.json) into ./build-asan (or $FLIPOVER_SANITIZE_BUILD_DIR) and
# runs the test suite there. Any sanitizer report fails its test.
#   deploy/sanitize.sh                  everything, the whole suite (what CI runs)
#   deploy/sanitize.sh --core           only the core tests (quick)
#   deploy/sanitize.sh -- -R tst_store  arguments after -- go to ctest
set -euo pipefail
cd "$(dirname "$0")/.."
build="${FLIPOVER_SANITIZE_BUILD_DIR:-build-asan}"
core_tests=(tst_engine tst_protocol tst_store tst_format tst_server tst_sessionview tst_voterclient)
targets=()
ctest_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --core)
            targets=("${core_tests[@]}")
            ctest_args+=(-R "^($(IFS='|'; echo "${core_tests[*]}"))\$")
            ;;
        --) shift; ctest_args+=("$@"); break ;;
        *) echo "usage: $0 [--core] [-- ctest arguments]" >&2; exit 2 ;;
    esac
    shift
done

bash deploy/install-deps.sh
cmake --preset asan -B "$build" >/dev/null
if [ ${#targets[@]} -gt 0 ]; then
    cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"
else
    cmake --build "$build" --parallel "$(nproc)"
fi

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir "$build" --output-on-failure --timeout 600 -j "$(nproc)" "${ctest_args[@]}"
