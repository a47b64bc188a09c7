"""Fixtures of the release suite: the dist/ folder scripts/release wrote and this machine's tarball.

Tests/Release/run makes the release (or takes an existing dist folder) and exports
ADVOCACY_RELEASE_DIR, the folder's absolute path; without it the tests look at the repository's
dist/.
"""
from __future__ import annotations

import os
import platform
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def source_version() -> str:
    """AdvocacyVersion.current, as the source tree states it."""
    text = (REPO / "Sources/AdvocacyCore/Support/AdvocacyVersion.swift").read_text()
    match = re.search(r'static let current = "([^"]+)"', text)
    assert match, "no version in Sources/AdvocacyCore/Support/AdvocacyVersion.swift"
    return match.group(1)


@pytest.fixture(scope="session")
def release_dir() -> Path:
    """The dist/ folder: $ADVOCACY_RELEASE_DIR, else the repository's dist/."""
    folder = Path(os.environ.get("ADVOCACY_RELEASE_DIR") or REPO / "dist").resolve()
    if not (folder / "SHA256SUMS").is_file():
        pytest.exit(f"no release in {folder}: run Tests/Release/run or scripts/release, "
                    "or set ADVOCACY_RELEASE_DIR", returncode=2)
    return folder


@pytest.fixture(scope="session")
def release_tarball(release_dir: Path) -> Path:
    """dist/advocacy-<version>-linux-<arch>.tar.gz for this machine's architecture (`uname -m`)."""
    tarball = release_dir / f"advocacy-{source_version()}-linux-{platform.machine()}.tar.gz"
    assert tarball.is_file(), (f"no {tarball.name} in {release_dir}; it holds "
                               f"{sorted(p.name for p in release_dir.iterdir())}")
    return tarball
