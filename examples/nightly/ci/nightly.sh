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

format=text
if [ -n "${GITHUB_ACTIONS:-}" ]; then format=github; fi   # errors show as annotations on the run
if [ -n "${GITLAB_CI:-}" ]; then
  "$ADVOCACY" check --content "$CONTENT" --templates "$TEMPLATES" --format gitlab > gl-code-quality-report.json || true
fi
"$ADVOCACY" check --content "$CONTENT" --templates "$TEMPLATES" --format "$format"

args=(build --content "$CONTENT" --templates "$TEMPLATES" --output "$WEB_DIR")
if [ "${EVERY_HOURS:-24}" != 0 ]; then args+=(--next-run "${EVERY_HOURS:-24}h"); fi
if [ -n "${BASE_URL:-}" ]; then args+=(--base-url "$BASE_URL"); fi
"$ADVOCACY" "${args[@]}"
