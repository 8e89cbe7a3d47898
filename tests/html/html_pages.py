"""Small hand-written pages for the HTML reader's tests (no publisher's page is copied)."""

from __future__ import annotations

import json
from collections.abc import Iterable


def page(body: str, *, head: str = "", lang: str = "en", title: str = "A page") -> str:
    """Wrap ``body`` in a minimal document."""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{title}</title>{head}</head><body>{body}</body></html>"
    )


def jsonld(obj: object) -> str:
    """A JSON-LD script block holding ``obj``."""
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def blog(updates: Iterable[dict[str, object]], **extra: object) -> dict[str, object]:
    """A schema.org LiveBlogPosting with the given updates."""
    return {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Storm live",
        "datePublished": "2024-06-19T06:00:00+02:00",
        "liveBlogUpdate": [{"@type": "BlogPosting", **update} for update in updates],
        **extra,
    }


def post(ident: str, time_html: str, headline: str, text: str, cls: str = "post") -> str:
    """One rendered post block."""
    return (
        f'<article class="{cls}" id="{ident}"><header>{time_html}'
        f'<div class="share-bar"><a href="#">Share</a></div></header>'
        f"<h2>{headline}</h2><p>{text}</p></article>"
    )


WORDS = (
    "The river rose overnight and the bridge was closed to traffic",
    "Rescue teams reached the village after the road reopened this morning",
    "The mayor said schools would stay shut until the water level falls",
    "Power was restored to most homes in the northern districts by noon",
    "Forecasters expect the rain to ease during the afternoon and evening",
    "Volunteers handed out sandbags at the town hall to worried residents",
)
