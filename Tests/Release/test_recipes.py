"""The recipes `advocacy init` writes, run end to end: a hub made by the release binary in an empty
folder, its ci/advocacy.env pointed at a local web server that serves the release and receives the
webhooks, and each platform's steps run as that platform would (platforms.py), under a fake clock.
"""
from __future__ import annotations

import hashlib
import json
import os
import platform
import re
import subprocess
import tarfile
from pathlib import Path

import pytest

from platforms import PLATFORMS, SystemdServer, shell
from webserver import web_server  # noqa: F401 (a fixture)

ARCH = platform.machine()
# The instants of the runs, in UTC; Copenhagen is an hour ahead in December.
MONDAY = "2026-12-14 05:00:00"            # 06:00 Copenhagen, ISO week 2026-W51
MONDAY_LATER = "2026-12-14 06:35:00"      # 07:35, a second run the same morning
EMBARGO_LIFTS = "2026-12-14 06:30:00"     # 07:30, when the item below is published
NEXT_MONDAY = "2026-12-21 05:00:00"       # 2026-W52
NEXT_MONDAY_LATER = "2026-12-21 06:35:00"
TUESDAY_AFTER_MISSED_MONDAY = "2026-12-29 05:00:00"   # 2026-W53: no run on Monday the 28th
TUESDAY_LATER = "2026-12-29 06:35:00"

EMBARGOED_ITEM = """---
title: "Nyt kontor i Aarhus"
summary: Vi åbner et kontor i Aarhus.
disciplines: [employer-branding]
publish: 2026-12-14T07:30
expires: 2027-01-31
---

Vi åbner et nyt kontor i Aarhus.

```share employer-branding linkedin
Vi åbner kontor i Aarhus, og vi søger kolleger.
```
"""


@pytest.fixture(scope="session")
def release_binary(release_tarball: Path, tmp_path_factory) -> Path:
    """The `advocacy` binary from the release tarball."""
    folder = tmp_path_factory.mktemp("release")
    with tarfile.open(release_tarball) as tar:
        tar.extractall(folder, filter="data")
    return folder / "advocacy"


def init_hub(binary: Path, folder: Path, server, language: str = "da") -> Path:
    """A hub made by `advocacy init` (on 10 December 2026), its settings file pointed at the local
    server, with one item under embargo until 07:30 on Monday the 14th, committed to git."""
    status, log = shell([str(binary), "init", str(folder), "--language", language], "2026-12-10 08:00:00",
                        {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}, folder.parent)
    assert status == 0, log
    env_file = folder / "ci/advocacy.env"
    settings = env_file.read_text()
    assert "\nADVOCACY_DOWNLOAD_URL=\n" in settings
    env_file.write_text(settings.replace("\nADVOCACY_DOWNLOAD_URL=\n", f"\nADVOCACY_DOWNLOAD_URL={server.url}/dist/\n"))
    (folder / "content/share/aarhus.md").write_text(EMBARGOED_ITEM)
    git = ["git", "-C", str(folder), "-c", "user.name=Test", "-c", "user.email=test@example.dk"]
    subprocess.run([*git, "init", "--quiet", "--initial-branch=main"], check=True)
    subprocess.run([*git, "add", "--all"], check=True)
    subprocess.run([*git, "commit", "--quiet", "-m", "A new hub"], check=True)
    return folder


@pytest.fixture
def hub(release_binary: Path, web_server, tmp_path: Path) -> Path:
    return init_hub(release_binary, tmp_path / "hub", web_server)


def tarball_name(release_dir: Path) -> str:
    (tarball,) = release_dir.glob(f"advocacy-*-linux-{ARCH}.tar.gz")
    return tarball.name


# The webhook secrets, by the name each platform's recipe reads them under. Only Teams is set:
# Slack's secret stays undefined, as in most hubs.
SECRETS = {"github": "ADVOCACY_TEAMS_WEBHOOK_URL", "gitlab": "TEAMS_WEBHOOK_URL",
           "azure": "ADVOCACY_TEAMS_WEBHOOK_URL", "server": "TEAMS_WEBHOOK_URL"}


def make_platform(name: str, hub: Path, server, tmp_path: Path):
    work = tmp_path / name
    work.mkdir()
    return PLATFORMS[name](hub, work, {SECRETS[name]: f"{server.url}/teams"})


def assert_published(run, title: str | None = None):
    assert run.published is not None, run.log
    assert (run.published / "index.html").is_file()
    assert (run.published / ".advocacy-site").is_file(), "the site's manifest is published with it"
    assert (run.published / "digest/teams.json").is_file()
    if title:
        assert title in (run.published / "index.html").read_text()


