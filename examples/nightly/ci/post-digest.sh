#!/bin/sh
# Posts the week's digest, which every build writes, to Microsoft Teams and/or Slack once per ISO
# week and channel, however often the job runs. A channel is posted when its week is not yet in
# the state file, the day is DIGEST_DAY or later in the week, and only a 2xx answer records it;
# a failed post exits non-zero and the next run tries again. Does nothing when no webhook is set.
#
# Settings (environment): SITE_DIR (the built site; default WEB_DIR, then public),
# TEAMS_WEBHOOK_URL (posts digest/teams.json), SLACK_WEBHOOK_URL (posts digest/slack.json),
# DIGEST_DAY (ISO weekday, 1 = Monday … 7 = Sunday; default 1), ADVOCACY_STATE (the folder
# remembering the posted weeks; default STATE_DIRECTORY under systemd, else .advocacy-state).
set -eu
here=$(dirname "$0")
# shellcheck source=say.sh
. "$here/say.sh"
site=${SITE_DIR:-${WEB_DIR:-public}}
state=${ADVOCACY_STATE:-${STATE_DIRECTORY:-.advocacy-state}}
# Azure DevOps passes a secret variable that is not defined as its own name, "$(NAME)": not set.
case ${TEAMS_WEBHOOK_URL:-} in \$\(*) TEAMS_WEBHOOK_URL= ;; esac
case ${SLACK_WEBHOOK_URL:-} in \$\(*) SLACK_WEBHOOK_URL= ;; esac
[ -n "${TEAMS_WEBHOOK_URL:-}${SLACK_WEBHOOK_URL:-}" ] || exit 0

# The build's week and weekday in the hub's time zone, e.g. 2026-W50-1.
read -r date < "$site/digest/week.txt"
week=${date%-*}
[ "${date##*-}" -ge "${DIGEST_DAY:-1}" ] || exit 0
mkdir -p "$state"
touch "$state/digest-posted"

failed=0
post() {  # channel, webhook, file in digest/
  if grep -qxF "$week $1" "$state/digest-posted"; then
    say "ugens nyhedsbrev er allerede sendt til $1 ($week)" "the week's digest was already posted to $1 ($week)"
    return 0
  fi
  if curl --fail --silent --show-error --max-time 30 \
       -H 'Content-Type: application/json' --data-binary "@$site/digest/$3" -o /dev/null "$2"; then
    echo "$week $1" >> "$state/digest-posted"
    say "ugens nyhedsbrev er sendt til $1 ($week)" "posted the week's digest to $1 ($week)"
  else
    say "ugens nyhedsbrev kunne ikke sendes til $1 ($week); næste kørsel prøver igen" \
        "could not post the week's digest to $1 ($week); the next run tries again"
    failed=1
  fi
}
if [ -n "${TEAMS_WEBHOOK_URL:-}" ]; then post teams "$TEAMS_WEBHOOK_URL" teams.json; fi
if [ -n "${SLACK_WEBHOOK_URL:-}" ]; then post slack "$SLACK_WEBHOOK_URL" slack.json; fi
exit "$failed"
