#!/usr/bin/env bash
# Installs the advocacy release that ci/advocacy.env names and prints the path of its binary.
#
# The tarball advocacy-<version>-linux-<arch>.tar.gz is downloaded from ADVOCACY_DOWNLOAD_URL into
# the cache folder only when it is not there yet; its SHA-256 is checked on every run, against
# ADVOCACY_SHA256 when the hub pins it, else against the SHA256SUMS file beside the tarball.
#
# Settings (environment): ADVOCACY_CACHE (default ${XDG_CACHE_HOME:-$HOME/.cache}/advocacy).
# Under GitHub Actions the binary's folder is also put on PATH for the job's later steps.
set -euo pipefail
here=$(dirname "$0")
# shellcheck source=say.sh
. "$here/say.sh"
# shellcheck source=/dev/null
. "$here/advocacy.env"

if [ -z "${ADVOCACY_DOWNLOAD_URL:-}" ]; then
  say "ci/advocacy.env siger ikke, hvor advocacy hentes: skriv adressen på mappen med advocacy-${ADVOCACY_VERSION:-…}-linux-$(uname -m).tar.gz og SHA256SUMS, fx ADVOCACY_DOWNLOAD_URL=https://filer.example.dk/advocacy/" \
      "ci/advocacy.env does not say where to download advocacy: write the address of the folder holding advocacy-${ADVOCACY_VERSION:-…}-linux-$(uname -m).tar.gz and SHA256SUMS, e.g. ADVOCACY_DOWNLOAD_URL=https://files.example.com/advocacy/"
  exit 1
fi
url=${ADVOCACY_DOWNLOAD_URL%/}
name=advocacy-$ADVOCACY_VERSION-linux-$(uname -m).tar.gz
cache=${ADVOCACY_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/advocacy}
mkdir -p "$cache"
cache=$(cd "$cache" && pwd)
tarball=$cache/$name

if [ ! -f "$tarball" ]; then
  say "henter $url/$name" "downloading $url/$name"
  # A download that fails or stalls leaves nothing behind, and never hangs the job.
  trap 'rm -f "$tarball.part.$$"' EXIT
  curl --fail --silent --show-error --location --retry 2 --connect-timeout 20 --max-time 600 -o "$tarball.part.$$" "$url/$name"
  mv "$tarball.part.$$" "$tarball"
  trap - EXIT
fi

# Hashes compare in lower case without spaces, as sha256sum writes them (Windows prints upper case).
if [ -n "${ADVOCACY_SHA256:-}" ]; then
  expected=$(printf '%s' "$ADVOCACY_SHA256" | tr -d '[:space:]' | tr 'A-F' 'a-f')
else
  expected=$(curl --fail --silent --show-error --location --connect-timeout 20 --max-time 60 "$url/SHA256SUMS" \
    | tr -d '\r' | awk -v name="$name" '$2 == name || $2 == "*" name { print tolower($1) }')
  if [ -z "$expected" ]; then
    say "$url/SHA256SUMS nævner ikke $name: læg filen ved siden af tarballen, eller skriv tarballens SHA-256 som ADVOCACY_SHA256= i ci/advocacy.env" \
        "$url/SHA256SUMS does not list $name: put the file beside the tarball, or write the tarball's SHA-256 as ADVOCACY_SHA256= in ci/advocacy.env"
    exit 1
  fi
fi
actual=$(sha256sum "$tarball" | cut -d ' ' -f 1)
if [ "$actual" != "$expected" ]; then
  # Only the download that failed is removed, so that the next run fetches it again.
  rm -f "$tarball"
  say "$name har en anden SHA-256 end forventet (forventet $expected, fik $actual): advocacy er ikke installeret. Er filen på $url skiftet ud, så tjek med dem, der lægger udgivelserne dér, før du retter ADVOCACY_SHA256 i ci/advocacy.env." \
      "$name has another SHA-256 than expected (expected $expected, got $actual): advocacy is not installed. If the file at $url was replaced, check with whoever publishes the releases there before changing ADVOCACY_SHA256 in ci/advocacy.env."
  exit 1
fi
if [ -z "${ADVOCACY_SHA256:-}" ]; then
  say "SHA-256 af $name: $actual (fra SHA256SUMS). Lås den ved at skrive ADVOCACY_SHA256=$actual i ci/advocacy.env." \
      "SHA-256 of $name: $actual (from SHA256SUMS). Pin it by writing ADVOCACY_SHA256=$actual in ci/advocacy.env."
fi

# Unpacked afresh on every run, so the binary run is always the one just verified.
folder=$cache/advocacy-$ADVOCACY_VERSION-$(uname -m)
rm -rf "$folder"
mkdir "$folder"
tar -xzf "$tarball" -C "$folder"
if [ -n "${GITHUB_PATH:-}" ]; then echo "$folder" >> "$GITHUB_PATH"; fi
echo "$folder/advocacy"