@pytest.mark.parametrize("name", list(PLATFORMS))
def test_each_recipe_publishes_the_site_downloads_once_and_posts_one_digest_a_week(name, hub, web_server, release_dir, tmp_path):
    recipe = make_platform(name, hub, web_server, tmp_path)
    tarball = f"/dist/{tarball_name(release_dir)}"
    teams = ("POST", "/teams")

    if name != "server":   # a push on a Monday builds and publishes, and posts nothing
        push = recipe.run(MONDAY, {"github": "push", "gitlab": "push", "azure": "IndividualCI"}[name])
        assert push.ok, push.log
        assert_published(push, "Eksempel: Vi har fået en ambassadørhub")
        assert web_server.count(*teams) == 0

    # Two runs on Monday: one post, one download.
    first = recipe.run(MONDAY)
    assert first.ok, first.log
    assert_published(first, "Eksempel: Vi har fået en ambassadørhub")
    assert "Nyt kontor i Aarhus" not in (first.published / "index.html").read_text(), "under embargo until 07:30"
    note = "bemærk: køen ændrer sig 2026-12-14 07:30 Europe/Copenhagen, før næste kørsel omkring 2026-12-15 06:00"
    if name == "server":
        assert "bemærk" not in first.log, "the server runs again at 07:30 by itself, so nothing comes late"
    else:
        assert note in first.log, "the build says the 07:30 item comes late, in the hub's language and zone"
    assert web_server.count(*teams) == 1
    (posted,) = [r for r in web_server.requests if r.method == "POST"]
    assert posted.body == (first.published / "digest/teams.json").read_bytes()
    second = recipe.run(MONDAY_LATER)
    assert second.ok, second.log
    assert "Nyt kontor i Aarhus" in (second.published / "index.html").read_text()
    assert web_server.count(*teams) == 1, second.log
    assert web_server.count("GET", tarball) == 1, "the cached release is used again"

    # The next Monday the webhook answers 500 once: the run says so, and the next run posts.
    web_server.answer("/teams", 500)
    failing = recipe.run(NEXT_MONDAY)
    if name == "azure":   # Azure keeps its caches only after a job that succeeded: the failure is a warning
        assert failing.ok and "##vso[task.logissue type=warning]ugens nyhedsbrev blev ikke sendt til alle kanaler" in failing.log, failing.log
    else:
        assert not failing.ok and len(failing.failed_steps) == 1, failing.log
    assert_published(failing)   # the site is published all the same
    assert re.search(r"ugens nyhedsbrev kunne ikke sendes til teams \(2026-W52\); næste kørsel prøver igen", failing.log)
    retry = recipe.run(NEXT_MONDAY_LATER)
    assert retry.ok, retry.log
    assert web_server.count(*teams, status=500) == 1
    assert web_server.count(*teams, status=200) == 2

    # No run on Monday the 28th: Tuesday's first run posts that week's digest, the second does not.
    tuesday = recipe.run(TUESDAY_AFTER_MISSED_MONDAY)
    assert tuesday.ok, tuesday.log
    assert "ugens nyhedsbrev er sendt til teams (2026-W53)" in tuesday.log
    again = recipe.run(TUESDAY_LATER)
    assert again.ok, again.log
    assert "ugens nyhedsbrev er allerede sendt til teams (2026-W53)" in again.log
    assert web_server.count(*teams, status=200) == 3
    assert web_server.count("GET", tarball) == 1
    assert not [r for r in web_server.requests if r.method == "POST" and r.path != "/teams"], "Slack is not set"


def commit_mistake(hub: Path):
    """An unknown discipline in the embargoed item, on line 4."""
    (hub / "content/share/aarhus.md").write_text(EMBARGOED_ITEM.replace("[employer-branding]", "[sales]"))
    subprocess.run(["git", "-C", str(hub), "-c", "user.name=T", "-c", "user.email=t@e.dk", "commit", "-qam", "typo"], check=True)


SLACK_SECRETS = {"github": "ADVOCACY_SLACK_WEBHOOK_URL", "gitlab": "SLACK_WEBHOOK_URL",
                 "azure": "ADVOCACY_SLACK_WEBHOOK_URL", "server": "SLACK_WEBHOOK_URL"}


