"""The actor dictionary: countries, agent roles, organisations and dated people, and the
phrase index the resolver matches text against.

The shipped data lives in ``tidings/data`` as TSV files (described in its README). Every
phrase becomes a key of lower-case, accent-folded tokens, tokenised by spaCy's English
rules so keys line up with the tokens of a parsed ``Doc``; the index is a trie over those
tokens, so matching is one dictionary step per token and always takes the longest phrase.
Letter case is checked per entry after the match: a token written in capitals in the data
("US", "WHO") only matches capitals, one written with an initial capital ("Turkey",
"Putin") only matches a capitalised word, one in lower case ("forces") matches any case.
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tidings.errors import ConfigError
from tidings.model import Actor

if TYPE_CHECKING:
    from spacy.tokenizer import Tokenizer

# Agent codes whose named bearers are organisations rather than the state's agents.
GROUP_ROLES = frozenset({"REB", "UAF", "PTY", "OPP", "MED", "BUS", "NGO"})

HYPHENS = frozenset({"-", "–", "—", "--"})

# Codes whose first three letters are not a country: organisations, transnational groups,
# and the religious (MOS Muslims, CHR Christians, JEW Jews, HIN Hindus, BUD Buddhists, SIK
# Sikhs, DRZ Druze) and ethnic (ETN) communities named without a country. None of these
# is an ISO 3166 alpha-3 code.
COMMUNITY_PREFIXES = ("MOS", "CHR", "JEW", "HIN", "BUD", "SIK", "DRZ", "ETN")
NON_STATE_PREFIXES = ("IGO", "NGO", "IMG", "MNC", "UIS", *COMMUNITY_PREFIXES)

# Agent roles of a state's authorities: a breakaway region's authorities ("the Abkhaz
# leadership", "Transnistrian forces") are coded as the rebels of the state it belongs to.
AUTHORITY_ROLES = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "ELI"})

ROLE_LABELS = {
    "GOV": "government",
    "MIL": "military",
    "REB": "rebels",
    "OPP": "opposition",
    "PTY": "party",
    "COP": "police",
    "JUD": "judiciary",
    "LEG": "legislature",
    "SPY": "intelligence",
    "MED": "media",
    "BUS": "business",
    "CVL": "civilians",
    "REF": "refugees",
    "ELI": "elite",
    "HLH": "health",
    "EDU": "education",
    "LAB": "labour",
    "REL": "religious",
    "CRM": "criminals",
    "AGR": "agriculture",
    "HRI": "human rights",
    "NGO": "NGOs",
    "UAF": "armed group",
    "ENV": "environment",
    "ETN": "ethnic group",
    "MOS": "Muslims",
    "CHR": "Christians",
    "JEW": "Jews",
    "HIN": "Hindus",
    "BUD": "Buddhists",
    "SIK": "Sikhs",
    "DRZ": "Druze",
}

_FOLD = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "’": "'",
        "‘": "'",
        "`": "'",
        "ʼ": "'",
        "´": "'",
        "–": "-",
        "—": "-",
    }
)


def fold(text: str) -> str:
    """``text`` without accents, with typographic quotes and dashes made plain."""
    if text.isascii() and "`" not in text:
        return text  # the common case, at every token of every article: nothing to fold
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def norm_token(text: str) -> str:
    """The matching form of one token: folded, lower case, inner full stops dropped
    ("U.S." and "US" both become ``us``)."""
    t = fold(text).lower()
    if len(t) > 1 and "." in t:
        t = t.replace(".", "") or "."
    return t


def casing_of(text: str) -> int:
    """0: any case matches; 1: needs an initial capital; 2: needs all capitals."""
    letters = [c for c in text if c.isalpha()]
    if not letters or not letters[0].isupper():
        return 0
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return 2
    return 1


def casing_ok(required: int, text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if required == 0 or not letters:
        return True
    if required == 2:
        return all(c.isupper() for c in letters)
    return letters[0].isupper()


@functools.lru_cache(maxsize=1)
def phrase_tokenizer() -> Tokenizer:
    """spaCy's English tokenizer (no model needed), used to cut dictionary phrases the
    same way the parsed article was cut."""
    import spacy

    return spacy.blank("en").tokenizer


def phrase_tokens(text: str) -> list[str]:
    """The token texts of a dictionary phrase, hyphens left out. An abbreviation the
    tokenizer keeps whole when capitalised, as a title before a name is written ("Rep.",
    "Sen.", "Gov."), is one token here too, though its lower-case entry ("rep.") would be cut."""
    tokenizer = phrase_tokenizer()
    out: list[str] = []
    for t in tokenizer(text.strip()):
        if t.text in HYPHENS or t.is_space:
            continue
        if t.text == "." and out and out[-1].isalpha() and len(tokenizer(out[-1][:1].upper() + out[-1][1:] + ".")) == 1:
            out[-1] += "."
            continue
        out.append(t.text)
    return out


def parse_month(value: str, *, end: bool, where: str) -> dt.date | None:
    """``YYYY-MM`` (or ``YYYY-MM-DD``, or ``YYYY``) to a date: the first day of the period
    for a start, the last day for an end. Empty means open."""
    value = value.strip()
    if not value:
        return None
    parts = value.split("-")
    try:
        if len(parts) == 3:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        year = int(parts[0])
        month = int(parts[1]) if len(parts) == 2 else (12 if end else 1)
        if not end:
            return dt.date(year, month, 1)
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    except (ValueError, IndexError) as exc:
        raise ConfigError(f"{where}: bad date {value!r}; write YYYY-MM (e.g. 2018-05)", code="actors.bad_date") from exc


def split_code(code: str) -> tuple[str | None, str | None]:
    """(country, role) of a CAMEO code: ``RUSGOV`` -> (RUS, GOV); ``IGOUNO`` -> (None, None)."""
    if code.startswith(NON_STATE_PREFIXES) or len(code) < 3 or not code[:3].isalpha():
        return None, None
    return code[:3], (code[3:6] or None)


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    adjective: str | None = None


@dataclass(frozen=True)
class Term:
    """One stretch of one office: ``code`` is what the holder is coded as meanwhile."""

    code: str
    title: str
    start: dt.date | None
    end: dt.date | None

    def covers(self, when: dt.date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass(frozen=True)
class Person:
    """A political figure with dated terms of office (sorted by start)."""

    name: str
    terms: tuple[Term, ...]

    def term_at(self, when: dt.date | None) -> Term | None:
        """The term in force on ``when`` (the latest-starting one on a hand-over month);
        with no date, the most recent term."""
        if when is None:
            return self.terms[-1] if self.terms else None
        live = [t for t in self.terms if t.covers(when)]
        return max(live, key=lambda t: t.start or dt.date.min) if live else None

    def in_office(self, when: dt.date | None) -> bool:
        return when is None or self.term_at(when) is not None

    def national_country(self) -> str | None:
        for term in reversed(self.terms):
            country, _ = split_code(term.code)
            if country:
                return country
        return None

    def actor_at(self, when: dt.date | None) -> Actor | None:
        """The person's actor on ``when``: the code of the term in force; after (or between)
        terms the country's ELI (former official); before any term the bare country. A
        person known only through an international office is not coded outside it."""
        term = self.term_at(when)
        if term is not None:
            country, role = split_code(term.code)
            return Actor(code=term.code, name=self.name, country=country, role=role, kind="person")
        country = self.national_country()
        if country is None:
            return None
        assert when is not None
        started = any(t.start is not None and t.start <= when for t in self.terms)
        if started:
            return Actor(code=country + "ELI", name=self.name, country=country, role="ELI", kind="person")
        return Actor(code=country, name=self.name, country=country, role=None, kind="person")


@dataclass(frozen=True)
class DatedCode:
    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    def covers(self, when: dt.date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)

    @property
    def restricted(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass(frozen=True)
class DatedActor:
    """An actor from a PETRARCH dictionary: codes, some valid only between dates."""

    name: str
    codes: tuple[DatedCode, ...]

    def codes_at(self, when: dt.date | None) -> tuple[str, ...]:
        """The codes for ``when``: the first date restriction that covers it, else the
        unrestricted code; without a date the unrestricted code (else the last listed).
        ``A/B`` codes name several actors."""
        chosen: DatedCode | None = None
        if when is not None:
            chosen = next((c for c in self.codes if c.restricted and c.covers(when)), None)
        if chosen is None:
            chosen = next((c for c in self.codes if not c.restricted), None)
        if chosen is None and when is None and self.codes:
            chosen = self.codes[-1]
        if chosen is None:
            return ()
        return tuple(c for c in chosen.code.split("/") if c)


@dataclass(frozen=True)
class Entry:
    """What one dictionary phrase means.

    ``kind``: ``country`` (``iso3``, ``form`` = name/adj/people/capital, or for a place
    inside a country region/city/breakaway/former), ``actor`` (a fixed ``actor``; with
    ``form`` ``community`` or ``community-adj`` an ethnic or religious community whose code
    suffix is ``role``, default country ``iso3``), ``role`` (``role``; ``title``,
    ``plural``), ``person`` (``person``; ``full`` False for a surname), ``dated`` (a
    ``dated`` actor, from a PETRARCH file or ``groups.tsv``), ``block`` (a phrase that
    yields nothing, so that a shorter phrase inside it is not read).
    """

    kind: str
    casing: tuple[int, ...] = ()
    iso3: str | None = None
    form: str = ""
    actor: Actor | None = None
    role: str | None = None
    title: bool = False
    plural: bool = False
    # a weapon or a machine that stands for the forces it belongs to only when the text says
    # whose it is ("Russian drones", not a bare "drones")
    machine: bool = False
    person: Person | None = None
    full: bool = True
    dated: DatedActor | None = None
    source: str = "dictionary"

    def accepts(self, texts: Sequence[str]) -> bool:
        return all(casing_ok(c, t) for c, t in zip(self.casing, texts, strict=False))


_END = ""


class PhraseIndex:
    """A trie over normalised tokens; each complete phrase holds its entries."""

    def __init__(self) -> None:
        self.root: dict[str, Any] = {}
        self.size = 0

    def add(self, tokens: Sequence[str], entry: Entry, *, first: bool = False) -> None:
        """Add ``entry`` under the phrase ``tokens`` (original texts, for the casing)."""
        if not tokens:
            return
        key = [norm_token(t) for t in tokens]
        if not all(key):
            return
        if not entry.casing:
            entry = _with_casing(entry, tuple(casing_of(t) for t in tokens))
        node = self.root
        for k in key:
            node = node.setdefault(k, {})
        bucket: list[Entry] = node.setdefault(_END, [])
        if entry in bucket:
            return
        if first:
            bucket.insert(0, entry)
        else:
            bucket.append(entry)
        self.size += 1

    def add_phrase(self, phrase: str, entry: Entry, *, first: bool = False) -> None:
        self.add(phrase_tokens(phrase), entry, first=first)

    def longest(self, norms: Sequence[str], texts: Sequence[str], i: int) -> tuple[int, list[Entry]] | None:
        """The longest phrase starting at token ``i``: (end, entries whose casing fits)."""
        node = self.root
        best: tuple[int, list[Entry]] | None = None
        j = i
        while j < len(norms):
            nxt = node.get(norms[j])
            if nxt is None:
                break
            node = nxt
            j += 1
            bucket = node.get(_END)
            if bucket:
                ok = [e for e in bucket if e.accepts(texts[i:j])]
                if ok:
                    best = (j, ok)
        return best


def _with_casing(entry: Entry, casing: tuple[int, ...]) -> Entry:
    from dataclasses import replace

    return replace(entry, casing=casing)


def plural_forms(phrase: str) -> list[str]:
    """Regular English plurals of a phrase's last word."""
    head, _, last = phrase.rpartition(" ")
    prefix = head + " " if head else ""
    low = last.lower()
    if not last or not last[-1].isalpha():
        return []
    if low.endswith(("s", "x", "z", "ch", "sh")):
        forms = [last + "es"]
    elif low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        forms = [last[:-1] + "ies"]
    elif low.endswith("man"):
        forms = [last[:-3] + "men"]
    else:
        forms = [last + "s"]
    return [prefix + f for f in forms]


