"""Argument checks shared by every stage: one wording for one mistake."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from liveblog.errors import ArgumentError, NaiveDatetimeError, shorten

__all__ = ["aware_field", "require_aware"]


def require_aware(name: str, value: object) -> datetime:
    """Return ``value`` if it is an aware datetime; raise with a fix-it message otherwise."""
    if not isinstance(value, datetime):
        raise ArgumentError(f"{name} must be a datetime, got {shorten(value)}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise NaiveDatetimeError(
            f"{name}={value.isoformat()} has no timezone; "
            "attach one (datetime.replace(tzinfo=...)) so it names an instant"
        )
    return value


def aware_field(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Attrs validator: None, or an aware datetime."""
    if value is not None:
        require_aware(attribute.name, value)