@pytest.mark.parametrize("name", list(PLATFORMS))
def test_a_channel_that_fails_does_not_make_another_post_again(name, hub, web_server, tmp_path):
    """Teams answers, Slack fails on three runs in a row: Teams gets the week's digest once, however
    the platform keeps its state after a failed post, and Slack gets it once it answers."""
    work = tmp_path / name
    work.mkdir()
    recipe = PLATFORMS[name](hub, work, {SECRETS[name]: f"{web_server.url}/teams", SLACK_SECRETS[name]: f"{web_server.url}/slack"})
    web_server.answer("/slack", 500, 500, 500)
    for when in (MONDAY, MONDAY_LATER, "2026-12-15 05:00:00", "2026-12-16 05:00:00"):
        recipe.run(when)
    assert web_server.count("POST", "/teams") == 1
    assert web_server.count("POST", "/slack", status=500) == 3
    assert web_server.count("POST", "/slack", status=200) == 1


def test_github_shows_a_mistake_as_an_annotation_and_puts_advocacy_on_the_path(hub, web_server, tmp_path):
    recipe = make_platform("github", hub, web_server, tmp_path)
    commit_mistake(hub)
    run = recipe.run(MONDAY)
    assert not run.ok
    assert run.failed_steps == ["Install advocacy, check and build"]
    assert re.search(r"^::error file=content/share/aarhus\.md,line=4,col=\d+::", run.log, re.M), run.log
    assert run.published is None, "nothing is uploaded after a failed check"
    (folder,) = run.given["github_path"].splitlines()
    assert (Path(folder) / "advocacy").is_file()


def test_gitlab_shows_a_mistake_in_the_code_quality_report_and_publishes_nothing(hub, web_server, tmp_path):
    recipe = make_platform("gitlab", hub, web_server, tmp_path)
    commit_mistake(hub)
    run = recipe.run(MONDAY)
    assert not run.ok and run.failed_steps == ["pages"]
    assert re.search(r"^content/share/aarhus\.md:4:\d+: fejl: ", run.log, re.M), "the job log has the text report"
    findings = json.loads(run.given["reports"]["codequality"])
    assert {"path": "content/share/aarhus.md", "lines": {"begin": 4}} in [f["location"] for f in findings], findings
    assert run.published is None
    assert not [r for r in web_server.requests if r.method == "POST"], "the digest job does not run"


def test_the_server_rearms_at_the_next_change_so_a_0730_item_is_live_at_0730(hub, web_server, tmp_path):
    server = make_platform("server", hub, web_server, tmp_path)
    morning = server.run(MONDAY)
    assert morning.ok, morning.log
    assert "Nyt kontor i Aarhus" not in (morning.published / "index.html").read_text()
    stop, arm = [call for call in server.calls if call[0] in ("systemctl", "systemd-run")]
    assert stop == ["systemctl", "stop", "advocacy-hub-next-change.timer"], "the timer armed before is replaced"
    assert arm[0] == "systemd-run"
    assert "--on-calendar=2026-12-14 06:30:00 UTC" in arm, "07:30 in Copenhagen"
    assert "--unit=advocacy-hub-next-change" in arm
    assert arm[-4:] == ["systemctl", "start", "--no-block", "advocacy-hub.service"]
    as_root = [command for key, command in server.unit() if key.startswith("Exec") and command.lstrip("-").startswith("+")]
    assert as_root == ["-+/usr/local/lib/advocacy-hub/rearm.sh"], "what runs as root is a copy root owns, not the clone a push changes"
    runuser = [call for call in server.calls if call[0] == "runuser"]
    owner = morning.given["state"].owner()
    assert runuser and all(call[1:4] == ["-u", owner, "--"] for call in runuser), "plan runs as the service's user"

    # The armed timer starts the service at 06:30:00 UTC: the item is live, and the next change
    # armed is the example item's expiry: it leaves the queue when 24 December ends (00:00 Copenhagen).
    server.calls_file.unlink()
    at_0730 = server.run(EMBARGO_LIFTS)
    assert at_0730.ok, at_0730.log
    assert "Nyt kontor i Aarhus" in (at_0730.published / "index.html").read_text()
    (arm,) = [call for call in server.calls if call[0] == "systemd-run"]
    assert "--on-calendar=2026-12-24 23:00:00 UTC" in arm


def test_the_server_timer_runs_every_morning_in_copenhagen_and_catches_up(hub, web_server, tmp_path):
    server = make_platform("server", hub, web_server, tmp_path)
    timer = dict(server.unit("advocacy-hub.timer"))
    assert timer["OnCalendar"] == "*-*-* 06:00:00 Europe/Copenhagen"
    assert timer["Persistent"] == "true"
    service = dict(server.unit())
    assert service["StateDirectory"] == service["CacheDirectory"] == "advocacy-hub"


