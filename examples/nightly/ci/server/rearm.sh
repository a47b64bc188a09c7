#!/usr/bin/env bash
# Run by advocacy-hub.service after each build, as root (ExecStartPost=+), from a copy root owns in
# /usr/local/lib/advocacy-hub/, in the hub's clone (the service's WorkingDirectory): arms a one-shot timer that
# starts the service again at the queue's next change (`advocacy plan --format json`'s nextChange),
# replacing the one armed before, so an item set to publish at 07:30 is live at 07:30. With no change
# ahead, only the morning timer (advocacy-hub.timer) stays.
set -euo pipefail
service=advocacy-hub.service
timer=advocacy-hub-next-change
# Nothing run as root reads the clone's files as its own settings.
export HOME=/root

# advocacy runs as the service's own user, who owns its state folder (StateDirectory=).
user=$(stat -c %U "${STATE_DIRECTORY:?run by advocacy-hub.service}")
if [ -z "${ADVOCACY:-}" ]; then ADVOCACY=$(runuser -u "$user" -- bash ci/install-advocacy.sh); fi
# Planned from the instant the build used (ci/nightly.sh keeps it), so that a change falling while
# the job ran is armed rather than missed.
built=$(cat "$STATE_DIRECTORY/last-build" 2>/dev/null || date -u +%Y-%m-%dT%H:%M:%S+00:00)
next=$(runuser -u "$user" -- "$ADVOCACY" plan --content "${CONTENT:-content}" --now "$built" --format json \
  | sed -n 's/.*"nextChange" : "\([^"]*\)".*/\1/p')

systemctl stop "$timer.timer" 2>/dev/null || true
if [ -z "$next" ]; then exit 0; fi
# --no-block: the timer's own unit only queues the start, and is gone before the next re-arm.
if [ "$(date -u -d "$next" +%s)" -le "$(date -u +%s)" ]; then
  systemd-run --quiet --collect --unit="$timer" --on-active=1s --timer-property=AccuracySec=1s \
    systemctl start --no-block "$service"
  echo "next run now: the queue changed at $next, while the job ran"
  exit 0
fi
when=$(date -u -d "$next" '+%Y-%m-%d %H:%M:%S UTC')
systemd-run --quiet --collect --unit="$timer" --on-calendar="$when" --timer-property=AccuracySec=1s \
  systemctl start --no-block "$service"
echo "next run at $when, the queue's next change"
