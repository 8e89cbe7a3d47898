"""Canonical fingerprints of pages, so that merging depends on *what* was given, not its order.

Two pages that compare equal get the same fingerprint: datetimes are written as UTC
instants (aware datetimes compare by instant) and every attrs field is walked in
declaration order. The fingerprint orders pages deterministically and names timeline
items; it is never shown as a claim about the page.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone

import attrs

from liveblog.model import Page

__all__ = ["canonical", "fingerprint"]


#: Field names of each attrs class met, in declaration order (pure memo, keyed by class).
_FIELDS: dict[type, tuple[str, ...]] = {}


def _names(kind: type) -> tuple[str, ...] | None:
    names = _FIELDS.get(kind)
    if names is None and attrs.has(kind):
        fields = attrs.fields(kind)
        names = _FIELDS[kind] = tuple(field.name for field in fields)
    return names


def canonical(value: object) -> str:
    """Return a string that two equal model values share, whatever their datetimes' zones."""
    kind = type(value)
    if kind is str or value is None or kind is bool or kind is int:
        return repr(value)
    if isinstance(value, datetime):
        return "dt:" + value.astimezone(timezone.utc).isoformat()
    if isinstance(value, tuple):
        return "(" + ",".join([canonical(item) for item in value]) + ")"
    names = _names(kind)
    if names is not None:
        inner = ",".join([canonical(getattr(value, name)) for name in names])
        return f"{kind.__name__}({inner})"
    return repr(value)


def fingerprint(page: Page) -> str:
    """Return a short hex digest of ``page``'s canonical form (stable across runs)."""
    return hashlib.sha256(canonical(page).encode("utf-8")).hexdigest()[:20]