def demonym_plurals(adjective: str) -> list[str]:
    """"Armenian" -> "Armenians"; none for "French", "Swiss", "Chinese"."""
    low = adjective.lower()
    if low.endswith(("s", "sh", "ch", "ese", "x", "z")):
        return []
    if low.endswith("man"):
        return [adjective[:-3] + "men"]
    return [adjective + "s"]


def shipped_data_dir() -> Path:
    """The directory of the shipped data files."""
    return Path(str(resources.files("tidings") / "data"))


def data_path(name: str, data_dir: Path | None = None) -> Path:
    return (data_dir or shipped_data_dir()) / name


def read_tsv(path: Path, width: int) -> Iterator[tuple[int, list[str]]]:
    """Rows of a shipped TSV file with their line numbers; ``#`` lines are comments."""
    with path.open(encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) > width:
                raise ConfigError(
                    f"line {lineno}: {len(cols)} tab-separated fields, expected at most {width}",
                    source=str(path),
                    code="actors.bad_row",
                )
            cols += [""] * (width - len(cols))
            yield lineno, [c.strip() for c in cols]


def _values(field_text: str) -> list[str]:
    return [v.strip() for v in field_text.split("|") if v.strip()]


def _uncomma(name: str) -> str:
    """ISO names such as "Korea, Republic of" as prose: "Republic of Korea"."""
    if "," not in name:
        return name
    first, _, rest = name.partition(",")
    return f"{rest.strip()} {first.strip()}"


