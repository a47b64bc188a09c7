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
case ${DIGEST_DAY:-1} in
  [1-7]) ;;
  *) say "DIGEST_DAY=${DIGEST_DAY} er ikke en ugedag; skriv et tal fra 1 (mandag) til 7 (søndag)" \
         "DIGEST_DAY=${DIGEST_DAY} is not a weekday; write a number from 1 (Monday) to 7 (Sunday)"
     exit 1 ;;
esac
read -r date < "$site/digest/week.txt"
week=${date%-*}
[ "${date##*-}" -ge "${DIGEST_DAY:-1}" ] || exit 0
mkdir -p "$state"
touch "$state/digest-posted"
# A file edited by hand may lack its last line break: the next record must start a line of its own.
if [ -s "$state/digest-posted" ] && [ "$(tail -c 1 "$state/digest-posted" | od -An -c | tr -d ' ')" != '\n' ]; then
  echo >> "$state/digest-posted"
fi

failed=0
post() {  # channel, webhook, file in digest/
  if grep -qxF "$week $1" "$state/digest-posted"; then
    say "ugens nyhedsbrev er allerede sendt til $1 ($week)" "the week's digest was already posted to $1 ($week)"
    return 0
  fi
  # The address is given to curl on its standard input, never on the command line, which every
  # user of the machine can read (ps).
  if printf 'url = "%s"\n' "$(printf '%s' "$2" | sed 's/[\\"]/\\&/g')" \
     | curl --fail --silent --show-error --connect-timeout 10 --max-time 30 --config - \
       -H 'Content-Type: application/json' --data-binary "@$site/digest/$3" -o /dev/null; then
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
# Azure DevOps saves its caches, the record of the channels posted among them, only after a job
# that succeeded: there a failed post is a warning on the run, and the next run retries.
if [ "$failed" = 1 ] && [ -n "${TF_BUILD:-}" ]; then
  echo "##vso[task.logissue type=warning]$(words "ugens nyhedsbrev blev ikke sendt til alle kanaler; næste kørsel prøver igen" \
    "the week's digest was not posted to every channel; the next run tries again")"
  exit 0
fi
exit "$failed"
