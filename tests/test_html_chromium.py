"""Acceptance: the HTML timeline of the seed pages opens in headless Chromium.

Chromium renders the page offline, takes a phone-sized screenshot and dumps the DOM it
built; the 26 seed posts must be there, each under the header of its own day, days in
order. Skipped where no Chromium is installed, except in CI (``CI`` set), where
``.ci/run`` installs it and a missing browser is a failure.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from lxml import html as lxml_html

from liveblog import merge, parse
from liveblog.export import to_html

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "examples" / "data").glob("*.txt"))
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)
PHONE = "--window-size=412,2400"


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("CI"):
        pytest.fail("Chromium is missing in CI: .ci/run should have installed it")
    pytest.skip("Chromium is not installed (apt-get install -y chromium)")


def _run(binary: str, profile: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(  # noqa: S603 (fixed arguments, our own file)
        [binary, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        check=False,
        timeout=180,
    )


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes, Path]:
    binary = _chromium()
    folder = tmp_path_factory.mktemp("chromium")
    page = folder / "timeline.html"
    page.write_text(to_html(merge([parse(path.read_bytes()) for path in SEEDS])), "utf-8")
    shot = folder / "shot.png"
    taken = _run(binary, folder / "profile-shot", PHONE, f"--screenshot={shot}", page.as_uri())
    assert 0 == taken.returncode, taken.stderr.decode(errors="replace")[-2000:]
    dumped = _run(binary, folder / "profile-dom", "--dump-dom", page.as_uri())
    assert 0 == dumped.returncode, dumped.stderr.decode(errors="replace")[-2000:]
    return page, dumped.stdout, shot


class TestChromium:
    def test_screenshot_is_taken(self, rendered: tuple[Path, bytes, Path]) -> None:
        """Chromium drew the page: a PNG as wide as a phone."""
        _page, _dom, shot = rendered
        data = shot.read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        width, height = struct.unpack(">II", data[16:24])
        assert (412, 2400) == (width, height)
        assert len(data) > 20_000  # text was drawn, not a blank page

    def test_26_entries_grouped_by_day(self, rendered: tuple[Path, bytes, Path]) -> None:
        """The DOM Chromium built holds the 26 posts, each in its day's section, days in order."""
        _page, dom, _shot = rendered
        tree = lxml_html.fromstring(dom)
        days = tree.xpath('//section[contains(concat(" ", @class, " "), " day ")]')
        dates = [section.get("data-date") for section in days]
        assert dates == sorted(dates)
        assert len(set(dates)) == len(dates)
        per_day = [len(section.xpath('.//article[@class="entry"]')) for section in days]
        assert 26 == sum(per_day)
        assert 26 == len(tree.xpath('//article[@class="entry"]'))
        for section in days:
            header = section.xpath("./h2/time/@datetime")
            assert [section.get("data-date")] == header

    def test_days_and_times_as_shown(self, rendered: tuple[Path, bytes, Path]) -> None:
        """Day headers in words; the Guardian posts under Wednesday 19 June at minute precision."""
        _page, dom, _shot = rendered
        tree = lxml_html.fromstring(dom)
        june = tree.xpath('//section[@data-date="2024-06-19"]')[0]
        assert "mercredi 19 juin 2024" == june.xpath("./h2")[0].text_content()
        labels = [label.text for label in june.xpath('.//p[@class="when"]/time')]
        assert 10 == len(labels)
        assert "07:42" == labels[-1]
        links = tree.xpath('//p[@class="src"]/a/@href')
        assert all(link.startswith("https://www.lexpress.fr/") for link in links)