@dataclass
class ActorDictionary:
    """All phrases the resolver knows, with the tables behind them."""

    index: PhraseIndex = field(default_factory=PhraseIndex)
    countries: dict[str, Country] = field(default_factory=dict)
    people: list[Person] = field(default_factory=list)
    igos: dict[str, Actor] = field(default_factory=dict)

    def country_actor(self, iso3: str, role: str | None = None) -> Actor:
        """The actor of a country alone or with an agent role (``RUS`` / ``RUSGOV``)."""
        iso3 = iso3.upper()
        c = self.countries.get(iso3) or Country(iso3, iso3)
        if role is None:
            return Actor(code=iso3, name=c.name, country=iso3, role=None, kind="country")
        label = ROLE_LABELS.get(role[:3], role.lower())
        return Actor(
            code=iso3 + role, name=f"{c.adjective or c.name} {label}", country=iso3, role=role, kind="country"
        )


def load_countries(d: ActorDictionary, data_dir: Path | None = None) -> None:
    import pycountry

    path = data_path("countries.tsv", data_dir)
    listed: set[str] = set()
    for lineno, (iso3, name, others, adjectives, capitals) in read_tsv(path, 5):
        if len(iso3) != 3 or not iso3.isupper() or not name:
            raise ConfigError(f"line {lineno}: bad country row", source=str(path), code="actors.bad_row")
        adjs = _values(adjectives)
        d.countries[iso3] = Country(iso3, name, adjs[0] if adjs else None)
        listed.add(iso3)
        iso = pycountry.countries.get(alpha_3=iso3)
        names = [name, *_values(others)]
        if iso is not None:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(iso, attr, None)
                if value and "," not in value and "Province of" not in value:
                    names.append(value)
        for n in names:
            d.index.add_phrase(n, Entry("country", iso3=iso3, form="name"))
        for a in adjs:
            d.index.add_phrase(a, Entry("country", iso3=iso3, form="adj"))
            for p in demonym_plurals(a):
                d.index.add_phrase(p, Entry("country", iso3=iso3, form="people", plural=True))
        for cap in _values(capitals):
            d.index.add_phrase(cap, Entry("country", iso3=iso3, form="capital"))
    for iso in pycountry.countries:
        if iso.alpha_3 in listed:
            continue
        name = getattr(iso, "common_name", None) or _uncomma(iso.name)
        d.countries[iso.alpha_3] = Country(iso.alpha_3, name)
        for n in {name, _uncomma(iso.name), getattr(iso, "official_name", None) or name}:
            d.index.add_phrase(n, Entry("country", iso3=iso.alpha_3, form="name"))


