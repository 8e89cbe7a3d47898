"""English words and conventions for the temporal engine (data only)."""

from __future__ import annotations

from liveblog.times.lang import LanguageData

__all__ = ["DATA"]

_NUMBERS = (
    ("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5),
    ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11),
    ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16),
    ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20),
    ("twenty-four", 24), ("thirty", 30), ("forty", 40), ("forty-five", 45), ("fifty", 50),
    ("a couple of", 2), ("a few", 3), ("several", 3),
)  # fmt: skip

DATA = LanguageData(
    code="en",
    months=(
        ("january",), ("february",), ("march",), ("april",), ("may",), ("june",),
        ("july",), ("august",), ("september",), ("october",), ("november",), ("december",),
    ),
    month_abbreviations=(
        ("jan",), ("feb",), ("mar",), ("apr",), (), ("jun",), ("jul",), ("aug",),
        ("sept", "sep"), ("oct",), ("nov",), ("dec",),
    ),
    weekdays=(
        ("monday",), ("tuesday",), ("wednesday",), ("thursday",), ("friday",), ("saturday",),
        ("sunday",),
    ),
    weekday_abbreviations=(
        ("mon",), ("tue", "tues"), ("wed",), ("thu", "thur", "thurs"), ("fri",), ("sat",),
        ("sun",),
    ),
    risky_months=("march", "may"),
    numeric_order="mdy",
    ordinal_suffixes=("st", "nd", "rd", "th"),
    deictic_days=(
        ("today", 0), ("yesterday", -1), ("the day before yesterday", -2),
        ("tomorrow", 1), ("the day after tomorrow", 2), ("tmrw", 1),
    ),
    deictic_parts=(("tonight", 0, "EV"), ("tonite", 0, "EV"), ("last night", -1, "NI"),
                   ("earlier today", 0, ""), ("later today", 0, "")),
    parts_of_day=(
        ("morning", "MO"), ("afternoon", "AF"), ("evening", "EV"), ("night", "NI"),
        ("midday", "MI"), ("lunchtime", "MI"),
    ),
    part_links=("in the", "during the", "late in the", "early in the"),
    this_words=("this",),
    last_before=("last", "past", "previous"),
    last_after=(),
    next_before=("next", "coming", "this coming"),
    next_after=(),
    date_openers=("on", "the", "on the", "by", "from", "until", "till"),
    since_words=("since",),
    time_openers=("at", "around", "about", "by", "from", "until", "after", "before",
                  "shortly after", "shortly before", "just after", "just before"),
    date_time_links=("at", ",", "around", "about"),
    hour_words=("o'clock", "oclock"),
    minute_words=(),
    clock_words=(("noon", 12), ("midnight", 0), ("midday", 12)),
    meridiems=(("am", 0), ("a.m.", 0), ("a.m", 0), ("pm", 12), ("p.m.", 12), ("p.m", 12),
               ("in the morning", 0), ("in the afternoon", 12), ("in the evening", 12),
               ("at night", 12)),
    zone_phrases=(("local time", ""),),
    numbers=_NUMBERS,
    units=(
        ("day", "day"), ("days", "day"), ("week", "week"), ("weeks", "week"),
        ("month", "month"), ("months", "month"), ("year", "year"), ("years", "year"),
        ("hour", "hour"), ("hours", "hour"), ("minute", "minute"), ("minutes", "minute"),
        ("hrs", "hour"), ("mins", "minute"), ("min", "minute"),
    ),
    ago_before=(),
    ago_after=("ago", "earlier", "before"),
    later_before=("in", "within"),
    later_after=("later", "from now", "hence"),
    hedges=("about", "around", "roughly", "some", "nearly", "almost", "more than",
            "less than", "over", "just"),
    duration_openers=("for", "during", "over", "lasting"),
    set_openers=("every", "each"),
    plural_openers=("on",),
    month_parts=(("early", "early"), ("mid", "mid"), ("late", "late"), ("end of", "late"),
                 ("beginning of", "early"), ("the end of", "late"),
                 ("the beginning of", "early"), ("the middle of", "mid"),
                 ("middle of", "mid")),
    month_openers=("in", "since", "during", "by", "until"),
    night_of=("the night of", "on the night of", "overnight from", "the night from"),
    night_to=("to", "into"),
    night_words=(("overnight", 99), ("during the night", 99), ("last night", -1)),
    range_from=("from", "between"),
    range_to=("to", "and", "until", "till", "-", "–", "through"),
    holidays=(
        ("christmas", 12, 25), ("christmas day", 12, 25), ("christmas eve", 12, 24),
        ("new year's day", 1, 1), ("new year's eve", 12, 31), ("new year", 1, 1),
        ("valentine's day", 2, 14), ("halloween", 10, 31), ("independence day", 7, 4),
        ("boxing day", 12, 26), ("st patrick's day", 3, 17), ("st. patrick's day", 3, 17),
        ("veterans day", 11, 11), ("new years eve", 12, 31), ("new years day", 1, 1),
    ),
    future_cues=(
        r"\b(?:will|shall|'ll|’ll|going to|is to|are to|scheduled|due|upcoming|expected to)\b",
        r"\b(?:planned|set to|next)\b",
    ),
    past_cues=(
        r"\b(?:was|were|had|did|said|told|announced)\b",
        r"\b\w{3,}ed\b",
    ),
)
