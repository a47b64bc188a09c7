#!/usr/bin/env bash
# The nightly job, run from the hub's folder: installs advocacy (ci/install-advocacy.sh), checks the
# content (under GitLab CI also into gl-code-quality-report.json, the Code Quality report a merge
# request shows) and builds the site into WEB_DIR. The build swaps the folder in whole, so the web server
# never serves half a site, and a failed check or build leaves the last site as it was. When the
# queue changes at a time of day before the next scheduled run, the build says so in the hub's
# language.
#
# Settings (environment): ADVOCACY (a binary to use instead of installing one), CONTENT, TEMPLATES,
# WEB_DIR (default public), BASE_URL (optional: the path the site is served under),
# EVERY_HOURS (how often the job is scheduled; default 24; 0 where something else runs the job at
# each change, as the server recipe's re-arm does).
set -euo pipefail
here=$(dirname "$0")
CONTENT=${CONTENT:-content}
TEMPLATES=${TEMPLATES:-site-templates}
WEB_DIR=${WEB_DIR:-public}
if [ -z "${ADVOCACY:-}" ]; then ADVOCACY=$(bash "$here/install-advocacy.sh"); fi
every=${EVERY_HOURS:-24}
case $every in
  '' | *[!0-9]*)
    # shellcheck source=say.sh
    . "$here/say.sh"
    say "EVERY_HOURS=$every er ikke et helt antal timer; skriv fx 24, eller 0 når jobbet kører så tit, at intet kommer for sent" \
        "EVERY_HOURS=$every is not a whole number of hours; write e.g. 24, or 0 when the job runs so often that nothing comes late"
    exit 1 ;;
esac
# The state folder (the posted digests, the last build's instant) exists from the first run on, so
# that a platform's cache always has a folder to save.
state=${ADVOCACY_STATE:-${STATE_DIRECTORY:-.advocacy-state}}
mkdir -p "$state"

format=text
if [ -n "${GITHUB_ACTIONS:-}" ]; then format=github; fi   # errors show as annotations on the run
if [ -n "${GITLAB_CI:-}" ]; then
  "$ADVOCACY" check --content "$CONTENT" --templates "$TEMPLATES" --format gitlab > gl-code-quality-report.json || true
fi
"$ADVOCACY" check --content "$CONTENT" --templates "$TEMPLATES" --format "$format"

# The build's instant, kept for the server's re-arm, which plans from it: a change that falls while
# the job runs is then armed, not missed.
now=$(date -u +%Y-%m-%dT%H:%M:%S+00:00)
echo "$now" > "$state/last-build"
args=(build --content "$CONTENT" --templates "$TEMPLATES" --output "$WEB_DIR" --now "$now")
if [ "$every" != 0 ]; then args+=(--next-run "${every}h"); fi
if [ -n "${BASE_URL:-}" ]; then args+=(--base-url "$BASE_URL"); fi
"$ADVOCACY" "${args[@]}"
