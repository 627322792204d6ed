"""When an event happened (or will): date expressions resolved against the publication date.

``resolve(text, published, tense)`` finds the first date expression in a text and returns a
``DateGuess`` (ISO date, precision ``day``/``week``/``month``/``year``, the words that gave
it, and the reason); ``resolve_phrases(phrases, ...)`` tries several texts in order (the
coder passes the temporal modifiers of the event's own predicate, nearest first, so a date
inside an object or a relative clause, "detainees held since last year's fighting", never
dates the event). Weekday names point forward for future or present tense and backward for
past tense ("on Friday" in a story of Thursday 2020-10-22: 2020-10-23 if the event is to
come, 2020-10-16 if it happened); a past event "on Thursday" in that story is the same
Thursday (news reports the day's events), "last Thursday" the week before. A year-precision
date ("later this year") is written as 1 January of that year with precision ``year``.
Without an expression the event is dated by the publication date, with the precision the
publication date has.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
_MON = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {m: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a few": 3, "several": 4, "couple of": 2, "a couple of": 2}


@dataclass(frozen=True)
class DateGuess:
    date: str | None
    precision: str | None
    text: str | None
    reason: str


@functools.lru_cache(maxsize=64)
def parse_published(published: str | None) -> tuple[dt.date | None, str | None]:
    """(date, precision) of an ISO 8601 publication date (``2020``, ``2020-10``, ``2020-10-22…``)."""
    if not published:
        return None, None
    s = published.strip()
    try:
        if re.fullmatch(r"\d{4}", s):
            return dt.date(int(s), 1, 1), "year"
        if re.fullmatch(r"\d{4}-\d{2}", s):
            return dt.date(int(s[:4]), int(s[5:7]), 1), "month"
        return dt.date.fromisoformat(s[:10]), "day"
    except ValueError:
        return None, None


def _week_start(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    return dt.date(d.year + m // 12, m % 12 + 1, 1)


def resolve(text: str, published: str | None, tense: str = "past") -> DateGuess:
    """Date the event of sentence ``text``. ``tense`` is ``past``, ``present`` or ``future``."""
    return resolve_phrases([text], published, tense)


def resolve_phrases(phrases: list[str], published: str | None, tense: str = "past") -> DateGuess:
    """The date of the first phrase that has one, else the publication date."""
    pub, pub_prec = parse_published(published)
    for text in phrases:
        low = text.lower()
        found = _explicit(low, text, pub)
        if found is None and pub is not None:
            found = _relative(low, text, pub, tense)
        if found is not None:
            return found
    if pub is None:
        return DateGuess(None, None, None, "no date in the sentence and no publication date")
    return DateGuess(pub.isoformat(), pub_prec, None, "no date in the sentence: the publication date")


def _explicit(low: str, text: str, pub: dt.date | None) -> DateGuess | None:
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", low)
    if m:
        try:
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return DateGuess(d.isoformat(), "day", text[m.start():m.end()], "explicit ISO date")
        except ValueError:
            pass
    m = re.search(rf"\b{_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", low) or re.search(
        rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}(?:,?\s+(\d{{4}}))?\b", low
    )
    if m:
        if m[1].isdigit():
            day, mon, year = int(m[1]), _MON[m[2].rstrip(".")[:4] if m[2].startswith("sept") else m[2][:3]], m[3]
        else:
            mon, day, year = _MON[m[1][:4] if m[1].startswith("sept") else m[1][:3]], int(m[2]), m[3]
        y = int(year) if year else (pub.year if pub else None)
        if y is not None:
            try:
                d = dt.date(y, mon, day)
                if not year and pub and d > pub + dt.timedelta(days=180):
                    d = d.replace(year=y - 1)
                return DateGuess(d.isoformat(), "day", text[m.start():m.end()], "explicit date")
            except ValueError:
                pass
    m = re.search(rf"\b(?:in\s+)?{_MONTH_RE}\s+(\d{{4}})\b", low)
    if m:
        d = dt.date(int(m[2]), _MON[m[1][:4] if m[1].startswith("sept") else m[1][:3]], 1)
        return DateGuess(d.isoformat(), "month", text[m.start():m.end()], "explicit month")
    # ("in 2021", and the year of a named act it happened in or during: "ousted in the 2021
    # coup", "killed during the 2014 war")
    m = re.search(r"\b(?:in|during)\s+(?:the\s+)?(1[0-9]\d{2}|20\d{2})\b", low)
    if m:
        return DateGuess(f"{m[1]}-01-01", "year", text[m.start():m.end()], "explicit year")
    return None


def _relative(low: str, text: str, pub: dt.date, tense: str) -> DateGuess | None:
    def g(d: dt.date, prec: str, m: re.Match[str], why: str) -> DateGuess:
        return DateGuess(d.isoformat(), prec, text[m.start():m.end()], why)

    m = re.search(r"\b(yesterday|today|tonight|tomorrow|last night|this morning|this afternoon|this evening)\b", low)
    if m:
        off = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(m[1], 0)
        return g(pub + dt.timedelta(days=off), "day", m, f"'{m[1]}' relative to the publication date")
    m = re.search(r"\b(?:on\s+|last\s+|next\s+|this\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", low)
    if m and re.search(r"\bevery\s+$", low[: m.start()]):
        m = None  # ("have gathered every Friday": a habit, no day)
    if m:
        wd = WEEKDAYS.index(m[1])
        word = m[0].split()[0]
        if word == "last" or (word != "next" and tense == "past"):
            delta = (pub.weekday() - wd) % 7
            if word == "last" and delta == 0:
                delta = 7
            d = pub - dt.timedelta(days=delta)
            why = f"'{m[0]}' in a past-tense clause: {'the publication day' if delta == 0 else 'the previous ' + m[1].title()}"
        else:
            delta = (wd - pub.weekday()) % 7
            if word == "next" and delta == 0:
                delta = 7
            d = pub + dt.timedelta(days=delta)
            why = f"'{m[0]}' in a {tense}-tense clause: the coming {m[1].title()}"
        return g(d, "day", m, why)
    m = re.search(r"\b(this|last|next|the coming|the past)\s+(week|weekend|month|year)\b", low)
    if m:
        step = {"this": 0, "last": -1, "the past": -1, "next": 1, "the coming": 1}[m[1]]
        unit = m[2]
        if unit == "week":
            return g(_week_start(pub) + dt.timedelta(weeks=step), "week", m, f"'{m[0]}': the week of the publication date{'' if not step else (' + ' if step > 0 else ' - ') + '1 week'}")
        if unit == "weekend":
            # ("last weekend", "the past weekend": the one before the publication date, or the
            # one before that when the story is published on a weekend)
            sat = _saturday(pub, "past") - dt.timedelta(weeks=1 if pub.weekday() >= 5 else 0) if step < 0 \
                else _saturday(pub, tense) + dt.timedelta(weeks=step)
            return g(sat, "week", m, f"'{m[0]}': the Saturday of that weekend")
        if unit == "month":
            return g(_add_months(pub.replace(day=1), step), "month", m, f"'{m[0]}' relative to the publication month")
        return g(dt.date(pub.year + step, 1, 1), "year", m, f"'{m[0]}' relative to the publication year")
    m = re.search(r"\b(?:by|at|over)\s+the\s+weekend\b", low)
    if m:
        sat = _saturday(pub, tense)
        return g(sat, "week", m, f"'the weekend': the {'previous' if tense == 'past' else 'coming'} Saturday")
    m = re.search(r"\bin\s+(a few|a couple of|several|\d+|one|two|three|four|five|six|seven|a|an)\s+(day|week|month)s?('?\s*time)?\b", low)
    if m and (m[1] in ("a", "an") or tense == "past") and not m[3] and tense != "future":
        # ("for the second time in a week", "killed in two days of violence": within the span,
        # not a date that far from now)
        m = None
    if m:
        n = int(m[1]) if m[1].isdigit() else _NUMBERS.get(m[1], 3)
        unit = m[2]
        d = pub + (dt.timedelta(days=n) if unit == "day" else dt.timedelta(weeks=n) if unit == "week" else dt.timedelta(days=30 * n))
        return g(d, "week" if unit in ("day", "week") else "month", m, f"'{m[0]}' after the publication date")
    m = re.search(r"\b(a few|a couple of|several|\d+|one|two|three|four|five|six|seven|a|an)\s+(day|week|month|year)s?\s+ago\b", low)
    if m:
        n = int(m[1]) if m[1].isdigit() else _NUMBERS.get(m[1], 3)
        unit = m[2]
        d = pub - (dt.timedelta(days=n) if unit == "day" else dt.timedelta(weeks=n) if unit == "week" else dt.timedelta(days=30 * n) if unit == "month" else dt.timedelta(days=365 * n))
        prec = {"day": "day", "week": "week", "month": "month", "year": "year"}[unit]
        return g(d, prec, m, f"'{m[0]}' before the publication date")
    # ("was arrested in September", "last March", "talks due in January"): a month named
    # without its year is the nearest one of that name on the side of the publication date
    # the clause's tense (or "last"/"next") points to
    m = re.search(rf"\b(in|since|during|until|early|late|mid|last|next)[\s-]+{_MONTH_RE}(?![\w.]|\s+\d)", low)
    if m:
        mon = _MON[m[2][:4] if m[2].startswith("sept") else m[2][:3]]
        ahead = m[1] == "next" or (m[1] != "last" and tense == "future")
        year = pub.year + (1 if ahead and (mon < pub.month or (m[1] == "next" and mon == pub.month)) else 0) \
            - (1 if not ahead and (mon > pub.month or (m[1] == "last" and mon == pub.month)) else 0)
        return g(dt.date(year, mon, 1), "month", m, f"'{m[0]}': the nearest {MONTHS[mon - 1].title()} {'after' if ahead else 'up to'} the publication date")
    return None


def _saturday(pub: dt.date, tense: str) -> dt.date:
    """The Saturday of the weekend a clause of ``tense`` speaks of: the one before the
    publication date in a past-tense clause ("killed seven soldiers over the weekend"), the
    coming one otherwise."""
    if tense == "past":
        return pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
    return pub + dt.timedelta(days=(5 - pub.weekday()) % 7)


def _first_day(date: str, precision: str | None) -> dt.date | None:
    """The first day a date of ``precision`` covers (``2024`` of a year, ``2024-11`` of a month)."""
    try:
        return dt.date.fromisoformat((date + "-01-01")[:10] if precision == "year" else (date + "-01")[:10])
    except ValueError:
        return None


def long_before(guess: DateGuess, published: str | None) -> bool:
    """Whether a date the sentence gives falls more than a month before the publication date
    (a past told as background: "since launching an offensive in November 2023")."""
    pub, _ = parse_published(published)
    if guess.text is None or guess.date is None or pub is None or guess.precision not in ("day", "month", "year"):
        return False
    when = _first_day(guess.date, guess.precision)
    if when is None:
        return False
    if guess.precision == "year":
        return when.year < pub.year - 1 or (when.year < pub.year and pub.month > 1)
    if guess.precision == "month":
        # (a month named without its year is of the story's own recent past, named again as
        # what it tells: "obtained a restraining order in July ... violated that order")
        return bool(re.search(r"\d", guess.text)) and (pub.year - when.year) * 12 + pub.month - when.month >= 2
    return (pub - when).days > 31


def _span(date: str, precision: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date of ``precision`` covers."""
    start = _first_day(date, precision)
    if start is None:
        return None
    if precision == "year":
        return start, dt.date(start.year, 12, 31)
    if precision == "month":
        return start, _add_months(start, 1) - dt.timedelta(days=1)
    if precision == "week":
        return start, start + dt.timedelta(days=6)
    return start, start


def apart(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """Whether two dates, each ``(date, precision)``, cover no day in common ("in September"
    and "on Thursday" in a story of November): two acts so dated are two acts."""
    if not a[0] or not b[0]:
        return False
    x, y = _span(a[0], a[1]), _span(b[0], b[1])
    return x is not None and y is not None and (x[1] < y[0] or y[1] < x[0])


def after_publication(guess: DateGuess, published: str | None) -> bool:
    """Whether a date the sentence gives (not the publication date taken for want of one, nor a
    bare weekday, placed before or after it by the clause's tense) falls after the publication
    date, at the coarser of the two precisions."""
    pub, pub_precision = parse_published(published)
    if guess.text is None or guess.date is None or pub is None:
        return False
    if re.fullmatch(r"(?:on\s+|this\s+)?(?:" + "|".join(WEEKDAYS) + ")", guess.text.lower()):
        return False  # (a weekday is placed after publication only by the tense read, which a past the model misreads loses)
    keep = {"day": 10, "week": 10, "month": 7, "year": 4}
    n = min(keep.get(guess.precision or "", 0), keep.get(pub_precision or "", 0))
    return n > 0 and guess.date[:n] > pub.isoformat()[:n]
