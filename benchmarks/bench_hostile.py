"""Seconds per MB and peak memory of ``parse`` at 1, 10 and 50 MB of text and of HTML.

Each measurement runs in a fresh child process, so one size's memory does not count
towards the next. Peak memory is the child's peak resident set minus its resident set
just before ``parse`` (interpreter, libraries and the input itself already loaded), given
as a multiple of the input's size. The issue asks for time per MB at 50 MB within 1.5x
of that at 1 MB, and peak memory under 10x the input.

    python benchmarks/bench_hostile.py              # 1, 10, 50 MB, text and HTML
    python benchmarks/bench_hostile.py --sizes 1 5  # a quicker look
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
MB = 1024 * 1024

# French live-blog posts: two sentences with time expressions and four without, varied
# per post so that no two posts are the same text (about 8 mentions per 1,000 characters,
# denser than most real pages).
_TIMED = (
    "Le Kremlin a publié samedi soir la loi, {n} jours après le vote.",
    "Hier à 14h30, le président a parlé devant {n} députés.",
    "Les frappes continuent depuis lundi ; {n} drones ont été abattus dans la nuit.",
    "Le 8 novembre, la Russie avait menacé de répondre « dans les {n} heures ».",
    "Jeudi, Poutine a dit que les livraisons reprendraient mi-décembre.",
    "Il y a deux semaines, le ministre annonçait un accord pour la fin de l'année.",
)
_PLAIN = (
    "Le porte-parole a rappelé que {n} régions restaient privées d'électricité.",
    "Selon l'état-major, la situation sur le front est « difficile mais stable ».",
    "Les secours ont évacué {n} habitants du quartier touché par les débris.",
    "L'agence de presse officielle a diffusé des images de la réunion.",
    "Les alliés occidentaux de Kiev doivent se retrouver pour en discuter.",
    "Une enquête a été ouverte et {n} personnes ont été interpellées.",
)


def _post_text(number: int) -> str:
    timed = [_TIMED[(number + i) % len(_TIMED)] for i in range(2)]
    plain = [_PLAIN[(number + i) % len(_PLAIN)] for i in range(4)]
    return " ".join(s.format(n=number % 97 + 3) for s in (*timed, *plain))


def text_page(size: int) -> bytes:
    """A plain-text dump of ``size`` bytes: a title, then timestamped posts."""
    parts = ["Guerre en Ukraine : la journée en direct\nPublish date : 2024-11-29 23:59:00\n\n"]
    total, number = len(parts[0]), 0
    while total < size:
        minute = 24 * 60 - 1 - number % (24 * 60)
        post = f"{minute // 60:02d}h{minute % 60:02d} CEST\n{_post_text(number)}\n\n"
        parts.append(post)
        total += len(post.encode())
        number += 1
    return "".join(parts).encode()


def html_page(size: int) -> bytes:
    """An HTML live page of ``size`` bytes: a stream of timed article blocks."""
    head = (
        '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Direct</title>'
        '<meta property="article:published_time" content="2024-11-29T06:00:00+01:00">'
        '</head><body><header><nav><a href="/">Accueil</a></nav></header>'
        '<main><h1>Guerre en Ukraine, en direct</h1><div id="live-feed">'
    )
    tail = "</div></main><footer><p>© Journal</p></footer></body></html>"
    parts, total, number = [head], len(head) + len(tail), 0
    while total < size:
        minute = 24 * 60 - 1 - number % (24 * 60)
        block = (
            f'<article class="post" id="p{number}"><time datetime="2024-11-29T'
            f'{minute // 60:02d}:{minute % 60:02d}:00+01:00">{minute // 60:02d}h{minute % 60:02d}'
            f"</time><h2>Point {number}</h2><p>{_post_text(number)}</p>"
            f'<div class="share"><a href="#">Partager</a></div></article>'
        )
        parts.append(block)
        total += len(block.encode())
        number += 1
    parts.append(tail)
    return "".join(parts).encode()


def child(kind: str, megabytes: float) -> None:
    """Measure one parse in this process and print it as JSON."""
    sys.path.insert(0, str(SRC))
    import liveblog  # noqa: PLC0415

    source = (text_page if kind == "text" else html_page)(int(megabytes * MB))
    options = liveblog.Options(max_entries=10_000_000)
    liveblog.parse(text_page(4096) if kind == "text" else html_page(4096))  # warm caches
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    start = time.perf_counter()
    page = liveblog.parse(source, options=options)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    mentions = sum(len(entry.mentions) for entry in page.entries)
    print(
        json.dumps(
            {
                "kind": kind,
                "mb": len(source) / MB,
                "seconds": seconds,
                "entries": len(page.entries),
                "mentions": mentions,
                "peak_rss": peak,
                "growth": peak - before,
            }
        )
    )


def measure(kind: str, megabytes: float) -> dict[str, float]:
    """Run ``child`` in a fresh interpreter and return what it printed."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(megabytes)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 10, 50])
    parser.add_argument("--kinds", nargs="+", default=["text", "html"])
    parser.add_argument("--child", nargs=2, metavar=("KIND", "MB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], float(args.child[1]))
        return
    print("kind  size MB  seconds  s/MB   entries  mentions  peak RSS MB  growth MB  growth/input")
    for kind in args.kinds:
        first: float | None = None
        for size in args.sizes:
            row = measure(kind, size)
            per_mb = row["seconds"] / row["mb"]
            first = first or per_mb
            print(
                f"{kind:5} {row['mb']:8.1f} {row['seconds']:8.2f} {per_mb:6.3f} "
                f"{row['entries']:9d} {row['mentions']:9d} {row['peak_rss'] / MB:12.0f} "
                f"{row['growth'] / MB:10.0f} {row['growth'] / (row['mb'] * MB):12.1f}x"
                f"   (s/MB {per_mb / first:.2f}x the first size)",
                flush=True,
            )


if __name__ == "__main__":
    main()
