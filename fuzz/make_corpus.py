"""Write seed corpora for the harnesses under fuzz/corpus/ (not committed; rebuilt here).

Seeds are the repository's own small texts: the plain-text test dumps, a few hand-written
HTML pages and sentences, and, when ``liveblog.timeline`` exists, a serialised timeline.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import liveblog

CORPUS = ROOT / "fuzz" / "corpus"
SEEDS = sorted((ROOT / "tests" / "data" / "seeds").glob("*.txt"))

_UPDATE = {
    "@type": "BlogPosting",
    "headline": "Frappe sur Kiev",
    "articleBody": "Jeudi 28 novembre à 14h30, hier soir, il y a deux heures.",
    "datePublished": "2024-11-29T10:11:29+01:00",
}
PAGES = [
    (
        '<html lang="fr"><head><script type="application/ld+json">'
        + json.dumps({"@type": "LiveBlogPosting", "liveBlogUpdate": [_UPDATE, _UPDATE]})
        + "</script></head><body><p>a</p></body></html>"
    ),
    '<html><body><div class="live">'
    + "".join(
        f'<article><time datetime="2024-11-29T1{i}:00:00+01:00">1{i}h00</time>'
        f"<h2>Titre {i}</h2><p>Le 8 novembre, puis mardi à 9 h.</p></article>"
        for i in range(4)
    )
    + "</div></body></html>",
    (
        '<div itemscope itemtype="https://schema.org/LiveBlogPosting">'
        '<div itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">'
        '<meta itemprop="datePublished" content="2024-11-29T10:00:00Z">'
        '<p itemprop="articleBody">Yesterday at 3pm BST</p></div></div>'
    ),
]
SENTENCES = [
    "Jeudi, Poutine a menacé Kiev. Le 8 novembre à 14h30, hier soir, il y a deux heures.",
    "On Tuesday 5 November at 3.15pm GMT, last night, two hours ago, since 2022.",
    "du 3 au 5 mars 2024, entre 9 h et 11 h 30, mi-novembre, fin 2023, ce week-end",
    "07h42 CEST\nMis à jour à 07h31 CEST\n12.50 BST Posted at 15:05",
]


def write(target: str, items: list[bytes]) -> None:
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    for item in items:
        (folder / hashlib.sha1(item).hexdigest()[:16]).write_bytes(item)


def main() -> None:
    texts = [path.read_bytes() for path in SEEDS]
    write("parse", [b"\x00" + t for t in texts] + [b"\x01" + p.encode() for p in PAGES])
    write("find_times", [b"\x00\x01" + s.encode() for s in SENTENCES])
    try:
        from liveblog.timeline import Timeline  # noqa: PLC0415
    except ImportError:
        print("no liveblog.timeline yet: from_json corpus left empty")
        return
    pages = [liveblog.parse(text) for text in texts]
    write("from_json", [b"\x01" + Timeline.from_pages(pages[:2]).to_json().encode()])


if __name__ == "__main__":
    main()
