#!/bin/sh
# Posts the week's digest, which every build writes, to Microsoft Teams and/or Slack on Mondays.
# Does nothing when no webhook is set, or on any other day. Run it after the build.
#
# Settings (environment): SITE_DIR (the built site; default WEB_DIR, then _site), TEAMS_WEBHOOK_URL
# (a Teams incoming webhook or workflow URL: posts digest/teams.json), SLACK_WEBHOOK_URL (a Slack
# incoming webhook: posts digest/slack.json), DIGEST_DAY (ISO weekday, 1 = Monday … 7 = Sunday;
# default 1), HUB_TIMEZONE (the zone the weekday is told in; default Europe/Copenhagen).
set -eu
site=${SITE_DIR:-${WEB_DIR:-_site}}
[ -n "${TEAMS_WEBHOOK_URL:-}${SLACK_WEBHOOK_URL:-}" ] || exit 0
[ "$(TZ=${HUB_TIMEZONE:-Europe/Copenhagen} date +%u)" = "${DIGEST_DAY:-1}" ] || exit 0

post() {
  curl --fail --silent --show-error --max-time 30 --retry 2 \
    -H 'Content-Type: application/json' --data-binary "@$site/digest/$2" -o /dev/null "$1"
  echo "posted the week's digest ($2)"
}
if [ -n "${TEAMS_WEBHOOK_URL:-}" ]; then post "$TEAMS_WEBHOOK_URL" teams.json; fi
if [ -n "${SLACK_WEBHOOK_URL:-}" ]; then post "$SLACK_WEBHOOK_URL" slack.json; fi
