#!/usr/bin/env bash
# The nightly job: check the content, build the site straight into the web folder (the build swaps
# the folder in whole, so the web server never serves half a site, and a failed build leaves
# yesterday's site as it was), and say when the queue changes next.
#
# Settings (environment): ADVOCACY (the binary), CONTENT, TEMPLATES, WEB_DIR (the folder the web
# server serves), BASE_URL (optional), EVERY_HOURS (how often the schedule runs; default 24).
set -euo pipefail
ADVOCACY=${ADVOCACY:-.build/release/advocacy}
CONTENT=${CONTENT:-content}
TEMPLATES=${TEMPLATES:-site-templates}
WEB_DIR=${WEB_DIR:-/var/www/advocacy}
EVERY_HOURS=${EVERY_HOURS:-24}
FORMAT=text
[ -n "${GITHUB_ACTIONS:-}" ] && FORMAT=github

"$ADVOCACY" check --content "$CONTENT" --templates "$TEMPLATES" --format "$FORMAT"
args=(build --content "$CONTENT" --templates "$TEMPLATES" --output "$WEB_DIR")
[ -n "${BASE_URL:-}" ] && args+=(--base-url "$BASE_URL")
summary=$("$ADVOCACY" "${args[@]}")
echo "$summary"

# Warn when the queue changes before the next run: `plan --format json` names the next change
# ("nextChange" : "2026-12-14T06:30:00Z"), whatever the language of the summary above.
next=$("$ADVOCACY" plan --content "$CONTENT" --weeks 1 --format json | sed -n 's/.*"nextChange" : "\([^"]*\)".*/\1/p')
if [ -n "$next" ]; then
  when=$(date -d "$next" +%s)
  if [ "$when" -lt "$(( $(date +%s) + EVERY_HOURS * 3600 ))" ]; then
    echo "note: the queue changes at $next (UTC), before the next scheduled run; items appear late unless the job also runs then"
  fi
fi
