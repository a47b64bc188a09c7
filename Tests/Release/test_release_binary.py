"""The release binary: what the tarball holds, that it needs nothing but the C library, that it names
its version, and that it builds the example hub byte for byte as the everyday build does on a machine
without the Swift toolchain or cmark-gfm's shared libraries (a private mount namespace hides both), and that
it imports the example feed without libxml2 and ICU.
"""
from __future__ import annotations

import glob
import os
import platform
import re
import shutil
import stat
import subprocess
import tarfile
import tempfile
from pathlib import Path

import pytest

from conftest import REPO, source_version

# The example hub at a fixed instant, so the two builds see the same queue.
NOW = "2026-12-10T09:00"

# What a binary that needs only the C library may list in ldd: glibc's own files (libc, libm, the
# loader, and the libpthread/libdl/librt/libutil stubs older glibc splits out), the C++ runtime and
# libgcc_s that come with the compiler, and the kernel's vDSO.
C_LIBRARY = re.compile(
    r"^(linux-vdso\.so\.1|linux-gate\.so\.1|(/\S+/)?ld-linux[-\w.]*\.so\.\d+"
    r"|lib(c|m|pthread|dl|rt|util)\.so\.\d+|libstdc\+\+\.so\.\d+|libgcc_s\.so\.\d+)$")


def normal_binary() -> Path:
    """The everyday build: $ADVOCACY_BIN (Tests/Release/run sets it), else `swift build`'s debug binary."""
    if os.environ.get("ADVOCACY_BIN"):
        return Path(os.environ["ADVOCACY_BIN"])
    found = REPO / ".build/debug/advocacy"
    if not found.exists():
        pytest.exit("no advocacy binary: run Tests/Release/run, `swift build`, or set ADVOCACY_BIN", returncode=2)
    return found


@pytest.fixture(scope="module")
def unpacked(release_tarball: Path):
    """The tarball unpacked into a temporary folder (removed afterwards)."""
    folder = Path(tempfile.mkdtemp(prefix="advocacy-release-"))
    try:
        with tarfile.open(release_tarball) as tar:
            tar.extractall(folder, filter="tar")
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def binary(unpacked: Path) -> Path:
    return unpacked / "advocacy"


