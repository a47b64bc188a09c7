#!/usr/bin/env bash
# Builds the fuzz target with libFuzzer and AddressSanitizer and fuzzes for SECONDS (default 60).
# The corpus grows in Fuzz/.corpus (kept between runs, not in git), starting from the seeds that
# make-seeds.sh writes from the fixtures and the example hub. Findings (crash-*, timeout-*, oom-*)
# land in Fuzz/.artifacts. Extra arguments go to libFuzzer, e.g. `Fuzz/run.sh 600 -jobs=2`.
# Run one input again with: Fuzz/.build/release/FuzzHub Fuzz/.artifacts/crash-…
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true

swift build -c release --build-path .build -Xswiftc -sanitize=fuzzer,address -Xswiftc -g >&2
rm -rf .seeds
./make-seeds.sh "$PWD/.seeds" >&2
mkdir -p .corpus .artifacts
# Every fuzzing process (one per job with -fork) makes its content folder in the temporary folder.
rm -rf .tmp && mkdir .tmp
export TMPDIR="$PWD/.tmp"

# -timeout=10: an input that runs for 10 s is a finding (a hang), not a slow pass.
# -rss_limit_mb=2048 and -malloc_limit_mb=2048: so is one that needs 2 GB.
# -max_len=65536 -len_control=0: long enough for tables, nested blocks and many share blocks, from
# the start (libFuzzer otherwise grows the length slowly, and a fork job starts over each time).
# detect_leaks=0 (ASan and libFuzzer): Foundation and the Swift runtime keep caches for the life
# of the process, and libFuzzer would run every input twice to look for leaks.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} exec .build/release/FuzzHub .corpus .seeds \
    -dict=fuzz.dict -max_total_time="$seconds" -max_len=65536 -len_control=0 -timeout=10 \
    -rss_limit_mb=2048 -malloc_limit_mb=2048 -detect_leaks=0 -artifact_prefix=.artifacts/ -print_final_stats=1 "$@"
