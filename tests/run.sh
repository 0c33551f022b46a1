#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test suite: native unit tests
# (plain and under ASan+UBSan), the JSON Schema check, libFuzzer smoke runs of
# the map loader, the CSV, Mermaid and measurements importers and the share-link
# decoder, the file-format benchmark,
# browser tests in Debian's Chromium (on the test build, build/web-checked), and
# the frame, opening and image export benchmarks. JEJAK_FUZZ_SECONDS and JEJAK_FUZZ_CSV_SECONDS
# set the fuzzing times (default 60, and 20 for each importer).
# Ends with one line "N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
logs="$root/build/test-logs"

"$root/web/scripts/install-deps.sh" || { echo "0 passed, 1 failed"; exit 1; }
"$root/web/scripts/build.sh" all || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }
mkdir -p "$logs"

passed=0
failed=0
failures=()  # the suites that failed, told again at the end (CI may show only the tail)
count() {  # count SUITE PASSED FAILED EXIT
  local p="${2:-0}" f="${3:-0}"
  # A suite that exits non-zero without reporting a failure still failed.
  if [ "$4" != 0 ] && [ "$f" = 0 ]; then f=1; fi
  if [ "$p" = 0 ] && [ "$f" = 0 ]; then f=1; echo "$1: ran no test"; fi
  passed=$((passed + p)); failed=$((failed + f))
  [ "$f" = 0 ] || failures+=("$1")
  echo "== $1: $p passed, $f failed"
}

# Benchmarks and the fuzz run print numbers and are not tests: they add nothing
# to "passed", but one that crashes or exits non-zero is a failure.
measure() {  # measure NAME EXIT
  if [ "$2" != 0 ]; then failed=$((failed + 1)); failures+=("$1"); echo "== $1: FAILED (exit $2)"; else echo "== $1: done (not counted)"; fi
}

run_doctest() {  # run_doctest SUITE BINARY
  echo "== $1"
  "$2" 2>&1 | tee "$logs/$1.log"
  local rc=${PIPESTATUS[0]}
  local line; line=$(grep -E '^\[doctest\] test cases:' "$logs/$1.log" | tail -n1)
  count "$1" "$(sed -nE 's/.*\| *([0-9]+) passed.*/\1/p' <<<"$line")" \
             "$(sed -nE 's/.*\| *([0-9]+) failed.*/\1/p' <<<"$line")" "$rc"
}

run_doctest unit build/native/jejak_tests
run_doctest unit-asan build/native-asan/jejak_tests

echo "== schema"
/usr/bin/python3 tests/schema/check_schema.py 2>&1 | tee "$logs/schema.log"
rc=${PIPESTATUS[0]}
line=$(grep -E '^schema: ' "$logs/schema.log" | tail -n1)
count schema "$(sed -nE 's/^schema: ([0-9]+) passed.*/\1/p' <<<"$line")" \
             "$(sed -nE 's/.* ([0-9]+) failed.*/\1/p' <<<"$line")" "$rc"

# No file in src/ over 500 lines and no function over 80 (one check per file).
echo "== sizes"
/usr/bin/python3 tests/sizes/check_sizes.py 2>&1 | tee "$logs/sizes.log"
rc=${PIPESTATUS[0]}
line=$(grep -E '^sizes: ' "$logs/sizes.log" | tail -n1)
count sizes "$(sed -nE 's/^sizes: ([0-9]+) passed.*/\1/p' <<<"$line")" \
            "$(sed -nE 's/.* ([0-9]+) failed.*/\1/p' <<<"$line")" "$rc"

# The benchmark runs before the fuzzer, on a quiet machine.
echo "== bench"
build/native/jejak-bench 2>&1 | tee "$logs/bench.log"
rc=${PIPESTATUS[0]}
measure bench "$rc"