def load_roles(d: ActorDictionary, data_dir: Path | None = None) -> None:
    path = data_path("roles.tsv", data_dir)
    for lineno, (phrase, role, flags) in read_tsv(path, 3):
        if not phrase or not role.isalpha() or not role.isupper():
            raise ConfigError(f"line {lineno}: bad role row", source=str(path), code="actors.bad_row")
        title, machine = "t" in flags, "w" in flags
        d.index.add_phrase(phrase, Entry("role", role=role, title=title, plural="x" in flags and phrase.endswith("s"), machine=machine))
        if "x" not in flags:
            for p in plural_forms(phrase):
                d.index.add_phrase(p, Entry("role", role=role, plural=True, machine=machine))


def load_metonyms(d: ActorDictionary, data_dir: Path | None = None) -> None:
    path = data_path("metonyms.tsv", data_dir)
    for lineno, (phrase, code, name) in read_tsv(path, 3):
        if not phrase or not code:
            raise ConfigError(f"line {lineno}: bad metonym row", source=str(path), code="actors.bad_row")
        if code == "-":
            d.index.add_phrase(phrase, Entry("block"))
            continue
        if code.startswith(NON_STATE_PREFIXES):
            actor = d.igos.get(code) or Actor(code=code, name=name, kind="igo")
        else:
            country, role = split_code(code)
            kind = "group" if role in GROUP_ROLES else "country"
            actor = Actor(code=code, name=name or code, country=country, role=role, kind=kind)
        d.index.add_phrase(phrase, Entry("actor", actor=actor))


