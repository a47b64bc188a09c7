"""Runs a hub's nightly recipes the way each platform would, on this machine.

Each class reads its recipe file from the hub (as `advocacy init` wrote it), starts every run from a
fresh copy of the hub's repository, runs the recipe's own shell steps in order with the file's
variables and the platform's own variables faked, and plays the platform's part for the rest:
caches (restored and saved by their keys, as the platform does), the published site, the secrets.
A step the harness does not know fails the test, so a recipe cannot grow a step nobody runs.

Every command runs under `faketime` at the run's instant (UTC).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shlex
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import yaml

FAKE_PATH = "/usr/local/bin:/usr/bin:/bin"


@dataclass
class Run:
    """One run of a recipe: whether the platform would call it a success, its log, the folder it
    published (a copy), and what its platform steps were given."""
    ok: bool
    log: str
    published: Path | None
    failed_steps: list[str] = field(default_factory=list)
    given: dict = field(default_factory=dict)


def shell(argv: list[str], when: str, env: dict, cwd: Path) -> tuple[int, str]:
    """Runs `argv` with the clock at `when` ("2026-12-14 05:00:00", UTC) for it and its children."""
    result = subprocess.run(["faketime", when, *argv], cwd=cwd, env={**env, "TZ": "UTC", "FAKETIME_DONT_FAKE_MONOTONIC": "1"},
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=300)
    return result.returncode, f"$ {' '.join(argv)}\n{result.stdout}"


def base_env(home: Path) -> dict:
    return {"PATH": FAKE_PATH, "HOME": str(home), "LANG": "C.UTF-8"}


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class CacheStore:
    """A platform's cache: folders saved under keys; restored by the exact key, else by the newest
    key starting with one of the prefixes."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.saved: list[str] = []

    def restore(self, key: str, prefixes: list[str], target: Path) -> str | None:
        found = key if key in self.saved else next(
            (k for prefix in prefixes for k in reversed(self.saved) if k.startswith(prefix)), None)
        if found is not None:
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(self.folder / self._name(found), target, symlinks=True)
        return found

    def save(self, key: str, source: Path, overwrite: bool = False) -> bool:
        if (key in self.saved and not overwrite) or not source.exists():
            return False
        shutil.rmtree(self.folder / self._name(key), ignore_errors=True)
        shutil.copytree(source, self.folder / self._name(key), symlinks=True)
        if key in self.saved:
            self.saved.remove(key)
        self.saved.append(key)
        return True

    @staticmethod
    def _name(key: str) -> str:
        return hashlib.sha256(key.encode()).hexdigest()


def fresh_checkout(origin: Path, target: Path) -> Path:
    shutil.copytree(origin, target, symlinks=True, ignore=shutil.ignore_patterns(".git"))
    return target


# --- GitHub Actions -----------------------------------------------------------------------------