echo "== fuzz (map loader, ${JEJAK_FUZZ_SECONDS:-60} s)"
corpus="$root/build/fuzz-corpus"
mkdir -p "$corpus"
cp tests/corpus/bad/*.json tests/corpus/good/*.json assets/templates/*.json "$corpus/"
build/fuzz/fuzz_map_loader "$corpus" -artifact_prefix="$logs/fuzz-" -max_total_time="${JEJAK_FUZZ_SECONDS:-60}" -max_len=262144 \
  -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 > "$logs/fuzz.log" 2>&1
rc=$?
grep -E '^(Done|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)' "$logs/fuzz.log"
measure fuzz "$rc"

# The importers' targets start from the templates converted by the CLI.
fuzz_importer() {  # fuzz_importer NAME EXTENSION (build/fuzz/fuzz_NAME_importer)
  echo "== fuzz ($1 importer, ${JEJAK_FUZZ_CSV_SECONDS:-20} s)"
  local corpus="$root/build/fuzz-corpus-$2"
  mkdir -p "$corpus"
  for t in assets/templates/*.json; do build/native/jejak convert "$t" "$corpus/$(basename "$t" .json).$2" > /dev/null; done
  "build/fuzz/fuzz_$1_importer" "$corpus" -artifact_prefix="$logs/fuzz-$2-" -max_total_time="${JEJAK_FUZZ_CSV_SECONDS:-20}" -max_len=65536 \
    -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 > "$logs/fuzz-$2.log" 2>&1
  local rc=$?
  grep -E '^(Done|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)' "$logs/fuzz-$2.log"
  measure "fuzz-$2" "$rc"
}
fuzz_importer csv csv
fuzz_importer mermaid mmd

# The measurements importer starts from the good and bad measurements files.
echo "== fuzz (measurements importer, ${JEJAK_FUZZ_CSV_SECONDS:-20} s)"
corpus="$root/build/fuzz-corpus-measures"
mkdir -p "$corpus"
cp tests/corpus/measures/*.csv tests/corpus/measures/bad/*.csv "$corpus/"
build/fuzz/fuzz_measures_importer "$corpus" -artifact_prefix="$logs/fuzz-measures-" \
  -max_total_time="${JEJAK_FUZZ_CSV_SECONDS:-20}" -max_len=65536 \
  -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 > "$logs/fuzz-measures.log" 2>&1
rc=$?
grep -E '^(Done|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)' "$logs/fuzz-measures.log"
measure fuzz-measures "$rc"

# The share-link decoder starts from links of the templates, made as the page
# makes them (raw deflate, base64url; Python's zlib writes what CompressionStream does).
echo "== fuzz (share-link decoder, ${JEJAK_FUZZ_CSV_SECONDS:-20} s)"
corpus="$root/build/fuzz-corpus-link"
mkdir -p "$corpus"
python3 - "$corpus" assets/templates/*.json <<'PY'
import base64, os, sys, zlib
for path in sys.argv[2:]:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = c.compress(open(path, "rb").read()) + c.flush()
    name = os.path.join(sys.argv[1], os.path.basename(path) + ".link")
    open(name, "w").write(base64.urlsafe_b64encode(data).decode().rstrip("="))
PY
build/fuzz/fuzz_share_link "$corpus" -artifact_prefix="$logs/fuzz-link-" -max_total_time="${JEJAK_FUZZ_CSV_SECONDS:-20}" -max_len=16384 \
  -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 > "$logs/fuzz-link.log" 2>&1
rc=$?
grep -E '^(Done|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)' "$logs/fuzz-link.log"
measure fuzz-link "$rc"

# Browser tests run on the test build (build/web-checked: the same app with the
# runtime's stack and heap checks); the benchmarks measure build/web, what users get.
echo "== browser (build/web-checked)"
(cd web && JEJAK_WEB_DIR=build/web-checked node --test --test-reporter=tap --test-concurrency=1 tests/*.test.mjs) \
  2>&1 | tee "$logs/browser.log"
rc=${PIPESTATUS[0]}
count browser "$(sed -nE 's/^# pass ([0-9]+)$/\1/p' "$logs/browser.log" | tail -n1)" \
              "$(sed -nE 's/^# fail ([0-9]+)$/\1/p' "$logs/browser.log" | tail -n1)" "$rc"

echo "== bench (frames in the browser)"
node web/tests/bench-frames.mjs 2>&1 | tee "$logs/bench-frames.log"
rc=${PIPESTATUS[0]}
measure bench-frames "$rc"

echo "== bench (opening big maps in the browser)"
node web/tests/bench-open.mjs 2>&1 | tee "$logs/bench-open.log"
rc=${PIPESTATUS[0]}
measure bench-open "$rc"

echo "== bench (the image export in the browser)"
RUNS=1 node web/tests/bench-export.mjs 2>&1 | tee "$logs/bench-export.log"
rc=${PIPESTATUS[0]}
measure bench-export "$rc"

echo "== bench (journey analytics in the browser)"
node web/tests/bench-analytics.mjs 2>&1 | tee "$logs/bench-analytics.log"
rc=${PIPESTATUS[0]}
measure bench-analytics "$rc"

echo "== bench (states compared in the browser)"
node web/tests/bench-states.mjs 2>&1 | tee "$logs/bench-states.log"
rc=${PIPESTATUS[0]}
measure bench-states "$rc"

# What failed, again, with the end of its log and, for a fuzzer, its seed and
# the input it stopped at (base64), so that a failure on another machine can be
# reproduced here.
for suite in "${failures[@]}"; do
  echo "== failed: $suite ($logs/$suite.log)"
  if [ "$suite" = browser ]; then
    grep -E -A12 '^not ok|^    not ok' "$logs/browser.log" | head -n 120
  else
    tail -n 30 "$logs/$suite.log"
  fi
  if [[ "$suite" == fuzz* ]]; then
    grep -m1 'INFO: Seed:' "$logs/$suite.log"
    for artifact in "$logs/$suite"-{crash,leak,timeout,oom,slow-unit}-*; do
      [ -f "$artifact" ] || continue
      echo "$(basename "$artifact") in base64:"
      head -c 6000 "$artifact" | base64 -w 100
    done
  fi
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