def load_igos(d: ActorDictionary, data_dir: Path | None = None) -> None:
    path = data_path("igos.tsv", data_dir)
    for lineno, (code, kind, name, aliases) in read_tsv(path, 4):
        if not code or kind not in ("igo", "group") or not name:
            raise ConfigError(f"line {lineno}: bad organisation row", source=str(path), code="actors.bad_row")
        actor = Actor(code=code, name=name, country=None, role=None, kind=kind)
        d.igos[code] = actor
        for alias in {name, *_values(aliases)}:
            d.index.add_phrase(alias, Entry("actor", actor=actor))


def load_people(d: ActorDictionary, data_dir: Path | None = None) -> None:
    """people.tsv: name, code, title, start, end, short forms, other aliases."""
    path = data_path("people.tsv", data_dir)
    terms: dict[str, list[Term]] = {}
    shorts: dict[str, set[str]] = {}
    aliases: dict[str, set[str]] = {}
    for lineno, (name, code, title, start, end, short, alias) in read_tsv(path, 7):
        where = f"line {lineno}"
        if not name or not code or not code.isupper():
            raise ConfigError(f"{where}: bad person row", source=str(path), code="actors.bad_row")
        s, e = parse_month(start, end=False, where=where), parse_month(end, end=True, where=where)
        if s and e and e < s:
            raise ConfigError(f"{where}: term ends before it starts", source=str(path), code="actors.bad_date")
        terms.setdefault(name, []).append(Term(code, title, s, e))
        sh = shorts.setdefault(name, set())
        if short == "-":
            sh.add("-")
        elif short:
            sh.update(_values(short))
        aliases.setdefault(name, set()).update(_values(alias))
    for name, ts in terms.items():
        person = Person(name, tuple(sorted(ts, key=lambda t: t.start or dt.date.min)))
        d.people.append(person)
        for full in {name, fold(name), *aliases[name]}:
            d.index.add_phrase(full, Entry("person", person=person, full=True))
        sh = shorts[name]
        if "-" in sh:
            continue
        if not sh:
            words = phrase_tokens(name)
            sh = {words[-1]} if len(words) > 1 else set()
        for s_form in sh | {fold(x) for x in sh}:
            d.index.add_phrase(s_form, Entry("person", person=person, full=False))


REGION_KINDS = frozenset({"region", "city", "breakaway", "former"})


def load_regions(d: ActorDictionary, data_dir: Path | None = None) -> None:
    """regions.tsv: name, iso3, kind, other names. A place inside a country (or a former
    state's name) stands for that country, as a capital does."""
    path = data_path("regions.tsv", data_dir)
    for lineno, (name, iso3, kind, others) in read_tsv(path, 4):
        if not name or len(iso3) != 3 or not iso3.isupper() or kind not in REGION_KINDS:
            raise ConfigError(
                f"line {lineno}: bad region row; expected name, ISO alpha-3 code, one of {sorted(REGION_KINDS)}",
                source=str(path),
                code="actors.bad_row",
            )
        if iso3 not in d.countries:
            raise ConfigError(f"line {lineno}: unknown country code {iso3}", source=str(path), code="actors.bad_row")
        for n in {name, *_values(others)}:
            d.index.add_phrase(n, Entry("country", iso3=iso3, form=kind))


def _group_actor(code: str, name: str) -> Actor:
    country, role = split_code(code)
    if country is None:
        return Actor(code=code, name=name, country=None, role=None, kind="group")
    kind = "group" if role in GROUP_ROLES or len(code) > 6 else "country"
    return Actor(code=code, name=name, country=country, role=role, kind=kind)