class GitHubActions:
    recipe = ".github/workflows/advocacy.yml"
    base_path = "/advocacy-hub"   # what actions/configure-pages gives for a project site

    def __init__(self, origin: Path, work: Path, secrets: dict):
        self.origin, self.work, self.secrets = origin, work, secrets
        self.caches = CacheStore(work / "caches")
        self.run_id = 0

    def run(self, when: str, event: str = "schedule") -> Run:
        self.run_id += 1
        root = self.work / f"run-{self.run_id}"
        workspace = fresh_checkout(self.origin, root / "workspace")
        home = root / "home"
        home.mkdir()
        github_path = root / "github_path"
        github_path.touch()
        workflow = yaml.safe_load((workspace / self.recipe).read_text())
        (job_name, job), = workflow["jobs"].items()
        assert job["runs-on"] == "ubuntu-latest"
        assert job["environment"]["name"] == "github-pages"
        context = {
            "runner.os": "Linux", "runner.arch": "X64", "github.event_name": event,
            "github.run_id": str(1000 + self.run_id), "github.run_attempt": "1",
            "steps.pages.outputs.base_path": self.base_path,
            "steps.deployment.outputs.page_url": "https://example.github.io" + self.base_path + "/",
            **{f"secrets.{k}": v for k, v in self.secrets.items()},
        }

        def value(expression: str) -> str:
            expression = expression.strip()
            if expression in context:
                return context[expression]
            if expression.startswith("secrets."):
                return ""   # a secret that is not set is empty
            files = re.fullmatch(r"hashFiles\('([^']+)'\)", expression)
            if files:
                return file_hash(workspace / files.group(1))
            raise AssertionError(f"{self.recipe}: the harness does not know ${{{{ {expression} }}}}")

        def expand(text) -> str:
            return re.sub(r"\$\{\{(.*?)\}\}", lambda m: value(m.group(1)), str(text))

        def condition(text: str | None, failed: bool) -> bool:
            if text is None:
                return not failed
            text = text.strip()
            if text == "always()":
                return True
            equal = re.fullmatch(r"([\w.]+) == '([^']*)'", text)
            if equal:
                return not failed and value(equal.group(1)) == equal.group(2)
            raise AssertionError(f"{self.recipe}: the harness does not know the condition {text!r}")

        env = {**base_env(home), "CI": "true", "GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": event,
               "GITHUB_WORKSPACE": str(workspace), "GITHUB_PATH": str(github_path),
               "RUNNER_OS": "Linux", "RUNNER_ARCH": "X64"}
        env |= {k: expand(v) for k, v in {**workflow.get("env", {}), **job.get("env", {})}.items()}
        log, failed, failed_steps, post_saves, given = [], False, [], [], {"uses": []}
        published = None
        for number, step in enumerate(job["steps"]):
            name = step.get("name") or step.get("uses") or step.get("run")
            if not condition(step.get("if"), failed):
                continue
            inputs = {k: expand(v) for k, v in step.get("with", {}).items()}
            if "uses" in step:
                action = step["uses"]
                given["uses"].append(action)
                if action == "actions/checkout@v4":
                    pass
                elif action == "actions/cache@v4":   # restores now, saves after the job when it missed
                    hit = self.caches.restore(inputs["key"], inputs.get("restore-keys", "").split(), workspace / inputs["path"])
                    if hit != inputs["key"]:
                        post_saves.append(inputs)
                elif action == "actions/cache/restore@v4":
                    self.caches.restore(inputs["key"], inputs.get("restore-keys", "").split(), workspace / inputs["path"])
                elif action == "actions/cache/save@v4":
                    self.caches.save(inputs["key"], workspace / inputs["path"])
                elif action == "actions/configure-pages@v5":
                    assert step.get("id") == "pages"
                elif action == "actions/upload-pages-artifact@v3":
                    published = root / "pages-artifact"
                    shutil.copytree(workspace / inputs["path"], published, symlinks=True)
                elif action == "actions/deploy-pages@v4":
                    assert published is not None, "deploy-pages runs after upload-pages-artifact"
                    given["deployed"] = True
                else:
                    raise AssertionError(f"{self.recipe}: the harness does not know {action}")
                continue
            step_env = {**env, **{k: expand(v) for k, v in step.get("env", {}).items()}}
            extra = [line for line in github_path.read_text().splitlines() if line]
            step_env["PATH"] = ":".join([*reversed(extra), step_env["PATH"]])
            script = root / f"step-{number}.sh"
            script.write_text(expand(step["run"]))
            status, output = shell(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)], when, step_env, workspace)
            log.append(output)
            if status != 0:
                failed = True
                failed_steps.append(name)
        for inputs in post_saves if not failed else []:
            self.caches.save(inputs["key"], workspace / inputs["path"])
        given["github_path"] = github_path.read_text()
        return Run(not failed, "\n".join(log), published, failed_steps, given)


# --- GitLab CI ----------------------------------------------------------------------------------

