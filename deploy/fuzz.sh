#!/usr/bin/env bash
# Builds the libFuzzer harnesses (clang, -fsanitize=fuzzer,address,undefined)
# into ./build-fuzz (or $FLIPOVER_FUZZ_BUILD_DIR), replays every kept
# regression input, then fuzzes each harness for the given number of seconds.
#   deploy/fuzz.sh          one hour per harness
#   deploy/fuzz.sh 45       the CI smoke run
#   deploy/fuzz.sh 3600 fuzz_format    one harness only
# New findings are written to <build>/findings/<harness>/ (crash-*, leak-*,
# timeout-*, oom-*); once fixed, copy them to tests/fuzz/regressions/<harness>/.
# The corpus the fuzzer grows lives in <build>/corpus/<harness>/ and is kept
# between runs; the seeds in tests/fuzz/corpus/ are read, never written.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-3600}"
shift || true
harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
    harnesses=(fuzz_decoder fuzz_format)
fi
build="${FLIPOVER_FUZZ_BUILD_DIR:-build-fuzz}"
src="tests/fuzz"

bash deploy/install-deps.sh --fuzz
if [ ! -f "$build/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DFLIPOVER_CORE_ONLY=ON -DFLIPOVER_FUZZ=ON >/dev/null
fi
cmake --build "$build" --parallel "$(nproc)" --target "${harnesses[@]}"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen
fuzz_args=(-dict="$src/json.dict" -max_len=70000 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1)

status=0
for h in "${harnesses[@]}"; do
    bin="$build/tests/fuzz/$h"
    # 1. Every input that once crashed must pass now (the binary exits non-zero otherwise).
    shopt -s nullglob
    regressions=("$src/regressions/$h"/*)
    shopt -u nullglob
    if [ ${#regressions[@]} -gt 0 ]; then
        echo "== $h: replaying ${#regressions[@]} regression inputs"
        "$bin" "${fuzz_args[@]}" "${regressions[@]}" >"$build/$h-regressions.log" 2>&1 || {
            cat "$build/$h-regressions.log"
            echo "FAIL: $h crashed on a kept regression input" >&2
            exit 1
        }
    fi
    # 2. Fuzz for the given time, growing <build>/corpus/<h> from the seeds.
    corpus="$build/corpus/$h"
    findings="$build/findings/$h"
    mkdir -p "$corpus" "$findings"
    seeds="$src/corpus/${h#fuzz_}"
    echo "== $h: fuzzing for ${seconds}s (corpus $corpus, findings $findings)"
    if ! "$bin" "${fuzz_args[@]}" -max_total_time="$seconds" -artifact_prefix="$findings/" \
        "$corpus" "$seeds" >"$build/$h.log" 2>&1; then
        tail -n 60 "$build/$h.log"
        echo "FAIL: $h found a problem; the input is in $findings/" >&2
        status=1
    else
        grep -E "^(stat::number_of_executed_units|stat::new_units_added|Done )" "$build/$h.log" || true
    fi
done
exit $status
