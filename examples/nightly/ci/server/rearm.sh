#!/usr/bin/env bash
# Run by advocacy-hub.service after each build, as root (ExecStartPost=+), from a copy root owns in
# /usr/local/lib/advocacy-hub/, in the hub's clone (the service's WorkingDirectory): arms a one-shot timer that
# starts the service again at the queue's next change (`advocacy plan --format json`'s nextChange),
# replacing the one armed before, so an item set to publish at 07:30 is live at 07:30. With no change
# ahead, only the morning timer (advocacy-hub.timer) stays.
set -euo pipefail
service=advocacy-hub.service
timer=advocacy-hub-next-change

# advocacy runs as the service's own user, who owns its state folder (StateDirectory=).
user=$(stat -c %U "${STATE_DIRECTORY:?run by advocacy-hub.service}")
if [ -z "${ADVOCACY:-}" ]; then ADVOCACY=$(runuser -u "$user" -- bash ci/install-advocacy.sh); fi
next=$(runuser -u "$user" -- "$ADVOCACY" plan --content "${CONTENT:-content}" --format json \
  | sed -n 's/.*"nextChange" : "\([^"]*\)".*/\1/p')

systemctl stop "$timer.timer" 2>/dev/null || true
if [ -z "$next" ]; then exit 0; fi
when=$(date -u -d "$next" '+%Y-%m-%d %H:%M:%S UTC')
# --no-block: the timer's own unit only queues the start, and is gone before the next re-arm.
systemd-run --quiet --collect --unit="$timer" --on-calendar="$when" --timer-property=AccuracySec=1s \
  systemctl start --no-block "$service"
echo "next run at $when, the queue's next change"
