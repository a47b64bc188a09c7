"""`advocacy serve` in a real browser: started on content with errors, the page lists them and
turns into the site by itself once they are fixed; a later change with errors shows them in a box
at the top of the page; an open page reloads when a change shows on it, and only then.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from conftest import NOW, REPO, advocacy_binary

BOX = "advocacy-preview-errors"
BROKEN_LINK = "\n[brudt](findes-ikke.md)\n"


@pytest.fixture()
def preview(tmp_path):
    """A copy of the example hub with a broken link in guidelines/kritik.md, served by
    `advocacy serve --port 0` (in the hub's language: no --lang); yields (address, the broken file, its
    text before it was broken)."""
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    file = content / "guidelines" / "kritik.md"
    original = file.read_text(encoding="utf-8")
    file.write_text(original + BROKEN_LINK, encoding="utf-8")
    line = len((original + BROKEN_LINK).split("\n")) - 1
    process = subprocess.Popen(
        [str(advocacy_binary()), "serve", "--port", "0", "--content", str(content),
         "--templates", str(REPO / "site-templates"), "--now", NOW],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TMPDIR": str(tmp_path)})
    address = ""
    for printed in process.stdout:
        if "(Ctrl-C" in printed:
            address = printed.split(" (Ctrl-C")[0].split(" ")[-1]
            break
    assert address.startswith("http://127.0.0.1:"), "serve did not say where it serves"
    yield address, file, original, line
    process.terminate()
    process.wait(timeout=10)


def site_is_served(url: str) -> bool:
    try:
        with urllib.request.urlopen(url) as answer:
            return answer.status == 200
    except urllib.error.HTTPError:
        return False


def box_text(driver) -> str | None:
    return driver.execute_script(f"var b = document.getElementById('{BOX}'); return b ? b.textContent : null;")


def test_serve_on_broken_content_lists_the_errors_and_turns_into_the_site_when_fixed(hub, preview):
    address, file, original, line = preview
    driver = hub.driver
    driver.get(address + "guidelines/kritik/")
    heading = "Indholdet har fejl, så der er intet site at vise endnu. Siden her viser sitet, så snart fejlene er rettet."
    error = (f"{file}:{line}:1: fejl: linket 'findes-ikke.md' peger på 'guidelines/findes-ikke.md', "
             "som ikke findes")
    hub.wait(lambda d: box_text(d) == f"{heading}\n\n{error}", timeout=10,
             message=f"the error page in Danish: {box_text(driver)!r}")
    assert driver.title == "Ikke bygget: indholdet har fejl"
    assert driver.find_element(By.ID, BOX).is_displayed()

    # Nobody touches the browser: the page reloads by itself into the site.
    driver.execute_script("window.advocacyNotReloaded = true")
    file.write_text(original, encoding="utf-8")
    hub.wait(lambda d: d.execute_script("return !window.advocacyNotReloaded && document.readyState === 'complete'"),
             timeout=15, message="the error page reloaded by itself")
    assert box_text(driver) is None
    assert "Kommunikation" in driver.find_element(By.TAG_NAME, "main").text


def test_a_change_with_errors_shows_them_at_the_top_of_the_page(hub, preview):
    address, file, original, line = preview
    driver = hub.driver
    file.write_text(original, encoding="utf-8")
    hub.wait(lambda _: site_is_served(address + "guidelines/kritik/"), timeout=15, message="the site is built")
    hub.viewport(800, 400)
    driver.get(address + "guidelines/kritik/")
    assert box_text(driver) is None

    file.write_text(original + BROKEN_LINK, encoding="utf-8")
    hub.wait(lambda d: box_text(d) is not None, timeout=15, message="the box appears without a reload")
    assert box_text(driver).startswith("Den seneste ændring har fejl; dette er den sidste gode version.\n\n"
                                       f"{file}:{line}:1: fejl: linket 'findes-ikke.md'")
    placement = driver.execute_script(f"""
        var box = document.getElementById('{BOX}'), header = document.querySelector('.site-header');
        var before = {{first: document.body.firstElementChild === box, top: box.getBoundingClientRect().top,
                      bottom: box.getBoundingClientRect().bottom, header: header.getBoundingClientRect().top}};
        window.scrollTo(0, document.body.scrollHeight);
        return [before, box.getBoundingClientRect().top, window.scrollY];""")
    before, top_scrolled, scrolled = placement
    assert before["first"] and before["top"] == 0, "the box is the page's first thing, at its top"
    assert before["header"] >= before["bottom"], "it pushes the page down rather than hiding its header"
    assert scrolled > 0 and top_scrolled == 0, "scrolled down, the box stays at the top of the window"


def status_version(address: str) -> int:
    with urllib.request.urlopen(address + "__advocacy/status") as answer:
        return json.loads(answer.read())["version"]


def test_an_open_page_reloads_only_when_a_change_shows_on_it(hub, preview):
    """The edited document's page reloads by itself; another open page stays as it is (its reader
    keeps their place), because nothing it shows changed."""
    address, file, original, _ = preview
    driver = hub.driver
    file.write_text(original, encoding="utf-8")
    hub.wait(lambda _: site_is_served(address + "guidelines/kritik/"), timeout=15, message="the site is built")
    driver.get(address + "guidelines/reklame/")
    driver.execute_script("window.advocacyNotReloaded = true")
    before = status_version(address)
    file.write_text(original.replace("svarer på Holmvangs vegne.", "svarer altid på Holmvangs vegne."), encoding="utf-8")
    hub.wait(lambda _: status_version(address) >= before + 2, timeout=15,
             message="the page shown first, then the whole build")
    time.sleep(2.5)  # the page asks once a second
    assert driver.execute_script("return window.advocacyNotReloaded === true"), "the other page did not reload"

    driver.get(address + "guidelines/kritik/")
    driver.execute_script("window.advocacyNotReloaded = true")
    file.write_text(original.replace("svarer på Holmvangs vegne.", "svarer hurtigt på Holmvangs vegne."), encoding="utf-8")
    hub.wait(lambda d: d.execute_script("return !window.advocacyNotReloaded && document.readyState === 'complete'"),
             timeout=15, message="the edited page reloaded by itself")
    assert "svarer hurtigt på Holmvangs vegne." in driver.find_element(By.TAG_NAME, "main").text
