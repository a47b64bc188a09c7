#!/bin/sh
# Sourced by the scripts in ci/: `say "dansk tekst" "English text"` prints the message in the hub's
# language (`language:` in content/hub.yml; Danish unless it says en) on standard error.
hub_language=$(sed -n 's/^language:[[:space:]]*["'\'']\{0,1\}\([a-z]*\).*/\1/p' "${CONTENT:-content}/hub.yml" 2>/dev/null | head -n 1)
say() {
  if [ "$hub_language" = en ]; then printf '%s\n' "$2" >&2; else printf '%s\n' "$1" >&2; fi
}
