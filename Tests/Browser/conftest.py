"""Fixtures of the browser suite: the example hub built with base-url /hub/ into a temporary
folder, a local web server that serves it under /hub/ on 127.0.0.1, and one headless Chromium
session (Debian's chromium and chromium-driver, driven by selenium) shared by every test.

Nothing is downloaded: selenium is pointed at /usr/bin/chromedriver and /usr/bin/chromium, and the
browser resolves no host name but 127.0.0.1.
"""
from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

REPO = Path(__file__).resolve().parents[2]
BASE = "/hub/"
# A fixed instant, so which items are active, expired and embargoed never changes under the tests.
NOW = "2026-12-10T09:00"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
# Screenshots go to a temporary folder, removed at the end, unless SCREENSHOT_DIR names one: the suite
# never rewrites the repository's files (`SCREENSHOT_DIR=docs/screenshots Tests/Browser/run` refreshes them).
if os.environ.get("SCREENSHOT_DIR"):
    SCREENSHOTS = Path(os.environ["SCREENSHOT_DIR"])
else:
    SCREENSHOTS = Path(tempfile.mkdtemp(prefix="advocacy-screenshots-"))
    atexit.register(shutil.rmtree, SCREENSHOTS, True)


def advocacy_binary() -> Path:
    """The `advocacy` binary: $ADVOCACY_BIN, else the newest of the usual SwiftPM build folders."""
    if os.environ.get("ADVOCACY_BIN"):
        return Path(os.environ["ADVOCACY_BIN"])
    found = [p for p in (REPO / ".build/release/advocacy", REPO / ".build/debug/advocacy") if p.exists()]
    if not found:
        pytest.exit("no advocacy binary: run Tests/Browser/run, `swift build`, or set ADVOCACY_BIN", returncode=2)
    return max(found, key=lambda p: p.stat().st_mtime)


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The example hub, built with --base-url /hub/ at a fixed instant."""
    out = tmp_path_factory.mktemp("hub") / "site"
    result = subprocess.run(
        [str(advocacy_binary()), "build", "--content", str(REPO / "content"),
         "--templates", str(REPO / "site-templates"), "--output", str(out),
         "--now", NOW, "--base-url", BASE],
        cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, f"advocacy build failed:\n{result.stderr}"
    assert (out / "index.html").exists()
    return out


def make_handler(root: Path):
    """Serves `root` under /hub/ and nothing else; a missing page gets the site's 404.html."""

    class HubHandler(SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(root), **kwargs)

        def log_message(self, format, *args):  # keep the test output quiet
            pass

        def end_headers(self):
            # Lets linkchecker lift its politeness limit of 10 requests a second for this host.
            self.send_header("LinkChecker", "local test server")
            super().end_headers()

        def _route(self) -> bool:
            path = urlsplit(self.path).path
            if path == BASE.rstrip("/"):
                self.send_response(301)
                self.send_header("Location", BASE)
                self.end_headers()
                return False
            if not path.startswith(BASE):
                self.send_error(404)
                return False
            self.path = self.path[len(BASE) - 1:]
            target = root / urlsplit(self.path).path.lstrip("/")
            if target.is_dir() and not urlsplit(self.path).path.endswith("/"):
                self.send_response(301)
                self.send_header("Location", BASE + urlsplit(self.path).path.lstrip("/") + "/")
                self.end_headers()
                return False
            return True

        def do_GET(self):
            if self._route():
                super().do_GET()

        def do_HEAD(self):
            if self._route():
                super().do_HEAD()

        def send_error(self, code, message=None, explain=None):
            page = root / "404.html"
            if code == 404 and page.exists():
                body = page.read_bytes()
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)
                return
            super().send_error(code, message, explain)

    HubHandler.extensions_map = {**SimpleHTTPRequestHandler.extensions_map,
                                 ".json": "application/json", ".ics": "text/calendar",
                                 ".xml": "application/xml", ".svg": "image/svg+xml",
                                 ".js": "text/javascript", ".css": "text/css"}
    return HubHandler


@pytest.fixture(scope="session")
def server(site) -> str:
    """The origin plus /hub/, such as http://127.0.0.1:40123/hub/."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(site))
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}{BASE}"
    httpd.shutdown()
    httpd.server_close()


class Browser:
    """One Chromium session with the helpers the tests share."""

    def __init__(self, driver, base: str):
        self.driver = driver
        self.base = base
        self.origin = base[: -len(BASE) + 1] if base.endswith(BASE) else base

    def open(self, path: str = ""):
        """Opens a page of the hub by its path below /hub/ and waits until it has loaded."""
        self.driver.get(self.base + path.lstrip("/"))
        self.wait(lambda d: d.execute_script("return document.readyState") == "complete")
        return self.driver

    def wait(self, condition, timeout: float = 5, message: str = ""):
        from selenium.webdriver.support.ui import WebDriverWait
        return WebDriverWait(self.driver, timeout).until(condition, message)

    def console_errors(self) -> list[dict]:
        """SEVERE entries of the browser's console since the last call."""
        return [e for e in self.driver.get_log("browser") if e.get("level") == "SEVERE"]

    def viewport(self, width: int, height: int, mobile: bool = False, scale: float = 1):
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": scale, "mobile": mobile})

    def reset_viewport(self):
        self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    def color_scheme(self, scheme: str | None):
        features = [{"name": "prefers-color-scheme", "value": scheme}] if scheme else []
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": features})

    def media(self, media: str):
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": media, "features": []})


@pytest.fixture(scope="session")
def browser(server):
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    for path in (CHROMIUM, CHROMEDRIVER):
        if not Path(path).exists() and not shutil.which(path):
            pytest.exit(f"{path} is missing: apt-get install chromium chromium-driver (Tests/Browser/run does)", returncode=2)
    options = Options()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,900", "--lang=da-DK", "--no-first-run", "--no-default-browser-check",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-extensions", "--disable-features=Translate,OptimizationHints,MediaRouter",
                     # No request can reach another host: every name but 127.0.0.1 fails to resolve.
                     "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # Chromium leaves its singleton folder (org.chromium.Chromium.*) in TMPDIR: give it one that goes.
    scratch = tempfile.mkdtemp(prefix="advocacy-chromium-")
    service = Service(executable_path=CHROMEDRIVER, env={**os.environ, "TMPDIR": scratch})
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(20)
    driver.set_script_timeout(20)
    hub = Browser(driver, server)
    driver.execute_cdp_cmd("Browser.grantPermissions", {
        "origin": hub.origin.rstrip("/"),
        "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    yield hub
    driver.quit()
    shutil.rmtree(scratch, ignore_errors=True)


@pytest.fixture()
def hub(browser):
    """The shared browser, reset to a desktop viewport, the light scheme, an empty console, and no
    edited text kept in the tab's sessionStorage by the test before."""
    browser.reset_viewport()
    browser.color_scheme(None)
    browser.driver.execute_script("try { sessionStorage.clear(); } catch (e) {}")
    browser.driver.get("about:blank")
    browser.console_errors()
    yield browser


def share_texts(markdown: str) -> list[tuple[str, str, str]]:
    """The share blocks of a share item's Markdown: (discipline, platform, text), in order."""
    blocks, current, lines = [], None, []
    for line in markdown.splitlines():
        if current is None and line.startswith("```share"):
            words = line[3:].split()
            current = (words[1], words[2] if len(words) > 2 else "linkedin")
            lines = []
        elif current is not None and line.startswith("```"):
            blocks.append((*current, "\n".join(lines)))
            current = None
        elif current is not None:
            lines.append(line)
    return blocks