class GitLabCI:
    recipe = ".gitlab-ci.yml"

    def __init__(self, origin: Path, work: Path, secrets: dict):
        self.origin, self.work, self.secrets = origin, work, secrets
        self.caches = CacheStore(work / "caches")
        self.pipeline = 0

    def run(self, when: str, source: str = "schedule") -> Run:
        self.pipeline += 1
        root = self.work / f"pipeline-{self.pipeline}"
        config = yaml.safe_load((self.origin / self.recipe).read_text())
        image = config.get("default", {}).get("image", "")
        assert image.split(":")[0] in {"debian", "ubuntu", "buildpack-deps"}, image
        predefined = {"CI": "true", "GITLAB_CI": "true", "CI_PIPELINE_SOURCE": source, "CI_COMMIT_BRANCH": "main",
                      "CI_DEFAULT_BRANCH": "main", "CI_PIPELINE_ID": str(self.pipeline)}
        jobs = {name: job for name, job in config.items() if isinstance(job, dict) and "script" in job}
        artifacts: dict[str, Path] = {}
        reports: dict[str, str] = {}
        log, failed_steps, ok = [], [], True

        def rule_matches(rule: dict, variables: dict) -> bool:
            def side(text: str) -> str:
                text = text.strip()
                if text.startswith("$"):
                    return variables.get(text[1:], "")
                assert text.startswith('"') and text.endswith('"'), text
                return text[1:-1]
            left, right = rule["if"].split("==")
            return side(left) == side(right)

        for stage in config["stages"]:
            for name, job in jobs.items():
                if job.get("stage", "test") != stage:
                    continue
                variables = {**predefined, **self.secrets, **{k: str(v) for k, v in config.get("variables", {}).items()},
                             **{k: str(v) for k, v in job.get("variables", {}).items()}}
                if "rules" in job and not any(rule_matches(rule, variables) for rule in job["rules"]):
                    continue
                if not ok:   # a failed job stops the later stages
                    continue
                workspace = fresh_checkout(self.origin, root / name)
                home = root / f"{name}-home"
                home.mkdir()
                for needed in job.get("needs", []):
                    for path in artifacts.get(needed, root / "none").glob("*"):
                        shutil.copytree(path, workspace / path.name, symlinks=True)
                caches = [(self._key(c["key"], workspace), c) for c in job.get("cache", [])]
                for key, cache in caches:
                    for path in cache["paths"]:
                        self.caches.restore(f"{key}/{path}", [], workspace / path)
                env = {**base_env(home), **variables, "CI_PROJECT_DIR": str(workspace), "CI_JOB_NAME": name}
                script = root / f"{name}.sh"
                script.write_text("set -eo pipefail\n" + "\n".join(job.get("before_script", []) + job["script"]) + "\n")
                status, output = shell(["bash", str(script)], when, env, workspace)
                log.append(output)
                success = status == 0
                for key, cache in caches:
                    if cache.get("when", "on_success") == "always" or success:
                        for path in cache["paths"]:
                            self.caches.save(f"{key}/{path}", workspace / path, overwrite=True)
                uploads = job.get("artifacts", {})
                if uploads and (success or uploads.get("when") == "always"):
                    kept = artifacts[name] = root / f"{name}-artifacts"
                    kept.mkdir()
                    for path in uploads["paths"]:
                        if (workspace / path).exists():
                            shutil.copytree(workspace / path, kept / path.rstrip("/"), symlinks=True)
                    for report, path in uploads.get("reports", {}).items():
                        reports[report] = (workspace / path).read_text()
                if not success:
                    ok = False
                    failed_steps.append(name)
        # GitLab Pages publishes the public/ folder of a pages job that passed.
        published = artifacts["pages"] / "public" if "pages" in artifacts and "pages" not in failed_steps else None
        return Run(ok, "\n".join(log), published, failed_steps, {"jobs": list(jobs), "reports": reports})

    @staticmethod
    def _key(key, workspace: Path) -> str:
        if isinstance(key, dict):   # key: files: […] is the hash of those files
            return key.get("prefix", "") + "-".join(file_hash(workspace / f) for f in key["files"])
        return str(key)


# --- Azure DevOps Pipelines -----------------------------------------------------------------------

