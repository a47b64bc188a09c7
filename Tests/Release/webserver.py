"""A web server on 127.0.0.1 for the recipe tests: it serves a folder (a copy of the release's dist/,
which a test may tamper with) under /dist/ and answers every POST as a webhook would, recording each
request's method, path and body. A test can make a path answer with another status, once or always.

Import the fixture into a test module: `from webserver import web_server`.
"""
from __future__ import annotations

import shutil
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest


@dataclass
class Request:
    method: str
    path: str
    body: bytes
    status: int


class WebServer:
    def __init__(self, folder: Path):
        self.folder = folder
        self.requests: list[Request] = []
        self._statuses: dict[str, list[int]] = {}
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self, body: bytes, default: int, payload: bytes = b""):
                with server._lock:
                    queued = server._statuses.get(self.path)
                    status = queued.pop(0) if queued else default
                    server.requests.append(Request(self.command, self.path, body, status))
                self.send_response(status)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def do_GET(self):
                name = self.path.removeprefix("/dist/")
                file = server.folder / name
                if self.path.startswith("/dist/") and "/" not in name and file.is_file():
                    self._answer(b"", 200, file.read_bytes())
                else:
                    self._answer(b"", 404)

            def do_POST(self):
                self._answer(self.rfile.read(int(self.headers.get("Content-Length", 0))), 200, b"1")

            def log_message(self, format, *args):  # keep the test output quiet
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def answer(self, path: str, *statuses: int):
        """The next requests for `path` get these statuses, in order; then 200 again."""
        with self._lock:
            self._statuses.setdefault(path, []).extend(statuses)

    def count(self, method: str, path: str, status: int | None = None) -> int:
        with self._lock:
            return sum(1 for r in self.requests if r.method == method and r.path == path
                       and (status is None or r.status == status))

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def web_server(release_dir: Path, tmp_path: Path):
    """The server, serving a copy of the release's dist/ folder at {url}/dist/."""
    folder = tmp_path / "served-dist"
    shutil.copytree(release_dir, folder)
    server = WebServer(folder)
    yield server
    server.close()