def load_groups(d: ActorDictionary, data_dir: Path | None = None) -> None:
    """groups.tsv: name, code, start, end, aliases. Armed, political and criminal groups;
    several rows of one name give a code that changes with the article date."""
    path = data_path("groups.tsv", data_dir)
    rows: dict[str, list[DatedCode]] = {}
    aliases: dict[str, set[str]] = {}
    for lineno, (name, code, start, end, alias) in read_tsv(path, 5):
        where = f"line {lineno}"
        if not name or not code or not code.isalnum() or not code.isupper():
            raise ConfigError(f"{where}: bad group row", source=str(path), code="actors.bad_row")
        country, _ = split_code(code)
        if country is not None and country not in d.countries:
            raise ConfigError(f"{where}: unknown country in code {code}", source=str(path), code="actors.bad_row")
        rows.setdefault(name, []).append(
            DatedCode(code, parse_month(start, end=False, where=where), parse_month(end, end=True, where=where))
        )
        aliases.setdefault(name, set()).update(_values(alias))
    for name, codes in rows.items():
        if len(codes) == 1 and not codes[0].restricted:
            entry = Entry("actor", actor=_group_actor(codes[0].code, name))
        else:
            entry = Entry("dated", dated=DatedActor(name, tuple(codes)))
        for phrase in {name, *aliases[name]}:
            d.index.add_phrase(phrase, entry)


def community_actor(iso3: str, code: str, name: str) -> Actor:
    """A community of one country: the country, then the community's code ("Iraqi Kurds":
    IRQETNKUR, "Tamils": LKAETNTAM)."""
    return Actor(code=iso3 + code, name=name, country=iso3, role=code[:3], kind="group")


def load_communities(d: ActorDictionary, data_dir: Path | None = None) -> None:
    """communities.tsv: code, country, name, nouns, adjectives. Ethnic and religious
    communities: a noun ("Kurds") names the community; an adjective ("Kurdish") only
    qualifies an agent noun after it ("Kurdish fighters")."""
    path = data_path("communities.tsv", data_dir)
    for lineno, (code, country, name, nouns, adjectives) in read_tsv(path, 5):
        if not code.isalpha() or not code.isupper() or not code.startswith(NON_STATE_PREFIXES) or not name:
            raise ConfigError(f"line {lineno}: bad community row", source=str(path), code="actors.bad_row")
        iso3 = None if country in ("", "-") else country
        if iso3 is not None and iso3 not in d.countries:
            raise ConfigError(f"line {lineno}: unknown country code {iso3}", source=str(path), code="actors.bad_row")
        actor = Actor(code=code, name=name, country=None, role=None, kind="group") if iso3 is None else community_actor(iso3, code, name)
        for n in _values(nouns):
            d.index.add_phrase(n, Entry("actor", actor=actor, iso3=iso3, role=code, form="community", plural=True))
        for a in _values(adjectives):
            d.index.add_phrase(a, Entry("actor", actor=actor, iso3=iso3, role=code, form="community-adj"))


_UNSET: Any = object()


def build_shipped(data_dir: Path | None = None, *, cache_dir: Path | None = _UNSET) -> ActorDictionary:
    """The dictionary built from the shipped data files (or those of ``data_dir``).

    Building takes seconds (every phrase goes through spaCy's tokenizer), so the result is
    cached on disk in ``cache_dir`` (default ``tidings.config.cache_dir()``; None for no
    cache) under a key of the data files' contents, this module's and the model's code and
    the versions of tidings, spaCy and pycountry: any change builds it again (see
    ``tidings.indexcache``). Each call returns a fresh dictionary the caller may extend.
    """
    from tidings import __version__, indexcache, model
    from tidings.config import cache_dir as default_cache_dir

    directory = shipped_data_dir() if data_dir is None else Path(data_dir)
    where = default_cache_dir() if cache_dir is _UNSET else cache_dir
    if where is None:
        return _build(directory)
    files = sorted(p for p in directory.rglob("*") if p.is_file())
    key = indexcache.cache_key(
        [*files, Path(__file__), Path(model.__file__)],
        {
            "tidings": __version__,
            "spacy": indexcache.package_version("spacy"),
            "pycountry": indexcache.package_version("pycountry"),
        },
    )
    return indexcache.load_or_build("actors", key, lambda: _build(directory), where)


def _build(data_dir: Path) -> ActorDictionary:
    d = ActorDictionary()
    load_igos(d, data_dir)
    load_countries(d, data_dir)
    load_regions(d, data_dir)
    load_metonyms(d, data_dir)
    load_groups(d, data_dir)
    load_communities(d, data_dir)
    load_roles(d, data_dir)
    load_people(d, data_dir)
    return d


def iter_people(d: ActorDictionary) -> Iterable[Person]:
    return iter(d.people)