class AzurePipelines:
    recipe = "azure-pipelines.yml"

    def __init__(self, origin: Path, work: Path, secrets: dict):
        self.origin, self.work, self.secrets = origin, work, secrets
        self.caches = CacheStore(work / "caches")
        self.build_id = 0

    def run(self, when: str, reason: str = "Schedule") -> Run:
        self.build_id += 1
        workspace = self.work / f"build-{self.build_id}"   # Pipeline.Workspace
        sources = fresh_checkout(self.origin, workspace / "s")
        (workspace / "home").mkdir()
        config = yaml.safe_load((sources / self.recipe).read_text())
        assert config["pool"] == {"vmImage": "ubuntu-latest"}
        assert config["schedules"] and all(s["cron"] for s in config["schedules"])
        predefined = {"Pipeline.Workspace": str(workspace), "Build.BuildId": str(self.build_id), "Build.Reason": reason,
                      "Build.SourcesDirectory": str(sources), "System.DefaultWorkingDirectory": str(sources),
                      "Agent.OS": "Linux", "Agent.OSArchitecture": "X64"}
        variables = {**predefined, **self.secrets, **{k: str(v) for k, v in config.get("variables", {}).items()}}

        def expand(text) -> str:   # $(name) macros; an undefined one stays as it is
            def macro(m):
                return expand(variables[m.group(1)]) if m.group(1) in variables else m.group(0)
            return re.sub(r"\$\(([\w.]+)\)", macro, str(text))

        def env_name(name: str) -> str:
            return name.upper().replace(".", "_")

        # Every variable but a secret is in each step's environment.
        env = {**base_env(workspace / "home"), "TF_BUILD": "True",
               **{env_name(k): expand(v) for k, v in variables.items() if k not in self.secrets}}
        log, failed_steps, post_saves, given = [], [], [], {"artifacts": {}}
        state = "Succeeded"
        for number, step in enumerate(config["steps"]):
            if not self._condition(step.get("condition", "succeeded()"), state, variables):
                continue
            if "checkout" in step:
                assert step["checkout"] == "self"
                continue
            if "task" in step:
                assert step["task"] == "Cache@2", step["task"]
                inputs = {k: expand(v) for k, v in step["inputs"].items()}
                key = self._key(inputs["key"], sources)
                prefixes = [self._key(k, sources) for k in inputs.get("restoreKeys", "").splitlines() if k.strip()]
                if self.caches.restore(key, prefixes, Path(inputs["path"])) != key:
                    post_saves.append((key, Path(inputs["path"])))
                continue
            if "publish" in step:
                target = self.work / f"build-{self.build_id}-artifact-{step['artifact']}"
                shutil.copytree(expand(step["publish"]), target, symlinks=True)
                given["artifacts"][step["artifact"]] = target
                continue
            command = step.get("bash") or step.get("script")
            assert command, f"{self.recipe}: the harness does not know step {step}"
            step_env = {**env, **{k: expand(v) for k, v in step.get("env", {}).items()}}
            script = workspace / f"step-{number}.sh"
            script.write_text(expand(command))
            status, output = shell(["bash", "--noprofile", "--norc", str(script)], when, step_env, sources)
            log.append(output)
            if status != 0:
                failed_steps.append(step.get("displayName", command))
                state = "SucceededWithIssues" if str(step.get("continueOnError", "false")).lower() == "true" else "Failed"
        # Cache@2 saves in its post-job step, and only after a job that succeeded; a path that does not
        # exist then fails the job (the agent's tar of the folder fails).
        if state == "Succeeded":
            for key, path in post_saves:
                if not path.exists():
                    state = "Failed"
                    failed_steps.append(f"Cache@2 post-job: {path} does not exist")
                    break
                self.caches.save(key, path)
        given["state"] = state
        return Run(state == "Succeeded", "\n".join(log), given["artifacts"].get("site"), failed_steps, given)

    @staticmethod
    def _key(key: str, sources: Path) -> str:
        """A Cache@2 key: segments split by |; a quoted one is text, one naming a file is that file's hash."""
        parts = []
        for segment in (s.strip() for s in key.split("|")):
            if segment.startswith('"') and segment.endswith('"'):
                parts.append(segment[1:-1])
            elif "/" in segment or "." in segment:
                assert (sources / segment).is_file(), f"Cache@2 key names a missing file: {segment}"
                parts.append(file_hash(sources / segment))
            else:
                parts.append(segment)
        return "|".join(parts)

    @staticmethod
    def _condition(text: str, state: str, variables: dict) -> bool:
        """Azure's condition expressions: and, or, not, eq, ne, succeeded, always, variables['…'], '…'."""
        tokens = re.findall(r"\w+\(|variables\['[^']*'\]|'[^']*'|[(),]", text.replace(" ", ""))

        def parse(at: int):
            token = tokens[at]
            if token.startswith("variables["):
                return variables.get(token[11:-2], ""), at + 1
            if token.startswith("'"):
                return token[1:-1], at + 1
            name, args, at = token[:-1], [], at + 1
            while tokens[at] != ")":
                value, at = parse(at)
                args.append(value)
                if tokens[at] == ",":
                    at += 1
            functions = {"and": all, "or": any, "not": lambda a: not a[0], "eq": lambda a: a[0].lower() == a[1].lower(),
                         "ne": lambda a: a[0].lower() != a[1].lower(),
                         "succeeded": lambda a: state in ("Succeeded", "SucceededWithIssues"),
                         "always": lambda a: True}
            assert name in functions, f"the harness does not know {name}() in {text!r}"
            return functions[name](args), at + 1
        value, end = parse(0)
        assert end == len(tokens), text
        return bool(value)


# --- systemd on an intranet server ----------------------------------------------------------------