# --- install-advocacy.sh --------------------------------------------------------------------------

def install(hub: Path, cache: Path, **extra) -> tuple[int, str, str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(hub), "ADVOCACY_CACHE": str(cache), **extra}
    result = subprocess.run(["bash", "ci/install-advocacy.sh"], cwd=hub, env=env, capture_output=True, text=True)
    return result.returncode, result.stdout, result.stderr


def set_setting(hub: Path, name: str, value: str):
    file = hub / "ci/advocacy.env"
    file.write_text(re.sub(rf"^{name}=.*$", f"{name}={value}", file.read_text(), flags=re.M))


def test_install_verifies_against_sha256sums_and_says_how_to_pin(hub, web_server, release_dir, tmp_path):
    name = tarball_name(release_dir)
    digest = hashlib.sha256((release_dir / name).read_bytes()).hexdigest()
    status, out, err = install(hub, tmp_path / "cache")
    assert status == 0, err
    binary = Path(out.strip())
    assert binary.is_absolute() and os.access(binary, os.X_OK)
    assert f"Lås den ved at skrive ADVOCACY_SHA256={digest} i ci/advocacy.env." in err
    version = subprocess.run([str(binary), "--version"], capture_output=True, text=True)
    assert version.stdout.startswith(f"advocacy {name.split('-')[1]} ("), version

    set_setting(hub, "ADVOCACY_SHA256", digest)   # pinned: no hint, and SHA256SUMS is not asked for
    before = web_server.count("GET", "/dist/SHA256SUMS")
    status, out, err = install(hub, tmp_path / "cache")
    assert status == 0 and Path(out.strip()) == binary, err
    assert "ADVOCACY_SHA256=" not in err
    assert web_server.count("GET", "/dist/SHA256SUMS") == before
    assert web_server.count("GET", f"/dist/{name}") == 1


@pytest.mark.parametrize("pinned", [False, True])
def test_a_tampered_tarball_is_refused_and_nothing_else_is_removed(pinned, hub, web_server, release_dir, tmp_path):
    name = tarball_name(release_dir)
    served = web_server.folder / name
    if pinned:
        set_setting(hub, "ADVOCACY_SHA256", hashlib.sha256(served.read_bytes()).hexdigest())
    # The file on the server is replaced; unpinned, SHA256SUMS still names the real one; pinned,
    # SHA256SUMS is replaced too (it is not read then).
    served.write_bytes(served.read_bytes() + b"tampered")
    if pinned:
        (web_server.folder / "SHA256SUMS").write_text(f"{hashlib.sha256(served.read_bytes()).hexdigest()}  {name}\n")
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "kept.txt").write_text("mine")
    status, out, err = install(hub, cache)
    assert status == 1 and out == ""
    assert f"{name} har en anden SHA-256 end forventet" in err and "advocacy er ikke installeret" in err
    assert sorted(p.name for p in cache.iterdir()) == ["kept.txt"], "the download is removed, nothing else"


def test_a_tarball_changed_in_the_cache_is_refused_and_fetched_again_next_run(hub, web_server, release_dir, tmp_path):
    name = tarball_name(release_dir)
    cache = tmp_path / "cache"
    assert install(hub, cache)[0] == 0
    (cache / name).write_bytes(b"not the release")
    status, _, err = install(hub, cache)
    assert status == 1 and "har en anden SHA-256" in err
    status, out, err = install(hub, cache)
    assert status == 0, err
    assert web_server.count("GET", f"/dist/{name}") == 2


@pytest.mark.parametrize("language, message", [
    ("da", "ci/advocacy.env siger ikke, hvor advocacy hentes: skriv adressen på mappen med advocacy-{v}-linux-{a}.tar.gz og SHA256SUMS, fx ADVOCACY_DOWNLOAD_URL=https://filer.example.dk/advocacy/"),
    ("en", "ci/advocacy.env does not say where to download advocacy: write the address of the folder holding advocacy-{v}-linux-{a}.tar.gz and SHA256SUMS, e.g. ADVOCACY_DOWNLOAD_URL=https://files.example.com/advocacy/"),
])
def test_without_a_download_url_install_says_what_to_write(language, message, release_binary, web_server, release_dir, tmp_path):
    hub = init_hub(release_binary, tmp_path / "hub", web_server, language)
    set_setting(hub, "ADVOCACY_DOWNLOAD_URL", "")
    status, out, err = install(hub, tmp_path / "cache")
    version = tarball_name(release_dir).split("-")[1]
    assert (status, out, err) == (1, "", message.format(v=version, a=ARCH) + "\n")
    assert not web_server.requests


