#!/bin/sh
# Sourced by the scripts in ci/: `say "dansk tekst" "English text"` prints the message in the hub's
# language (`language:` in content/hub.yml; Danish unless it says en) on standard error, and
# `words "dansk" "English"` prints it on standard output, for a message inside another line.
hub_language=$(sed -n 's/^language:[[:space:]]*["'\'']\{0,1\}\([a-z]*\).*/\1/p' "${CONTENT:-content}/hub.yml" 2>/dev/null | head -n 1)
words() {
  if [ "$hub_language" = en ]; then printf '%s' "$2"; else printf '%s' "$1"; fi
}
say() {
  words "$1" "$2" >&2
  echo >&2
}