FAKE_SYSTEMD = """#!/bin/sh
# A stand-in recording its arguments, one JSON array a line.
python3 -c 'import json, sys; print(json.dumps(sys.argv[1:]))' "$(basename "$0")" "$@" >> "{calls}"
if [ "$(basename "$0")" = runuser ]; then
  while [ "$1" != -- ]; do shift; done
  shift
  exec "$@"
fi
"""


class SystemdServer:
    """advocacy-hub.service run as systemd would: the hub's clone in <root>/srv/advocacy-hub, the web
    root in <root>/var/www/advocacy, the state and cache folders in <root>/var/{lib,cache}/advocacy-hub.
    systemd-run, systemctl and runuser are stand-ins that record their arguments."""
    recipe = "ci/server/advocacy-hub.service"

    def __init__(self, origin: Path, work: Path, secrets: dict):
        self.root = work / "root"
        self.hub = self.root / "srv/advocacy-hub"
        self.hub.parent.mkdir(parents=True)
        subprocess.run(["git", "clone", "--quiet", str(origin), str(self.hub)], check=True)
        (self.root / "etc").mkdir()
        (self.root / "etc/advocacy-hub.env").write_text("".join(f"{k}={v}\n" for k, v in secrets.items()))
        (self.root / "var/www/advocacy").mkdir(parents=True)
        # The documented install step: the re-arm, which runs as root, from a copy outside the clone.
        rearm = self.root / "usr/local/lib/advocacy-hub/rearm.sh"
        rearm.parent.mkdir(parents=True)
        shutil.copy2(self.hub / "ci/server/rearm.sh", rearm)
        self.fakes = work / "fakebin"
        self.fakes.mkdir()
        self.calls_file = work / "calls.jsonl"
        for name in ("systemd-run", "systemctl", "runuser"):
            (self.fakes / name).write_text(FAKE_SYSTEMD.replace("{calls}", str(self.calls_file)))
            (self.fakes / name).chmod(0o755)

    def unit(self, name: str = "advocacy-hub.service") -> list[tuple[str, str]]:
        lines = (self.hub / "ci/server" / name).read_text().splitlines()
        return [tuple(line.split("=", 1)) for line in lines if "=" in line and not line.startswith(("#", "["))]

    def path(self, text: str) -> str:
        """A path of the unit inside the test's root folder."""
        return re.sub(r"(?<![\w/])/(srv|var|etc|usr/local)/", lambda m: f"{self.root}/{m.group(1)}/", text)

    @property
    def calls(self) -> list[list[str]]:
        if not self.calls_file.exists():
            return []
        return [json.loads(line) for line in self.calls_file.read_text().splitlines()]

    def run(self, when: str) -> Run:
        settings = self.unit()
        values = dict(settings)
        assert values["Type"] == "oneshot" and values["User"] == "advocacy"
        state = self.root / "var/lib" / values["StateDirectory"]
        cache = self.root / "var/cache" / values["CacheDirectory"]
        state.mkdir(parents=True, exist_ok=True)
        cache.mkdir(parents=True, exist_ok=True)
        env = {**base_env(self.hub), "PATH": f"{self.fakes}:{FAKE_PATH}", "USER": "advocacy",
               "STATE_DIRECTORY": str(state), "CACHE_DIRECTORY": str(cache)}
        for key, value in settings:
            if key == "Environment":
                name, _, text = value.partition("=")
                env[name] = self.path(text)
            elif key == "EnvironmentFile":
                file = Path(self.path(value.lstrip("-")))
                if file.exists():
                    env |= dict(line.split("=", 1) for line in file.read_text().splitlines() if "=" in line)
        cwd = Path(self.path(values["WorkingDirectory"]))
        assert cwd == self.hub
        log, failed_steps, ok = [], [], True
        for phase in ("ExecStartPre", "ExecStart", "ExecStartPost"):
            for key, command in settings:
                if key != phase or not ok:
                    continue
                ignore_failure = command.startswith("-")
                argv = [self.path(word) for word in shlex.split(command.lstrip("-+!"))]
                assert "%" not in command, "the harness does not expand specifiers"
                status, output = shell(argv, when, env, cwd)
                log.append(output)
                if status != 0 and not ignore_failure:
                    ok = False
                    failed_steps.append(command)
        web = Path(env["WEB_DIR"])
        return Run(ok, "\n".join(log), web if web.exists() else None, failed_steps, {"state": state, "cache": cache})


PLATFORMS = {"github": GitHubActions, "gitlab": GitLabCI, "azure": AzurePipelines, "server": SystemdServer}
