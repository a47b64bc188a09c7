#!/usr/bin/env bash
# How long `advocacy serve` (release) takes to show a one-file edit on the generated hub of N share
# items: it adds a sentence to one share item's text, 10 times, and measures each time from the
# moment the file is written and closed to the moment the item's page is served with the sentence,
# asking for the page over one kept-alive HTTP connection every 2 ms (the watcher's quiet period and
# the page's rendering are both inside that time); each edit is made once the build before it is
# done. Prints each time, the median, and the times the server printed for the changed page and the
# whole rebuild. Usage: Benchmarks/serve-latency.sh N   (default: 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
WORK=${WORK:-/tmp/advocacy-bench}
NOW=2027-06-01T09:00   # every generated item is active then
mkdir -p "$WORK"
swift build -c release --product advocacy >/dev/null
corpus="$WORK/latency-corpus-$N"
rm -rf "$corpus"; python3 Benchmarks/generate.py "$N" "$corpus"
log="$WORK/latency-serve-$N.log"
.build/release/advocacy serve --lang en --port 0 --content "$corpus" --templates site-templates --now "$NOW" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 600); do grep -q "serving at" "$log" && break; sleep 0.1; done
address=$(sed -n 's/.*serving at \([^ ]*\) .*/\1/p' "$log")
[ -n "$address" ] || { echo "serve did not start:" >&2; cat "$log" >&2; exit 1; }

python3 - "$address" "$corpus/share/opslag-1.md" "$log" <<'EOF'
import http.client, re, statistics, sys, time, urllib.parse

address, path, log = sys.argv[1:4]
url = urllib.parse.urlsplit(address)
page = url.path + "share/opslag-1/"
connection = http.client.HTTPConnection(url.hostname, url.port)

def served():
    connection.request("GET", page)
    return connection.getresponse().read().decode()

def settle(builds):
    """Waits until the server printed the summary of its build number `builds` (the first is the
    start's) and then nothing for half a second: an edit made while a build runs waits for it."""
    size = -1
    while True:
        text = open(log, encoding="utf-8").read()
        done = len(re.findall(r"^built .*\[\d+ ms\]$", text, re.M))
        if done >= builds and len(text) == size:
            return
        size = len(text)
        time.sleep(0.5)

assert "Opslag 1" in served(), "the item's page is not served"
times = []
for round in range(1, 11):
    settle(round)
    text = open(path, encoding="utf-8").read()
    sentence = f"Maaling nummer {round} er tilfoejet her."
    at = text.find("```share")
    text = text[:at] + sentence + "\n\n" + text[at:] if at >= 0 else text + "\n" + sentence + "\n"
    with open(path, "w", encoding="utf-8") as file:
        file.write(text)
    written = time.monotonic()
    while sentence not in served():
        time.sleep(0.002)
    times.append((time.monotonic() - written) * 1000)
settle(11)
text = open(log, encoding="utf-8").read()
first = re.findall(r"shown first \[(\d+) ms\]", text)
rebuilds = re.findall(r"^built .*\[(\d+) ms\]$", text, re.M)[1:]
print("edit to served (ms): " + " ".join(f"{t:.0f}" for t in times))
print(f"median: {statistics.median(times):.0f} ms")
print("changed page written first, as the server printed (ms): " + " ".join(first))
print("whole rebuilds, as the server printed (ms): " + " ".join(rebuilds))
EOF
