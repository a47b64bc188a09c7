#!/usr/bin/env bash
# Builds the same generated hub of N share items (plus N/10 stories, N/20 guidelines) with
# advocacy (release), with Hugo over a minimal equivalent layout, and with raw cmark-gfm in one
# process (the floor), in one run, and prints a Markdown table of median wall time, pages per
# second and peak RSS over RUNS runs. Usage: Benchmarks/run.sh [N...]   (default: 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
SIZES=("$@"); [ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
WORK=${WORK:-/tmp/advocacy-bench}
mkdir -p "$WORK"
command -v hugo >/dev/null || { echo "needs Debian's hugo (apt-get install hugo)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
swift build -c release --product advocacy >/dev/null
cc -O2 -o "$WORK/cmark-floor" Benchmarks/cmark-floor.c $(pkg-config --cflags --libs libcmark-gfm)
NOW=2027-06-01T09:00   # every generated item is active then

# measure LABEL CMD...: runs CMD RUNS times; prints "median_wall_seconds peak_rss_mb"
measure() {
  local walls=() rss=0
  for _ in $(seq "$RUNS"); do
    "${@:2}" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
  done 2>/dev/null
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$WORK/time" "${@:2}" >/dev/null 2>&1
    read -r wall kb < "$WORK/time"
    walls+=("$wall"); [ "$kb" -gt "$rss" ] && rss=$kb
  done
  printf '%s %s\n' "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")" "$(( rss / 1024 ))"
}

echo "| N | tool | pages | median wall (s) | pages/s | peak RSS (MB) | wall vs Hugo | wall vs floor |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|"
for n in "${SIZES[@]}"; do
  corpus="$WORK/corpus-$n"
  python3 Benchmarks/generate.py "$n" "$corpus"
  hugosite="$WORK/hugo-$n"
  rm -rf "$hugosite"; cp -r Benchmarks/hugo "$hugosite"; mkdir -p "$hugosite/content"
  for kind in share stories guidelines; do cp -r "$corpus/$kind" "$hugosite/content/"; done
  files=("$corpus"/share/*.md "$corpus"/stories/*.md "$corpus"/guidelines/*.md)
  read -r aw ar < <(measure advocacy .build/release/advocacy build --content "$corpus" --output "$WORK/out-advocacy-$n" --now "$NOW" --quiet)
  read -r hw hr < <(measure hugo hugo --quiet -s "$hugosite" -d "$WORK/out-hugo-$n")
  rm -rf "$WORK/out-floor"; mkdir -p "$WORK/out-floor"
  read -r fw fr < <(measure floor "$WORK/cmark-floor" "$WORK/out-floor" "${files[@]}")
  ap=$(find "$WORK/out-advocacy-$n" -name '*.html' | wc -l)
  hp=$(find "$WORK/out-hugo-$n" -name '*.html' | wc -l)
  fp=${#files[@]}
  row() { awk -v n="$n" -v t="$1" -v p="$2" -v w="$3" -v r="$4" -v h="$hw" -v f="$fw" \
    'BEGIN { printf "| %d | %s | %d | %.2f | %.0f | %d | %.2f× | %.2f× |\n", n, t, p, w, p / (w > 0 ? w : 0.01), r, w / (h > 0 ? h : 0.01), w / (f > 0 ? f : 0.01) }'; }
  row advocacy "$ap" "$aw" "$ar"
  row "hugo $(hugo version | awk '{print $2}')" "$hp" "$hw" "$hr"
  row "cmark-gfm floor" "$fp" "$fw" "$fr"
done