# --- post-digest.sh -------------------------------------------------------------------------------

def digest_site(folder: Path, week_date: str) -> Path:
    (folder / "digest").mkdir(parents=True)
    (folder / "digest/week.txt").write_text(week_date + "\n")
    (folder / "digest/teams.json").write_text('{"teams": true}')
    (folder / "digest/slack.json").write_text('{"slack": true}')
    return folder


def post_digest(hub: Path, site: Path, state: Path, **extra) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "SITE_DIR": str(site), "ADVOCACY_STATE": str(state), **extra}
    return subprocess.run(["sh", "ci/post-digest.sh"], cwd=hub, env=env, capture_output=True, text=True)


def test_the_digest_waits_for_its_day_and_each_channel_is_retried_on_its_own(hub, web_server, tmp_path):
    hooks = {"TEAMS_WEBHOOK_URL": f"{web_server.url}/teams", "SLACK_WEBHOOK_URL": f"{web_server.url}/slack"}
    state = tmp_path / "state"
    monday = digest_site(tmp_path / "monday", "2026-W51-1")
    wednesday = digest_site(tmp_path / "wednesday", "2026-W51-3")
    before = post_digest(hub, monday, state, DIGEST_DAY="3", **hooks)
    assert before.returncode == 0 and not web_server.requests and not state.exists()

    web_server.answer("/slack", 503)
    first = post_digest(hub, wednesday, state, DIGEST_DAY="3", **hooks)
    assert first.returncode == 1
    assert (state / "digest-posted").read_text() == "2026-W51 teams\n"
    retry = post_digest(hub, wednesday, state, DIGEST_DAY="3", **hooks)
    assert retry.returncode == 0, retry.stderr
    assert (state / "digest-posted").read_text() == "2026-W51 teams\n2026-W51 slack\n"
    assert web_server.count("POST", "/teams") == 1 and web_server.count("POST", "/slack", status=200) == 1
    assert [r.body for r in web_server.requests if r.status == 200] == [b'{"teams": true}', b'{"slack": true}']


def test_without_a_webhook_the_digest_does_nothing(hub, web_server, tmp_path):
    # An Azure secret variable that is not defined arrives as its own name.
    result = post_digest(hub, tmp_path / "missing", tmp_path / "state",
                         TEAMS_WEBHOOK_URL="$(ADVOCACY_TEAMS_WEBHOOK_URL)")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert not (tmp_path / "state").exists()


@pytest.mark.parametrize("day", ["Mon", "monday", "0", "8", "1 "])
def test_a_digest_day_that_is_not_a_weekday_is_an_error_not_silence(day, hub, web_server, tmp_path):
    site = digest_site(tmp_path / "site", "2026-W51-1")
    result = post_digest(hub, site, tmp_path / "state", DIGEST_DAY=day, TEAMS_WEBHOOK_URL=f"{web_server.url}/teams")
    assert result.returncode == 1
    assert f"DIGEST_DAY={day} er ikke en ugedag; skriv et tal fra 1 (mandag) til 7 (søndag)" in result.stderr
    assert not web_server.requests


def test_a_record_without_its_last_line_break_still_stops_a_second_post(hub, web_server, tmp_path):
    """The docs tell IT the state file's lines; one edited by hand may lack the final line break."""
    state = tmp_path / "state"
    state.mkdir()
    (state / "digest-posted").write_text("2026-W50 teams")
    site = digest_site(tmp_path / "site", "2026-W51-1")
    hooks = {"TEAMS_WEBHOOK_URL": f"{web_server.url}/teams"}
    for _ in range(3):
        assert post_digest(hub, site, state, **hooks).returncode == 0
    assert web_server.count("POST", "/teams") == 1
    assert (state / "digest-posted").read_text() == "2026-W50 teams\n2026-W51 teams\n"


def test_a_pinned_hash_in_upper_case_is_the_same_hash(hub, web_server, release_dir, tmp_path):
    name = tarball_name(release_dir)
    digest = hashlib.sha256((release_dir / name).read_bytes()).hexdigest()
    set_setting(hub, "ADVOCACY_SHA256", digest.upper())
    status, out, err = install(hub, tmp_path / "cache")
    assert status == 0, err
    assert "Lås den" not in err, "pinned: no hint"
