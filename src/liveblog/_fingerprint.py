"""Canonical fingerprints of pages, so that merging depends on *what* was given, not its order.

Two pages that compare equal get the same fingerprint: datetimes are written as UTC
instants (aware datetimes compare by instant) and every attrs field is walked in
declaration order. The fingerprint orders pages deterministically and names timeline
items; it is never shown as a claim about the page.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from typing import cast

import attrs

from liveblog.model import Page

__all__ = ["canonical", "fingerprint"]


def canonical(value: object) -> str:
    """Return a string that two equal model values share, whatever their datetimes' zones."""
    if isinstance(value, datetime):
        return "dt:" + value.astimezone(timezone.utc).isoformat()
    if attrs.has(type(value)):
        fields = attrs.fields(cast("type[attrs.AttrsInstance]", type(value)))
        inner = ",".join(f"{f.name}={canonical(getattr(value, f.name))}" for f in fields)
        return f"{type(value).__name__}({inner})"
    if isinstance(value, tuple):
        return "(" + ",".join(canonical(item) for item in value) + ")"
    return repr(value)


def fingerprint(page: Page) -> str:
    """Return a short hex digest of ``page``'s canonical form (stable across runs)."""
    return hashlib.sha256(canonical(page).encode("utf-8")).hexdigest()[:20]