def test_the_tarball_matches_sha256sums_and_holds_the_executable_and_readme(release_dir, release_tarball):
    checked = subprocess.run(["sha256sum", "--check", "--strict", "SHA256SUMS"], cwd=release_dir,
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"{release_tarball.name}: OK" in checked.stdout.splitlines()
    # One line per tarball in dist/, nothing else.
    listed = [line.split("  ", 1)[1] for line in (release_dir / "SHA256SUMS").read_text().splitlines()]
    assert sorted(listed) == sorted(p.name for p in release_dir.glob("advocacy-*.tar.gz"))

    with tarfile.open(release_tarball) as tar:
        members = {m.name: m for m in tar.getmembers()}
    assert sorted(members) == ["README.md", "advocacy"]
    advocacy = members["advocacy"]
    assert advocacy.isfile() and stat.S_IMODE(advocacy.mode) == 0o755
    assert members["README.md"].isfile()


def test_the_binary_is_stripped_and_built_for_this_machine(binary):
    assert os.access(binary, os.X_OK)
    header = subprocess.run(["readelf", "--file-header", "--section-headers", "--wide", str(binary)],
                            capture_output=True, text=True, check=True).stdout
    machine = {"x86_64": "Advanced Micro Devices X86-64", "aarch64": "AArch64"}.get(platform.machine())
    if machine:
        assert re.search(rf"Machine:\s+{re.escape(machine)}", header), header
    assert ".symtab" not in header, "the binary is not stripped"


def test_ldd_lists_only_the_c_library(binary):
    result = subprocess.run(["ldd", str(binary)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    needed = [line.split()[0] for line in result.stdout.splitlines() if line.strip()]
    others = [name for name in needed if not C_LIBRARY.match(name)]
    assert needed and not others, f"the release binary needs {others}; ldd says:\n{result.stdout}"
    assert any(name.startswith("libc.so") for name in needed), result.stdout


def test_version_names_the_release_and_its_commit(binary):
    result = subprocess.run([str(binary), "--version"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(rf"advocacy {re.escape(source_version())} \(([0-9a-f]{{12}}|unknown commit)\)\n",
                        result.stdout), result.stdout


def toolchain_folder() -> Path:
    """The Swift toolchain's folder (/opt/swift for /opt/swift/usr/bin/swift)."""
    swift = shutil.which("swift")
    if not swift:
        pytest.fail("no swift on PATH: the comparison needs the toolchain the everyday build came from")
    path = Path(os.path.realpath(swift))
    folder = path.parents[2] if path.parent.parent.name == "usr" else path.parents[1]
    assert folder != Path("/"), f"swift lives in {path}: its folder cannot be hidden"
    return folder


def cmark_shared_libraries() -> list[str]:
    """Every libcmark-gfm*.so* file (not the links to them) in the library folders."""
    folders = {"/usr/lib", "/usr/local/lib", f"/usr/lib/{platform.machine()}-linux-gnu"}
    multiarch = subprocess.run(["gcc", "-print-multiarch"], capture_output=True, text=True).stdout.strip()
    if multiarch:
        folders.add(f"/usr/lib/{multiarch}")
    found = {os.path.realpath(p) for folder in folders for p in glob.glob(f"{folder}/libcmark-gfm*.so*")}
    return sorted(p for p in found if os.path.isfile(p))


def tree(root: Path) -> dict[str, bytes | str]:
    """Every entry under root by relative path: a file's bytes, a link's target, or "<folder>"."""
    entries: dict[str, bytes | str] = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder, name)
            key = str(path.relative_to(root))
            if path.is_symlink():
                entries[key] = "-> " + os.readlink(path)
            elif path.is_dir():
                entries[key] = "<folder>"
            else:
                entries[key] = path.read_bytes()
    return entries


# Run inside the namespace: hide the toolchain and the shared libraries, probe that both are really
# gone, then build the example hub with the release binary.
HIDE_AND_BUILD = r"""
set -u
toolchain=$1 empty=$2 probe=$3 release=$4 normal=$5 out=$6
shift 6
mount -t tmpfs -o size=1m,mode=755 hidden-toolchain "$toolchain" || exit 90
for library in "$@"; do mount --bind "$empty" "$library" || exit 91; done
if [ -e "$toolchain/usr/bin/swift" ]; then echo present; else echo absent; fi >"$probe/swift"
"$normal" --help >/dev/null 2>"$probe/normal.err"; echo $? >"$probe/normal.rc"
for library in "$@"; do
  python3 -c 'import ctypes, sys; ctypes.CDLL(sys.argv[1])' "$library" 2>/dev/null; echo "$library $?"
done >"$probe/cmark"
"$release" build --content content --templates site-templates --output "$out" --now "$NOW" \
  >"$probe/build.out" 2>"$probe/build.err"
echo $? >"$probe/build.rc"
"""


def test_without_the_toolchain_and_cmark_libraries_it_builds_the_example_hub_as_the_normal_build_does(binary):
    toolchain = toolchain_folder()
    libraries = cmark_shared_libraries()
    assert libraries, "no libcmark-gfm*.so* found: the everyday build links it, so the test would hide nothing"
    normal = normal_binary()
    work = Path(tempfile.mkdtemp(prefix="advocacy-namespace-"))
    try:
        expected, actual, probe = work / "normal", work / "release", work / "probe"
        probe.mkdir()
        empty = work / "empty"
        empty.write_bytes(b"")

        built = subprocess.run([str(normal), "build", "--content", "content", "--templates", "site-templates",
                                "--output", str(expected), "--now", NOW],
                               cwd=REPO, capture_output=True, text=True)
        assert built.returncode == 0, f"the normal build failed:\n{built.stderr}"

        # root gets a mount namespace of its own; anyone else a user namespace that maps them to root.
        unshare = ["unshare", "--mount", "--propagation", "private"]
        if os.geteuid() != 0:
            unshare[1:1] = ["--user", "--map-root-user"]
        ran = subprocess.run([*unshare, "bash", "-c", HIDE_AND_BUILD, "hide-and-build", str(toolchain), str(empty),
                              str(probe), str(binary), str(normal), str(actual), *libraries],
                             cwd=REPO, env={**os.environ, "NOW": NOW}, capture_output=True, text=True)
        assert ran.returncode == 0, f"the namespace could not be set up ({ran.returncode}):\n{ran.stderr}"

        # Not vacuous: inside, the toolchain is gone, the everyday binary cannot start, and no
        # cmark-gfm shared library loads.
        assert (probe / "swift").read_text() == "absent\n"
        assert (probe / "normal.rc").read_text() != "0\n", "the everyday binary still starts without the toolchain"
        assert "error while loading shared libraries" in (probe / "normal.err").read_text()
        loads = dict(line.rsplit(" ", 1) for line in (probe / "cmark").read_text().splitlines())
        assert sorted(loads) == libraries
        assert all(rc != "0" for rc in loads.values()), f"a hidden cmark-gfm library still loads: {loads}"

        assert (probe / "build.rc").read_text() == "0\n", \
            f"the release binary failed without the toolchain:\n{(probe / 'build.err').read_text()}"
        assert (probe / "build.out").read_text() == built.stdout
        normal_tree, release_tree = tree(expected), tree(actual)
        assert "index.html" in normal_tree
        assert sorted(release_tree) == sorted(normal_tree)
        differing = sorted(path for path in normal_tree if normal_tree[path] != release_tree[path])
        assert not differing, f"the release binary wrote different bytes in {differing[:20]}"
    finally:
        shutil.rmtree(work, ignore_errors=True)


def shared_libraries(pattern: str) -> list[str]:
    """Every shared library file matching pattern (such as libxml2*.so*) in the library folders."""
    folders = {"/usr/lib", "/usr/local/lib", f"/usr/lib/{platform.machine()}-linux-gnu", f"/lib/{platform.machine()}-linux-gnu"}
    found = {os.path.realpath(p) for folder in folders for p in glob.glob(f"{folder}/{pattern}")}
    return sorted(p for p in found if os.path.isfile(p))


# Inside the namespace: hide the toolchain and the libraries, probe that they are gone, then import
# the example feed into a copy of the example content with the release binary.
HIDE_AND_IMPORT = r"""
set -u
toolchain=$1 empty=$2 probe=$3 release=$4 hub=$5
shift 5
mount -t tmpfs -o size=1m,mode=755 hidden-toolchain "$toolchain" || exit 90
for library in "$@"; do mount --bind "$empty" "$library" || exit 91; done
for library in "$@"; do
  python3 -c 'import ctypes, sys; ctypes.CDLL(sys.argv[1])' "$library" 2>/dev/null; echo "$library $?"
done >"$probe/loads"
cd "$hub" && "$release" import newsroom.xml --content content --lang en --discipline employer-branding \
  >"$probe/import.out" 2>"$probe/import.err"
echo $? >"$probe/import.rc"
"""


def test_without_libxml2_and_icu_it_imports_the_example_feed_as_the_normal_build_does(binary):
    """FoundationXML's libxml2 (and the ICU it links) are in the binary: `import` reads a feed on a
    machine without them, and writes what the everyday build writes."""
    libraries = sorted(shared_libraries("libxml2.so*") + shared_libraries("libicu*.so*"))
    assert any("libxml2" in library for library in libraries), "no libxml2 shared library found: the test would hide nothing"
    work = Path(tempfile.mkdtemp(prefix="advocacy-import-"))
    try:
        hubs = {}
        for name in ("normal", "release"):
            hubs[name] = work / name
            shutil.copytree(REPO / "content", hubs[name] / "content")
            shutil.copy(REPO / "examples/newsroom.xml", hubs[name] / "newsroom.xml")
        probe = work / "probe"
        probe.mkdir()
        empty = work / "empty"
        empty.write_bytes(b"")
        imported = subprocess.run([str(normal_binary()), "import", "newsroom.xml", "--content", "content", "--lang", "en",
                                   "--discipline", "employer-branding"], cwd=hubs["normal"], capture_output=True, text=True)
        assert imported.returncode == 0, imported.stderr
        assert "wrote content/share/" in imported.stdout, "the example feed imports nothing: the comparison would be vacuous"
        unshare = ["unshare", "--mount", "--propagation", "private"]
        if os.geteuid() != 0:
            unshare[1:1] = ["--user", "--map-root-user"]
        ran = subprocess.run([*unshare, "bash", "-c", HIDE_AND_IMPORT, "hide-and-import", str(toolchain_folder()), str(empty),
                              str(probe), str(binary), str(hubs["release"]), *libraries], capture_output=True, text=True)
        assert ran.returncode == 0, f"the namespace could not be set up ({ran.returncode}):\n{ran.stderr}"
        loads = dict(line.rsplit(" ", 1) for line in (probe / "loads").read_text().splitlines())
        assert sorted(loads) == libraries and all(rc != "0" for rc in loads.values()), f"a hidden library still loads: {loads}"
        assert (probe / "import.rc").read_text() == "0\n", (probe / "import.err").read_text()
        assert (probe / "import.out").read_text() == imported.stdout
        assert (probe / "import.err").read_text() == imported.stderr
        assert tree(hubs["release"]) == tree(hubs["normal"])
    finally:
        shutil.rmtree(work, ignore_errors=True)
